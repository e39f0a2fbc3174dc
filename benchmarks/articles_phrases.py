"""The phrase book of the generated articles (`articles_gen.py`): the kinds of launch each country
makes and the ranges of their facts, how each country's press is written, and the ledes,
figures, reactions, quotes, colour and negative pieces the reports are made of. All of it is
written for this project.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of launch a country makes, and the ranges its facts are drawn from."""

    missile_class: str
    weight: int
    names: tuple[str, ...]
    counts: tuple[int, ...]
    apogee: tuple[float, float] | None
    range: tuple[float, float]
    flight: tuple[float, float] | None
    landings: tuple[str | None, ...]
    sites: tuple[str, ...] = ()  # empty: any launch area of the country


KINDS: dict[str, tuple[Kind, ...]] = {
    "KP": (
        Kind("SRBM", 34, ("KN-23", "KN-24", "", ""), (1, 2, 2, 2, 3, 4),
             (30, 100), (250, 800), None, ("East Sea", "East Sea", "Yellow Sea")),
        Kind("MLRS", 8, ("KN-25", ""), (2, 3, 4, 6),
             (30, 60), (230, 380), None, ("East Sea", "Yellow Sea")),
        Kind("cruise", 8, ("Hwasal-1", "Hwasal-2", ""), (1, 2, 3),
             None, (1500, 2000), (120, 170), ("Yellow Sea", "East Sea")),
        Kind("IRBM", 8, ("Hwasong-12", "Hwasong-16B", ""), (1,),
             (800, 1200), (1000, 4600), (22, 35), ("East Sea", "over Japan", "Pacific Ocean")),
        Kind("ICBM", 8, ("Hwasong-15", "Hwasong-17", "Hwasong-18", "Hwasong-19"), (1,),
             (4000, 7700), (950, 1100), (50, 87), ("Japan EEZ", "outside Japan EEZ")),
        Kind("SLBM", 5, ("Pukguksong-3", "Pukguksong-4", ""), (1, 1, 2),
             (50, 900), (400, 600), None, ("East Sea",), ("Sinpo",)),
        Kind("hypersonic", 6, ("Hwasong-8", "Hwasong-16B", ""), (1,),
             (50, 100), (600, 1000), None, ("East Sea",)),
        Kind("SLV", 2, ("Chollima-1", "Unha-3"), (1,),
             None, (2000, 3000), None, ("Yellow Sea", None), ("Sohae",)),
    ),
    "IR": (
        Kind("MRBM", 5, ("Khorramshahr", "Emad", "Ghadr", "Sejjil", "Kheibar Shekan"), (1, 1, 2),
             (200, 400), (1300, 2000), None, (None, "Indian Ocean"), ("Shahroud", "Khuzestan")),
        Kind("SRBM", 4, ("Fateh-110", "Zolfaghar", ""), (1, 2, 3),
             (40, 90), (300, 700), None, (None,), ("Khuzestan", "Shahroud")),
        Kind("hypersonic", 1, ("Fattah",), (1,),
             (60, 120), (1200, 1400), None, (None,), ("Shahroud",)),
        Kind("SLV", 2, ("Simorgh", "Qaem-100", "Safir"), (1,),
             None, (450, 750), None, (None,), ("Imam Khomeini Spaceport", "Shahroud")),
    ),
    "RU": (
        Kind("ICBM", 5, ("Yars", "Sarmat", "Topol-M"), (1,),
             (1000, 1500), (5500, 6000), (20, 30), ("Kura test site",),
             ("Plesetsk", "Kapustin Yar")),
        Kind("SLBM", 3, ("Bulava", "Sineva"), (1, 1, 2),
             (800, 1200), (5000, 5500), (20, 30), ("Kura test site",), ("White Sea",)),
        Kind("hypersonic", 2, ("Zircon",), (1,),
             (30, 40), (900, 1000), (4, 6), ("White Sea",), ("White Sea",)),
    ),
    "CN": (
        Kind("ICBM", 2, ("DF-41", "DF-31", ""), (1,),
             (1000, 1500), (11000, 12000), (30, 40), ("Pacific Ocean",), ("Hainan",)),
        Kind("SLV", 6, ("Long March",), (1,),
             None, (500, 900), None, (None,), ("Jiuquan", "Taiyuan", "Xichang", "Wenchang")),
        Kind("SLBM", 1, ("JL-3", ""), (1,),
             (400, 700), (2500, 3500), None, ("Pacific Ocean",), ("Hainan",)),
    ),
    "IN": (
        Kind("ICBM", 3, ("Agni-5",), (1,),
             (600, 800), (5000, 5500), (20, 25), ("Bay of Bengal", "Indian Ocean"),
             ("Abdul Kalam Island",)),
        Kind("IRBM", 2, ("Agni-4", "Agni-3"), (1,),
             (400, 600), (3000, 4000), None, ("Bay of Bengal",), ("Abdul Kalam Island",)),
        Kind("SRBM", 3, ("Prithvi-II", "Agni-1"), (1,),
             (30, 60), (250, 700), None, ("Bay of Bengal",), ("Chandipur",)),
        Kind("SLV", 2, ("PSLV", "GSLV"), (1,),
             None, (500, 900), None, (None,), ("Sriharikota",)),
    ),
}  # fmt: skip
COUNTRY_WEIGHTS = {"KP": 60, "IR": 10, "RU": 10, "CN": 10, "IN": 10}

# noun (singular, plural), the wording of a first report that has not yet told the class
NOUNS = {
    "SRBM": ("short-range ballistic missile", "short-range ballistic missiles", "ballistic"),
    "MRBM": ("medium-range ballistic missile", "medium-range ballistic missiles", "ballistic"),
    "IRBM": ("intermediate-range ballistic missile", "intermediate-range ballistic missiles",
             "ballistic"),
    "ICBM": ("intercontinental ballistic missile", "intercontinental ballistic missiles",
             "long-range ballistic"),
    "SLBM": ("submarine-launched ballistic missile", "submarine-launched ballistic missiles",
             "ballistic"),
    "cruise": ("cruise missile", "cruise missiles", "cruise"),
    "hypersonic": ("hypersonic missile", "hypersonic missiles", "ballistic"),
    "MLRS": ("rocket from a super-large multiple rocket launcher",
             "rockets from super-large multiple rocket launchers", "short-range ballistic"),
    "SLV": ("space launch vehicle", "space launch vehicles", "long-range"),
}  # fmt: skip

WHERE = {  # landing -> (the way there, where it came down)
    "East Sea": (("into the East Sea", "in the East Sea"),
                 ("into the sea off its east coast", "in the sea off its east coast"),
                 ("into the Sea of Japan", "in the Sea of Japan")),
    "Yellow Sea": (("into the Yellow Sea", "in the Yellow Sea"),
                   ("into waters off its west coast", "in waters off its west coast")),
    "Japan EEZ": (("toward Japan", "inside Japan's exclusive economic zone"),
                  ("into the sea west of Hokkaido", "within Japan's EEZ")),
    "outside Japan EEZ": (("into the sea", "outside Japan's exclusive economic zone"),),
    "over Japan": (("over Japan", "in the Pacific after it flew over northern Japan"),),
    "Pacific Ocean": (("into the Pacific Ocean", "in the Pacific Ocean"),),
    "Indian Ocean": (("into the Indian Ocean", "in the northern Indian Ocean"),),
    "Bay of Bengal": (("into the Bay of Bengal", "in the Bay of Bengal"),),
    "Kura test site": (("toward the Kura test site in Kamchatka",
                        "at the Kura test site in Kamchatka"),),
    "White Sea": (("over the White Sea", "on a target in the White Sea"),),
}  # fmt: skip


@dataclass(frozen=True)
class Voice:
    """How the press of one launching country is written."""

    name: str
    adjective: str
    short: str  # "the North"
    city: str  # dateline of the reports from the region
    home: tuple[str, ...]  # the first official word, same day
    home_short: str
    watcher: tuple[str, ...]  # another government watching, same day
    watcher_city: str
    state: tuple[str, ...]  # the launching state's media, next day
    foreign: tuple[str, ...]  # cited by a foreign wire in miles


VOICES = {
    "KP": Voice("North Korea", "North Korean", "the North", "SEOUL",
                ("South Korea's Joint Chiefs of Staff", "the South's military",
                 "Seoul's Joint Chiefs of Staff", "South Korean military officials"), "the JCS",
                ("Japan's Defense Ministry", "Japan's Ministry of Defense",
                 "Japanese Defense Ministry officials"), "TOKYO",
                ("state media KCNA", "the Korean Central News Agency",
                 "North Korea's official news agency"),
                ("U.S. Indo-Pacific Command", "South Korea's military", "U.S. officials")),
    "IR": Voice("Iran", "Iranian", "Tehran", "DUBAI",
                ("Iran's state TV", "Iranian state media", "the Revolutionary Guards"),
                "state TV", ("U.S. officials", "the Pentagon"), "WASHINGTON",
                ("the Tasnim news agency", "IRNA", "the Fars news agency"),
                ("Iranian state media", "U.S. officials")),
    "RU": Voice("Russia", "Russian", "Moscow", "MOSCOW",
                ("Russia's Defense Ministry", "the Russian Defense Ministry"),
                "the ministry", ("U.S. officials", "the Pentagon"), "WASHINGTON",
                ("the TASS news agency", "TASS"), ("Russia's Defense Ministry",)),
    "CN": Voice("China", "Chinese", "Beijing", "BEIJING",
                ("China's Defense Ministry", "the Chinese military"), "the ministry",
                ("Japan's Defense Ministry", "Japan's Ministry of Defense"), "TOKYO",
                ("the Xinhua news agency", "Xinhua"), ("China's Defense Ministry",)),
    "IN": Voice("India", "Indian", "New Delhi", "NEW DELHI",
                ("India's Defence Ministry", "the Defence Research and Development Organisation"),
                "the ministry", ("U.S. officials",), "WASHINGTON",
                ("Prime Minister Narendra Modi",), ("India's Defence Ministry",)),
}  # fmt: skip

OUTLETS = (
    ("Peninsula Wire Service", "pws.example.org"), ("Harbour Times", "harbourtimes.example.com"),
    ("Tokyo Morning Ledger", "tml.example.jp"), ("Pacific Dispatch", "pacdispatch.example.net"),
    ("Global Newswire", "globalnewswire.example.com"), ("The Daily Courier", "courier.example.com"),
    ("Asia Desk", "asiadesk.example.org"), ("Northern Herald", "northernherald.example.co.uk"),
    ("Evening Chronicle", "chronicle.example.com"), ("Continental Press", "contpress.example.eu"),
    ("Capital Observer", "capobserver.example.com"), ("Straits Record", "straitsrecord.example.sg"),
    ("Lakeside Gazette", "lakeside.example.com"), ("Defence Weekly Online", "dwo.example.org"),
    ("Metro Bulletin", "metrobulletin.example.com"), ("Gulf Reporter", "gulfreporter.example.ae"),
    ("Subcontinent Today", "subtoday.example.in"), ("Eurasia Monitor", "eurasiamon.example.org"),
    ("Atlantic Wire", "atlanticwire.example.com"), ("Southern Cross News", "scn.example.au"),
)  # fmt: skip

# --- sentences ------------------------------------------------------------------------------
# Slots: {Name} {short} {CITY} {WCITY} {dateline} {outlet} {what} {what_named} {what_generic}
# {toward} {where} {date} {pub_day} {home} {home_short} {watcher} {state} {foreign} {site}
# {it} {It} {apogee} {range} {apogee_mi} {range_mi} {flight} {time}; a sentence whose slot has
# no value (no apogee, no landing) is not chosen.
LEDES = {
    "home": (
        "{CITY}, {dateline} ({outlet}) -- {Name} fired {what} {toward} {date}, {home} said.",
        "{CITY} ({outlet}) -- {Name} test-fired {what} {site} {date}, according to {home}.",
        "{Name} launched {what} {toward} {date}, {home} said, in what appeared to be its latest "
        "weapons test.",
        "{CITY}, {dateline} ({outlet}) -- {Name} conducted a launch of {what} {date}, {home} "
        "said in a statement sent to reporters.",
    ),
    "watcher": (
        "{WCITY} ({outlet}) -- {What_generic} fired by {Name} {date} fell {where}, {watcher} said.",
        "{WCITY}, {dateline} ({outlet}) -- {Name} launched {what_generic} {date} that came down "
        "{where}, {watcher} said, calling it a threat to the peace of the region.",
        "{Watcher} said {Name} fired {what_generic} {date} and that {it} landed {where}.",
        "{WCITY} ({outlet}) -- {Name} launched {what_generic} {date}, {watcher} said, adding "
        "that it was still assessing the flight.",
    ),
    "state": (
        "{CITY}, {dateline} ({outlet}) -- {Name} said on {pub_day} it had successfully "
        "test-fired {what_named} {date}, {state} reported.",
        "{State} said on {pub_day} that {Name} had launched {what_named} {date} to check the "
        "reliability of a new weapon system.",
        "{Name} carried out a test-firing of {what_named} {site} {date}, {state} said on "
        "{pub_day}, calling it a warning to the country's enemies.",
    ),
    "foreign": (
        "{CITY} ({outlet}) — {Name} fired {what} {toward} {date}, {foreign} said, the latest in "
        "a string of weapons tests that have worried its neighbours.",
        "{Name} launched {what} {date}, {foreign} said, a test that analysts said was meant to "
        "show off its growing arsenal.",
        "{CITY}, {dateline} ({outlet}) — {Name} test-launched {what} {date}, according to "
        "{foreign}.",
    ),
}
FIGURES = {
    "home": (
        "{It} flew about {range} km at a maximum altitude of around {apogee} km, {home_short} "
        "said.",
        "{It} traveled some {range} kilometers after reaching an apogee of {apogee} kilometers.",
        "According to {home_short}, {it} flew about {range} km for some {flight} minutes.",
    ),
    "watcher": (
        "{Watcher} estimated the highest altitude at about {apogee} km and the distance flown at "
        "roughly {range} km.",
        "{It} reached a peak altitude of about {apogee} kilometers and flew some {range} "
        "kilometers, the ministry said.",
        "{It} stayed in the air for about {flight} minutes and travelled some {range} km, "
        "officials in Tokyo said.",
    ),
    "state": (
        "{State} said {it} flew {range} km for {flight} minutes before hitting a target.",
        "The weapon flew {range} km and reached an altitude of {apogee} km, {state} said, adding "
        "that the test had no negative impact on the security of neighbouring countries.",
        "{It} travelled {range} km and accurately hit the target area, according to the report.",
    ),
    "foreign": (
        "{It} flew about {range_mi} miles ({range} kilometers) and reached an altitude of about "
        "{apogee_mi} miles, officials said.",
        "{It} traveled some {range_mi} miles ({range} km) at a height of about {apogee_mi} miles "
        "({apogee} km).",
        "{It} flew roughly {range_mi} miles in about {flight} minutes, according to officials.",
    ),
}
SITES = (
    "{It} {was} launched {site} at around {time} a.m., {home_short} said.",
    "The launch was detected {site} at {time} a.m. local time.",
    "Officials said {it} {was} fired {site} shortly after {time} a.m.",
)
LANDINGS = (
    "{It} came down {where}, officials said.",
    "Officials said {it} appeared to have landed {where}.",
)
BACKGROUND = (
    "The launch was {short_s} first since {before}, when it fired {before_what} {before_toward}.",
    "Earlier, on {before}, {Name} test-fired {before_what}, which flew about {before_range} km.",
    "It came after {Name} launched {before_what} {before_site} on {before}.",
    "On {before}, {short} fired {before_what} {before_toward}, officials said at the time.",
)
FILLERS = {
    "KP": (
        "South Korea's National Security Council held an emergency meeting and called the launch "
        "a grave provocation that threatens peace on the Korean peninsula.",
        "U.S. Indo-Pacific Command said the launch posed no immediate threat to U.S. personnel or "
        "territory, but showed the destabilising effect of Pyongyang's weapons programmes.",
        "South Korean and U.S. intelligence authorities were analysing further details, the "
        "military said.",
        "Seoul's military said it had stepped up surveillance and was maintaining full readiness "
        "in close cooperation with the United States.",
        "United Nations Security Council resolutions bar North Korea from any use of ballistic "
        "missile technology.",
        "Tokyo said it had lodged a strong protest with Pyongyang through its embassy in Beijing.",
        "There were no reports of damage to ships or aircraft in the area, the Japanese "
        "government said.",
        "The top nuclear envoys of South Korea, the United States and Japan spoke by phone and "
        "agreed to respond firmly to any further provocation.",
        "Analysts say Pyongyang uses its weapons tests both to improve its technology and to "
        "press Washington to accept it as a nuclear power.",
        "North Korea has rejected repeated offers of talks from Seoul and Washington, saying they "
        "must first drop their hostile policy toward it.",
        "The test came as South Korean and U.S. forces prepared for annual drills that the North "
        "calls rehearsals for an invasion.",
        "Kim Jong Un has vowed to expand his nuclear arsenal and to build more powerful weapons "
        "that could reach the U.S. mainland.",
        "Experts said the timing suggested the North wanted to send a message before the "
        "upcoming summit of its neighbours.",
        "Prime Minister's office staff in Tokyo gathered information and set up a liaison team, "
        "a government spokesman told a news conference.",
        "Seoul's unification ministry urged Pyongyang to stop actions that raise tension and to "
        "return to dialogue.",
        "China, the North's main ally, called on all sides to exercise restraint and avoid "
        "steps that could escalate the situation.",
        "A senior U.S. official said Washington remained open to diplomacy without "
        "preconditions but would not tolerate threats to its allies.",
        "The launch was condemned by the European Union, which said it undermined international "
        "efforts toward a nuclear-free Korean peninsula.",
        "Residents of Seoul went about their business as usual, many of them long used to "
        "news of the North's weapons tests.",
        "Some analysts believe the North is preparing a seventh nuclear test at its Punggye-ri "
        "site, which it claimed to have demolished in 2018.",
        "The Japanese coast guard issued a navigational warning asking ships to watch for "
        "falling objects.",
        "South Korea's President was briefed on the launch and ordered officials to keep a close "
        "watch on the North's military movements.",
        "Sanctions over the North's weapons programmes have cut off most of its legal trade, "
        "though it is believed to earn money through cybertheft and smuggling.",
        "Pyongyang says its weapons are needed to deter what it calls the hostile policies of "
        "Washington and Seoul.",
    ),
    "IR": (
        "The United States said the test was inconsistent with a U.N. Security Council "
        "resolution that calls on Tehran to refrain from work on nuclear-capable missiles.",
        "Tehran says its missile programme is purely defensive and not open to negotiation.",
        "Israel's foreign ministry said the test showed the danger Iran poses to the region.",
        "European governments said they were concerned about the pace of Iran's missile "
        "development.",
        "Iran has one of the largest missile arsenals in the Middle East, according to U.S. "
        "intelligence estimates.",
        "State television broadcast footage of the launch set to patriotic music.",
        "A commander said the country would keep building up its deterrent regardless of "
        "foreign pressure.",
        "Analysts say the tests are partly aimed at a domestic audience at a time of economic "
        "hardship.",
        "Western officials fear that the technology of space rockets could help Iran build "
        "longer-range weapons, a charge Tehran denies.",
        "Talks on reviving the 2015 nuclear deal have stalled for months.",
        "The Guards' aerospace commander told reporters that the range of the country's "
        "weapons was limited by choice, not by capability.",
        "Gulf Arab states have long complained that the missile programme threatens their "
        "cities and oil installations.",
        "Footage aired by the broadcaster showed a convoy of launch trucks in a desert valley.",
        "The U.S. Treasury has repeatedly imposed sanctions on companies accused of supplying "
        "parts for the programme.",
        "Iran's parliament speaker praised the engineers and said the country would not be "
        "intimidated.",
        "Israeli officials have warned that they could act to stop what they see as a threat "
        "to their country's security.",
    ),
    "RU": (
        "The Strategic Missile Forces said the test had confirmed the reliability of the "
        "country's nuclear deterrent.",
        "Moscow notified Washington in advance under existing arms control arrangements, "
        "officials said.",
        "President Vladimir Putin has said the new weapons are meant to counter U.S. missile "
        "defence systems.",
        "Western analysts said the test was part of a long-planned modernisation of Russia's "
        "strategic forces.",
        "The ministry released video footage showing the launch at dusk amid snow-covered forest.",
        "The last remaining arms control treaty between the two powers is due to expire soon.",
        "Russian officials say their nuclear forces are being renewed at a steady pace.",
        "NATO said it was monitoring Russian strategic activity closely.",
        "The launch had been announced in a notice to airmen and mariners several days earlier.",
        "Russian state television showed the commander of the missile forces reporting on the "
        "test to the defence minister.",
        "Officials said the new system would replace Soviet-era missiles that have been in "
        "service for decades.",
        "Western experts doubt that the programme is as far advanced as the Kremlin says.",
        "The test took place during a period of heightened tension with Western governments.",
        "A Kremlin spokesman said the country's nuclear policy had not changed.",
    ),
    "CN": (
        "The ministry said the test was a routine arrangement in its annual training plan and "
        "was not aimed at any country or target.",
        "Japan said it had not been notified in advance and expressed serious concern.",
        "China's nuclear arsenal is growing faster than any other country's, according to "
        "Pentagon estimates.",
        "Beijing says it follows a policy of no first use of nuclear weapons.",
        "Analysts said the move signalled growing confidence in China's strategic forces.",
        "Officials in Taipei said they were watching the situation closely.",
        "Chinese state media described the launch as a complete success.",
        "The United States has urged Beijing to join arms control talks, which it has so far "
        "declined.",
        "Analysts said the test suggested the People's Liberation Army was preparing its "
        "forces for longer-range missions.",
        "The launch was carried out by the PLA Rocket Force, which oversees the country's "
        "land-based missiles.",
        "Australian and New Zealand officials said they would seek an explanation from Beijing.",
        "Footage released later showed the rocket rising from its launch pad into a clear sky.",
        "Beijing has been expanding its space programme rapidly over the past decade.",
        "A foreign ministry spokeswoman said neighbouring countries had been informed.",
    ),
    "IN": (
        "The ministry said the flight had met all of its mission objectives.",
        "Defence Minister Rajnath Singh congratulated the scientists involved in the test.",
        "The test puts much of Asia within range of Indian weapons, analysts said.",
        "India has developed its missiles largely on its own over the past four decades.",
        "Pakistan's foreign office said it had taken note of the test.",
        "Radar and tracking stations along the coast followed the flight, officials said.",
        "India says its nuclear doctrine is based on a credible minimum deterrent and no first "
        "use.",
        "Officials said the system would be inducted into the armed forces after further trials.",
        "The launch was watched by senior officers of the Strategic Forces Command.",
        "Fishermen had been warned to stay away from the impact area for several hours.",
        "Opposition politicians also praised the scientists behind the programme.",
        "China's foreign ministry said it hoped all countries in South Asia would work for "
        "peace and stability.",
        "The organisation has carried out several tests of the system over the past few years.",
        "Officials said the missile's new guidance system had performed as expected.",
    ),
}
# Reactions are put together from parts, so that reports have many to draw from.
# Reactions and analysts' words are put together from short parts (at most four words run
# fixed), so that thousands of reports rarely share a five-word run, as real ones don't.
# fmt: off
REACTORS = {
    "KP": ("Seoul's foreign ministry", "Japan's top government spokesman", "Seoul's presidency",
           "Japan's prime minister", "Seoul's unification minister", "the U.S. envoy in Seoul",
           "South Korea's defence chief", "a Japanese cabinet minister"),
    "other": ("Israel's prime minister", "Japan's foreign minister", "Germany's foreign office",
              "Pakistan's foreign ministry", "an Indian government spokesman",
              "Turkey's foreign ministry", "Saudi Arabia's foreign ministry"),
}
COMMON_REACTORS = ("the State Department", "the EU's top diplomat", "Britain's foreign secretary",
                    "Australia's foreign minister", "the U.N. chief", "France's foreign ministry",
                    "Canada's defence minister", "NATO's secretary-general", "Italy's government",
                    "the White House", "a Pentagon spokesman", "South Africa's foreign ministry")
REACTION_VERBS = ("condemned", "denounced", "criticised", "deplored", "protested against",
                   "voiced concern over", "objected to", "regretted", "hit out at", "slammed")
REACTION_OBJECTS = ("{short_s} latest launch", "the {wd} launch", "the {what_short} test",
                     "the firing", "the test by {Name}", "what it called a {wd} stunt",
                     "the move by {short}", "{short_s} {wd} test", "the {wd} firing")
REACTION_TAILS = ("", " in a statement", " on social media", " at a news conference",
                   " late on {wd}", ", adding that {addition}", ", saying {addition}",
                   " and urged {short} to {request}", ", calling it {judgement}",
                   " in a {wd} statement", " before a cabinet meeting")
ADDITIONS = ("talks were the answer", "pressure would continue", "allies stood united",
              "sanctions must be enforced", "the door to diplomacy stayed open",
              "such tests undermine trust", "the launch changed nothing",
              "it was consulting partners", "a response was being weighed")
REQUESTS = ("stop", "show restraint", "return to talks", "halt its tests", "change course",
             "respect U.N. resolutions", "engage in dialogue", "refrain from provocation")
JUDGEMENTS = ("reckless", "dangerous", "deeply troubling", "provocative", "irresponsible",
               "destabilising", "a step backwards", "unacceptable", "a grave provocation",
               "needlessly risky", "a clear violation")
FIRST_NAMES = ("Min-ji", "Hiroshi", "Sarah", "David", "Ji-hoon", "Elena", "Rahul", "Yuko",
                "Thomas", "Amira", "Chen", "Olga", "Marcus", "Priya", "Sung-min", "Laura",
                "Kenji", "Farid", "Anna", "Michael", "Soo-yeon", "Jonas", "Aiko", "Daniel")
LAST_NAMES = ("Park", "Tanaka", "Miller", "Lee", "Kowalski", "Sharma", "Nakamura", "Choi",
               "Hughes", "Rahimi", "Wang", "Petrova", "Becker", "Kim", "Okafor", "Yamada",
               "Fischer", "Rossi", "Jung", "Moreau", "Brennan", "Suzuki", "Haddad", "Lindqvist")
ROLES = ("a senior fellow", "a professor", "a researcher", "an analyst", "a former official",
          "director of studies", "a visiting scholar", "a lecturer", "a former diplomat")
INSTITUTIONS = ("the Meridian Security Institute", "Hanbit University", "a Seoul think tank",
                 "the Centre for Arms Control Research", "the Kyushu Policy Institute",
                 "a Washington think tank", "the Institute for Strategic Futures",
                 "Northgate University", "the Geneva Disarmament Forum", "a Tokyo research group",
                 "the Eastern Studies Council", "the Open Source Missile Project",
                 "Lakeshore College", "the Harbour Policy Centre")
QUOTE_SUBJECTS = ("{short}", "the leadership", "its military", "the government",
                   "the weapons team", "the high command", "{short_s} leadership")
QUOTE_VERBS = ("is testing", "wants to test", "is probing", "keeps pushing", "has improved",
                "is refining", "is signalling", "is measuring", "wants to prove", "is stretching")
QUOTE_OBJECTS = ("the allies' resolve", "its solid-fuel motors", "its guidance",
                  "the limits of sanctions", "Washington's patience", "new warheads",
                  "its launch crews", "the neighbours' defences", "its own deadlines",
                  "a new doctrine", "the diplomatic calendar")
QUOTE_TAILS = ("and that worries me", "and we should take note", "at a rapid pace",
                "more than before", "step by step", "ahead of any talks",
                "for a domestic audience", "whatever the cost", "right now",
                "and nobody can stop it", "this year", "in plain sight")
QUOTE_OPENERS = ("", "I think ", "Clearly, ", "In my view, ", "Frankly, ", "What we see is that ",
                  "To me, ", "Basically, ")
TRACKERS = ("allied intelligence", "radar stations", "the military", "surveillance aircraft",
             "satellite operators", "a navy destroyer", "early-warning systems")
TRACKED = ("had tracked", "had spotted", "had been watching", "had detected", "picked up",
            "had followed")
TRACKED_WHAT = ("the preparations", "the launch vehicles", "unusual activity",
                 "the movement of launchers", "fuelling work", "the flight", "the missile crews")
TRACKED_WHEN = ("in recent days", "for weeks", "since early {wd}", "overnight", "before dawn",
                 "from the start", "for several days", "since the weekend")
TRACKING_SOURCES = ("officials said", "a military source said", "according to the briefing",
                     "a defence official told reporters", "officials told lawmakers",
                     "according to people familiar with the matter")
PREFECTURES = ("Hokkaido", "Aomori", "Akita", "Niigata", "Shimane", "Yamaguchi", "Fukuoka",
                "Okinawa", "Ishikawa", "Toyama", "Iwate", "Yamagata", "Tottori", "Nagasaki")
LOCAL_COLOUR = (
    "Residents of {prefecture} received an alert on their phones at {time} a.m.",
    "In {prefecture}, some trains were halted for about {minutes} minutes as a precaution.",
    "Fishing boats off {prefecture} were told to return to port, local officials said.",
    "Schools in parts of {prefecture} delayed classes by {minutes} minutes, broadcasters said.",
)
# fmt: on
# Stock sentences every outlet has (few per article: they are what articles share).
STOCK_PER_ARTICLE = 2
# At most this many body sentences of each kind in one report.
BODY_ROOM = {"stock": STOCK_PER_ARTICLE, "reaction": 3, "quote": 2, "colour": 1, "tracking": 2}
# for any country, after its own
COMMON_FILLERS = (
    "Arms control experts said the test added to an already tense regional security picture.",
    "The test drew a quick response from neighbouring governments, several of which summoned "
    "diplomats to explain it.",
    "{Name} did not say how many more tests it planned this year.",
    "Independent analysts said it would take days to judge what the test had achieved.",
    "Markets in the region showed little reaction to the news.",
    "{Adjective} officials have described the country's missile work as a matter of national "
    "pride.",
    "A researcher at a European think tank said the flight data suggested steady technical "
    "progress.",
    "Diplomats at the United Nations said the issue was likely to come up at the next meeting "
    "of the Security Council.",
    "The government gave no details of the cost of the programme.",
    "The test was the subject of intense discussion on social media in the region.",
)
# Pieces without a launch: a lede put together from who did what, and varied body sentences.
NEGATIVE_ACTORS = {
    "KP": (
        "North Korean leader Kim Jong Un",
        "Kim Yo Jong, the powerful sister of North Korea's leader,",
        "North Korea's foreign ministry",
        "South Korea's unification ministry",
        "South Korea's President",
        "Members of the U.N. Security Council",
        "Japan's foreign minister",
    ),
    "other": (
        "{Name}'s foreign minister",
        "A government spokesman in {short}",
        "A parliamentary committee in {Name}",
        "Officials from {Name} and Western governments",
        "{Name}'s defence minister",
    ),
}
NEGATIVE_DEEDS = (
    "warned that the country would take strong countermeasures against joint military drills",
    "called for closer ties with friendly nations",
    "inspected a munitions factory and called for more output",
    "said the country would not accept limits on its defence programmes",
    "proposed a new round of talks on reducing military tension",
    "approved a larger military budget",
    "met to discuss sanctions but failed to agree on a joint statement",
    "offered humanitarian aid through international agencies",
    "denounced a report on human rights as a political plot",
)
NEGATIVE_TAILS = (
    "",
    ", state media said",
    ", according to officials",
    ", in remarks carried by national television",
    ", in a move analysts said was aimed at Washington",
    ", raising hopes of a thaw",
    ", a sign of hardening positions",
)
NEGATIVE_REACTIONS = ("welcomed", "criticised", "questioned", "dismissed", "cautiously welcomed",
                       "said it was studying")  # fmt: skip
NEGATIVE_OBJECTS = ("the statement", "the remarks", "the proposal", "the budget plan",
                     "the announcement", "the move")  # fmt: skip
NEGATIVE_BACKGROUND = (
    "The statement came some time after {Name} fired {before_what} {before_toward} on {before}.",
    "{Name} last tested a weapon on {before}, when it launched {before_what} {before_site}.",
    "Tension rose after {Name} test-fired {before_what} on {before}, officials recalled.",
)
NEGATIVE_BODY = (
    "Analysts say the statement is likely to raise tension in the region in the weeks ahead.",
    "Officials in Washington declined to comment on the report.",
    "Experts note that sanctions have done little to slow the country's weapons programmes.",
    "Diplomats said the talks would continue at a lower level next month.",
    "The government has repeatedly said its defence plans are not aimed at any third country.",
    "Satellite images reviewed by a U.S. think tank show new construction at several "
    "military sites.",
    "Neighbouring countries have called for restraint and a return to dialogue.",
    "A spokesman said the government would study the proposal carefully.",
    "Critics say the policy has failed to change the behaviour of the leadership.",
    "The economy has been hit hard by sanctions and by border closures in recent years.",
    "The issue is expected to be on the agenda of a regional security forum later this year.",
    "Officials said intelligence agencies were sharing information closely with allies.",
)
TITLES = {
    "home": ("{Name} fires {what_short} {toward}", "{Name} launches {what_short}, {home} says",
             "{Name} test-fires {what_short}"),
    "watcher": ("{Adjective} missile lands {where}", "{Name} fires {what_short}, {watcher} says",
                "{WCITY} says {Adjective} missile fell {where}"),
    "state": ("{Name} says it tested new {named_short}", "{Name} confirms {named_short} launch"),
    "foreign": ("{Name} launches {what_short} in latest test", "{Name} fires {what_short}"),
}  # fmt: skip
STYLES = ("home", "watcher", "state", "foreign")
