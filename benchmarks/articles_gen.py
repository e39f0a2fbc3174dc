"""Synthetic wire reports of missile launches, realistic enough to exercise ingest and merging.

    .venv/bin/python benchmarks/articles_gen.py [--articles 2000] [--seed 0] [--jsonl]

`generate(n, seed)` streams n articles. Each synthetic launch (mostly North Korean; some
Iranian, Russian, Chinese, Indian; class, count, a launch site from data/sites.yaml, apogee and
range, landing) is told by 2-5 reports from different reporters: the first official word on the
day (Seoul's JCS for North Korea), a neighbour's defence ministry (Tokyo), the launching state's
own media the day after, a foreign wire in miles. Each report has its own wording, date form
("on Tuesday", "on March 3") and figures that disagree a little with the others'. About 20% of
the articles are syndicated copies of another report of the same launch (another outlet, one
sentence dropped or rewritten), about 10% are analysis or statement pieces without a launch, and
many reports recall an earlier launch by its date. Some days have two launches of different
class by one country.

A launch has about five articles, so n articles tell about n / 5 launches. They are spread over
2010-2024 when that fits with a country launching at most once a day (the same-day pairs apart)
and North Korea on at most 70% of days, up to about 30,000 articles; a larger n starts the
calendar earlier (100,000 articles: 20,000 launches from 1978). Articles arrive roughly in
date order, neighbouring launches interleaved. The stream is deterministic for a seed and holds
only the current launch's articles and a few earlier launches in memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

from launchwatch.model import Article

START = dt.date(2010, 1, 1)  # earlier when n needs more days (see _BUSIEST_RATE)
END = dt.date(2024, 12, 31)  # the last launches may spill some weeks past it
COPY_SHARE = 0.20  # syndicated copies among all articles
NEGATIVE_SHARE = 0.10  # pieces without a launch among all articles
SAME_DAY_SHARE = 0.04  # launches followed by another of a different class on the same day
# Apart from those pairs a country launches at most once a day, and the busiest (North Korea)
# on at most this share of days: when n needs more launches, the calendar starts before START.
_BUSIEST_RATE = 0.7
REPORTS = (2, 3, 4, 5)  # original reports per launch, uniformly
# Originals are 70% of the stream, so per original: 2/7 of a copy and 1/7 of a negative.
_COPY_RATE = COPY_SHARE / (1 - COPY_SHARE - NEGATIVE_SHARE)
_NEGATIVE_RATE = NEGATIVE_SHARE / (1 - COPY_SHARE - NEGATIVE_SHARE)
_ARTICLES_PER_LAUNCH = sum(REPORTS) / len(REPORTS) * (1 + _COPY_RATE + _NEGATIVE_RATE)
_SHUFFLE_WINDOW = 24  # articles of neighbouring launches arrive interleaved, as in a feed
_MIN_LENGTH, _MAX_LENGTH = 800, 2000

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")  # fmt: skip
_NUMBERS = ("no", "a", "two", "three", "four", "five", "six", "seven", "eight")


@dataclass(frozen=True)
class Launch:
    """One synthetic launch: the truth its reports are written from."""

    number: int
    country: str
    day: dt.date
    missile_class: str
    name: str  # "" when reports do not name the system
    count: int
    site: str  # a canonical name from data/sites.yaml
    apogee_km: float | None
    range_km: float
    flight_min: float | None
    landing: str | None  # a canonical name from data/landings.yaml


@dataclass(frozen=True)
class Generated:
    """An article with what it was made as: kind is "report", "copy" or "negative"."""

    article: Article
    kind: str
    launch: Launch
    serial: int  # the order in which articles were written (the stream shuffles them a little)
    copy_of: int = -1  # for a copy: the serial of the article it copies


@dataclass(frozen=True)
class _Kind:
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


_KINDS: dict[str, tuple[_Kind, ...]] = {
    "KP": (
        _Kind("SRBM", 34, ("KN-23", "KN-24", "", ""), (1, 2, 2, 2, 3, 4),
              (30, 100), (250, 800), None, ("East Sea", "East Sea", "Yellow Sea")),
        _Kind("MLRS", 8, ("KN-25", ""), (2, 3, 4, 6),
              (30, 60), (230, 380), None, ("East Sea", "Yellow Sea")),
        _Kind("cruise", 8, ("Hwasal-1", "Hwasal-2", ""), (1, 2, 3),
              None, (1500, 2000), (120, 170), ("Yellow Sea", "East Sea")),
        _Kind("IRBM", 8, ("Hwasong-12", "Hwasong-16B", ""), (1,),
              (800, 1200), (1000, 4600), (22, 35), ("East Sea", "over Japan", "Pacific Ocean")),
        _Kind("ICBM", 8, ("Hwasong-15", "Hwasong-17", "Hwasong-18", "Hwasong-19"), (1,),
              (4000, 7700), (950, 1100), (50, 87), ("Japan EEZ", "outside Japan EEZ")),
        _Kind("SLBM", 5, ("Pukguksong-3", "Pukguksong-4", ""), (1, 1, 2),
              (50, 900), (400, 600), None, ("East Sea",), ("Sinpo",)),
        _Kind("hypersonic", 6, ("Hwasong-8", "Hwasong-16B", ""), (1,),
              (50, 100), (600, 1000), None, ("East Sea",)),
        _Kind("SLV", 2, ("Chollima-1", "Unha-3"), (1,),
              None, (2000, 3000), None, ("Yellow Sea", None), ("Sohae",)),
    ),
    "IR": (
        _Kind("MRBM", 5, ("Khorramshahr", "Emad", "Ghadr", "Sejjil", "Kheibar Shekan"), (1, 1, 2),
              (200, 400), (1300, 2000), None, (None, "Indian Ocean"), ("Shahroud", "Khuzestan")),
        _Kind("SRBM", 4, ("Fateh-110", "Zolfaghar", ""), (1, 2, 3),
              (40, 90), (300, 700), None, (None,), ("Khuzestan", "Shahroud")),
        _Kind("hypersonic", 1, ("Fattah",), (1,),
              (60, 120), (1200, 1400), None, (None,), ("Shahroud",)),
        _Kind("SLV", 2, ("Simorgh", "Qaem-100", "Safir"), (1,),
              None, (450, 750), None, (None,), ("Imam Khomeini Spaceport", "Shahroud")),
    ),
    "RU": (
        _Kind("ICBM", 5, ("Yars", "Sarmat", "Topol-M"), (1,),
              (1000, 1500), (5500, 6000), (20, 30), ("Kura test site",),
              ("Plesetsk", "Kapustin Yar")),
        _Kind("SLBM", 3, ("Bulava", "Sineva"), (1, 1, 2),
              (800, 1200), (5000, 5500), (20, 30), ("Kura test site",), ("White Sea",)),
        _Kind("hypersonic", 2, ("Zircon",), (1,),
              (30, 40), (900, 1000), (4, 6), ("White Sea",), ("White Sea",)),
    ),
    "CN": (
        _Kind("ICBM", 2, ("DF-41", "DF-31", ""), (1,),
              (1000, 1500), (11000, 12000), (30, 40), ("Pacific Ocean",), ("Hainan",)),
        _Kind("SLV", 6, ("Long March",), (1,),
              None, (500, 900), None, (None,), ("Jiuquan", "Taiyuan", "Xichang", "Wenchang")),
        _Kind("SLBM", 1, ("JL-3", ""), (1,),
              (400, 700), (2500, 3500), None, ("Pacific Ocean",), ("Hainan",)),
    ),
    "IN": (
        _Kind("ICBM", 3, ("Agni-5",), (1,),
              (600, 800), (5000, 5500), (20, 25), ("Bay of Bengal", "Indian Ocean"),
              ("Abdul Kalam Island",)),
        _Kind("IRBM", 2, ("Agni-4", "Agni-3"), (1,),
              (400, 600), (3000, 4000), None, ("Bay of Bengal",), ("Abdul Kalam Island",)),
        _Kind("SRBM", 3, ("Prithvi-II", "Agni-1"), (1,),
              (30, 60), (250, 700), None, ("Bay of Bengal",), ("Chandipur",)),
        _Kind("SLV", 2, ("PSLV", "GSLV"), (1,),
              None, (500, 900), None, (None,), ("Sriharikota",)),
    ),
}  # fmt: skip
_COUNTRY_WEIGHTS = {"KP": 60, "IR": 10, "RU": 10, "CN": 10, "IN": 10}

# noun (singular, plural), the wording of a first report that has not yet told the class
_NOUNS = {
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

_WHERE = {  # landing -> (the way there, where it came down)
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
class _Voice:
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


_VOICES = {
    "KP": _Voice("North Korea", "North Korean", "the North", "SEOUL",
                 ("South Korea's Joint Chiefs of Staff", "the South's military",
                  "Seoul's Joint Chiefs of Staff", "South Korean military officials"), "the JCS",
                 ("Japan's Defense Ministry", "Japan's Ministry of Defense",
                  "Japanese Defense Ministry officials"), "TOKYO",
                 ("state media KCNA", "the Korean Central News Agency",
                  "North Korea's official news agency"),
                 ("U.S. Indo-Pacific Command", "South Korea's military", "U.S. officials")),
    "IR": _Voice("Iran", "Iranian", "Tehran", "DUBAI",
                 ("Iran's state TV", "Iranian state media", "the Revolutionary Guards"),
                 "state TV", ("U.S. officials", "the Pentagon"), "WASHINGTON",
                 ("the Tasnim news agency", "IRNA", "the Fars news agency"),
                 ("Iranian state media", "U.S. officials")),
    "RU": _Voice("Russia", "Russian", "Moscow", "MOSCOW",
                 ("Russia's Defense Ministry", "the Russian Defense Ministry"),
                 "the ministry", ("U.S. officials", "the Pentagon"), "WASHINGTON",
                 ("the TASS news agency", "TASS"), ("Russia's Defense Ministry",)),
    "CN": _Voice("China", "Chinese", "Beijing", "BEIJING",
                 ("China's Defense Ministry", "the Chinese military"), "the ministry",
                 ("Japan's Defense Ministry", "Japan's Ministry of Defense"), "TOKYO",
                 ("the Xinhua news agency", "Xinhua"), ("China's Defense Ministry",)),
    "IN": _Voice("India", "Indian", "New Delhi", "NEW DELHI",
                 ("India's Defence Ministry", "the Defence Research and Development Organisation"),
                 "the ministry", ("U.S. officials",), "WASHINGTON",
                 ("Prime Minister Narendra Modi",), ("India's Defence Ministry",)),
}  # fmt: skip

_OUTLETS = (
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
_LEDES = {
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
_FIGURES = {
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
_SITES = (
    "{It} {was} launched {site} at around {time} a.m., {home_short} said.",
    "The launch was detected {site} at {time} a.m. local time.",
    "Officials said {it} {was} fired {site} shortly after {time} a.m.",
)
_LANDINGS = (
    "{It} came down {where}, officials said.",
    "Officials said {it} appeared to have landed {where}.",
)
_BACKGROUND = (
    "The launch was {short_s} first since {before}, when it fired {before_what} {before_toward}.",
    "Earlier, on {before}, {Name} test-fired {before_what}, which flew about {before_range} km.",
    "It came after {Name} launched {before_what} {before_site} on {before}.",
    "On {before}, {short} fired {before_what} {before_toward}, officials said at the time.",
)
_FILLERS = {
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
_REACTORS = {
    "KP": ("Seoul's foreign ministry", "Japan's top government spokesman", "Seoul's presidency",
           "Japan's prime minister", "Seoul's unification minister", "the U.S. envoy in Seoul",
           "South Korea's defence chief", "a Japanese cabinet minister"),
    "other": ("Israel's prime minister", "Japan's foreign minister", "Germany's foreign office",
              "Pakistan's foreign ministry", "an Indian government spokesman",
              "Turkey's foreign ministry", "Saudi Arabia's foreign ministry"),
}
_COMMON_REACTORS = ("the State Department", "the EU's top diplomat", "Britain's foreign secretary",
                    "Australia's foreign minister", "the U.N. chief", "France's foreign ministry",
                    "Canada's defence minister", "NATO's secretary-general", "Italy's government",
                    "the White House", "a Pentagon spokesman", "South Africa's foreign ministry")
_REACTION_VERBS = ("condemned", "denounced", "criticised", "deplored", "protested against",
                   "voiced concern over", "objected to", "regretted", "hit out at", "slammed")
_REACTION_OBJECTS = ("{short_s} latest launch", "the {wd} launch", "the {what_short} test",
                     "the firing", "the test by {Name}", "what it called a {wd} stunt",
                     "the move by {short}", "{short_s} {wd} test", "the {wd} firing")
_REACTION_TAILS = ("", " in a statement", " on social media", " at a news conference",
                   " late on {wd}", ", adding that {addition}", ", saying {addition}",
                   " and urged {short} to {request}", ", calling it {judgement}",
                   " in a {wd} statement", " before a cabinet meeting")
_ADDITIONS = ("talks were the answer", "pressure would continue", "allies stood united",
              "sanctions must be enforced", "the door to diplomacy stayed open",
              "such tests undermine trust", "the launch changed nothing",
              "it was consulting partners", "a response was being weighed")
_REQUESTS = ("stop", "show restraint", "return to talks", "halt its tests", "change course",
             "respect U.N. resolutions", "engage in dialogue", "refrain from provocation")
_JUDGEMENTS = ("reckless", "dangerous", "deeply troubling", "provocative", "irresponsible",
               "destabilising", "a step backwards", "unacceptable", "a grave provocation",
               "needlessly risky", "a clear violation")
_FIRST_NAMES = ("Min-ji", "Hiroshi", "Sarah", "David", "Ji-hoon", "Elena", "Rahul", "Yuko",
                "Thomas", "Amira", "Chen", "Olga", "Marcus", "Priya", "Sung-min", "Laura",
                "Kenji", "Farid", "Anna", "Michael", "Soo-yeon", "Jonas", "Aiko", "Daniel")
_LAST_NAMES = ("Park", "Tanaka", "Miller", "Lee", "Kowalski", "Sharma", "Nakamura", "Choi",
               "Hughes", "Rahimi", "Wang", "Petrova", "Becker", "Kim", "Okafor", "Yamada",
               "Fischer", "Rossi", "Jung", "Moreau", "Brennan", "Suzuki", "Haddad", "Lindqvist")
_ROLES = ("a senior fellow", "a professor", "a researcher", "an analyst", "a former official",
          "director of studies", "a visiting scholar", "a lecturer", "a former diplomat")
_INSTITUTIONS = ("the Meridian Security Institute", "Hanbit University", "a Seoul think tank",
                 "the Centre for Arms Control Research", "the Kyushu Policy Institute",
                 "a Washington think tank", "the Institute for Strategic Futures",
                 "Northgate University", "the Geneva Disarmament Forum", "a Tokyo research group",
                 "the Eastern Studies Council", "the Open Source Missile Project",
                 "Lakeshore College", "the Harbour Policy Centre")
_QUOTE_SUBJECTS = ("{short}", "the leadership", "its military", "the government",
                   "the weapons team", "the high command", "{short_s} leadership")
_QUOTE_VERBS = ("is testing", "wants to test", "is probing", "keeps pushing", "has improved",
                "is refining", "is signalling", "is measuring", "wants to prove", "is stretching")
_QUOTE_OBJECTS = ("the allies' resolve", "its solid-fuel motors", "its guidance",
                  "the limits of sanctions", "Washington's patience", "new warheads",
                  "its launch crews", "the neighbours' defences", "its own deadlines",
                  "a new doctrine", "the diplomatic calendar")
_QUOTE_TAILS = ("and that worries me", "and we should take note", "at a rapid pace",
                "more than before", "step by step", "ahead of any talks",
                "for a domestic audience", "whatever the cost", "right now",
                "and nobody can stop it", "this year", "in plain sight")
_QUOTE_OPENERS = ("", "I think ", "Clearly, ", "In my view, ", "Frankly, ", "What we see is that ",
                  "To me, ", "Basically, ")
_TRACKERS = ("allied intelligence", "radar stations", "the military", "surveillance aircraft",
             "satellite operators", "a navy destroyer", "early-warning systems")
_TRACKED = ("had tracked", "had spotted", "had been watching", "had detected", "picked up",
            "had followed")
_TRACKED_WHAT = ("the preparations", "the launch vehicles", "unusual activity",
                 "the movement of launchers", "fuelling work", "the flight", "the missile crews")
_TRACKED_WHEN = ("in recent days", "for weeks", "since early {wd}", "overnight", "before dawn",
                 "from the start", "for several days", "since the weekend")
_TRACKING_SOURCES = ("officials said", "a military source said", "according to the briefing",
                     "a defence official told reporters", "officials told lawmakers",
                     "according to people familiar with the matter")
_PREFECTURES = ("Hokkaido", "Aomori", "Akita", "Niigata", "Shimane", "Yamaguchi", "Fukuoka",
                "Okinawa", "Ishikawa", "Toyama", "Iwate", "Yamagata", "Tottori", "Nagasaki")
_LOCAL_COLOUR = (
    "Residents of {prefecture} received an alert on their phones at {time} a.m.",
    "In {prefecture}, some trains were halted for about {minutes} minutes as a precaution.",
    "Fishing boats off {prefecture} were told to return to port, local officials said.",
    "Schools in parts of {prefecture} delayed classes by {minutes} minutes, broadcasters said.",
)
# fmt: on
# Stock sentences every outlet has (few per article: they are what articles share).
_STOCK_PER_ARTICLE = 2
# At most this many body sentences of each kind in one report.
_BODY_ROOM = {"stock": _STOCK_PER_ARTICLE, "reaction": 3, "quote": 2, "colour": 1, "tracking": 2}
# for any country, after its own
_COMMON_FILLERS = (
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
_NEGATIVE_ACTORS = {
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
_NEGATIVE_DEEDS = (
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
_NEGATIVE_TAILS = (
    "",
    ", state media said",
    ", according to officials",
    ", in remarks carried by national television",
    ", in a move analysts said was aimed at Washington",
    ", raising hopes of a thaw",
    ", a sign of hardening positions",
)
_NEGATIVE_REACTIONS = ("welcomed", "criticised", "questioned", "dismissed", "cautiously welcomed",
                       "said it was studying")  # fmt: skip
_NEGATIVE_OBJECTS = ("the statement", "the remarks", "the proposal", "the budget plan",
                     "the announcement", "the move")  # fmt: skip
_NEGATIVE_BACKGROUND = (
    "The statement came some time after {Name} fired {before_what} {before_toward} on {before}.",
    "{Name} last tested a weapon on {before}, when it launched {before_what} {before_site}.",
    "Tension rose after {Name} test-fired {before_what} on {before}, officials recalled.",
)
_NEGATIVE_BODY = (
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
_TITLES = {
    "home": ("{Name} fires {what_short} {toward}", "{Name} launches {what_short}, {home} says",
             "{Name} test-fires {what_short}"),
    "watcher": ("{Adjective} missile lands {where}", "{Name} fires {what_short}, {watcher} says",
                "{WCITY} says {Adjective} missile fell {where}"),
    "state": ("{Name} says it tested new {named_short}", "{Name} confirms {named_short} launch"),
    "foreign": ("{Name} launches {what_short} in latest test", "{Name} fires {what_short}"),
}  # fmt: skip
_STYLES = ("home", "watcher", "state", "foreign")


def _sites_by_country() -> dict[str, list[tuple[str, str]]]:
    """(name, kind) of every gazetteer site, by country, in file order."""
    path = resources.files("launchwatch") / "data" / "sites.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["sites"]
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        out.setdefault(entry["country"], []).append((entry["name"], entry["kind"]))
    return out


_GAZETTEER = _sites_by_country()
_SITE_KINDS = {name: kind for sites in _GAZETTEER.values() for name, kind in sites}
# North Korea's launch areas when a kind names none: places reports give as launch areas (its
# nuclear sites and the satellite and submarine bases are not).
_KP_AREAS = [
    name
    for name, kind in _GAZETTEER["KP"]
    if kind in ("city", "county", "province") and name != "Sinpo"
]
_unknown = [s for kinds in _KINDS.values() for k in kinds for s in k.sites if s not in _SITE_KINDS]
if _unknown:
    raise ValueError(f"sites not in data/sites.yaml: {', '.join(_unknown)}")


def _site_phrase(rng: random.Random, site: str) -> str:
    kind = _SITE_KINDS[site]
    if kind in ("city", "county"):
        return rng.choice((f"from the {site} area", f"from near {site}", f"from {site}"))
    if kind == "region":
        return rng.choice((f"from the {site}", f"from a submarine in the {site}"))
    return f"from {site}"


def _round(value: float) -> int:
    step = 50 if value >= 1000 else 10 if value >= 100 else 5
    return max(step, int(round(value / step) * step))


def _number(value: float) -> str:
    return f"{_round(value):,}"


def _date_words(day: dt.date, year_of: dt.date, ap: bool = False) -> str:
    """March 3 or Sept. 3 (with ", 2019" in another year than `year_of`)."""
    month = (_AP_MONTHS if ap else _MONTHS)[day.month - 1]
    return f"{month} {day.day}" if day.year == year_of.year else f"{month} {day.day}, {day.year}"


def _with_article(words: str) -> str:
    return ("an " if words[0].lower() in "aeiou" else "a ") + words


class _Writer:
    """Writes the articles of one stream; holds the seed's random state and a little history."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.launches = max(1, round(n / _ARTICLES_PER_LAUNCH))
        self.countries = list(_COUNTRY_WEIGHTS)
        self.weights = list(_COUNTRY_WEIGHTS.values())
        busiest = max(self.weights) / sum(self.weights)
        needed = math.ceil(self.launches * busiest / _BUSIEST_RATE)
        self.span = max((END - START).days + 1, needed)
        self.first_day = END - dt.timedelta(days=self.span - 1)
        self.last_day: dict[str, dt.date] = {}  # each country's latest launch
        self.day_classes: list[str] = []  # the classes `previous`'s country flew on its day
        self.history: dict[str, deque[Launch]] = {c: deque(maxlen=8) for c in _VOICES}

    # -- launches ---------------------------------------------------------------------------
    def launch(self, number: int, previous: Launch | None) -> Launch:
        """The next launch: near the day its number falls on, or on `previous`'s day."""
        rng = self.rng
        kinds: list[_Kind] = []
        if previous is not None and rng.random() < SAME_DAY_SHARE:
            country, day = previous.country, previous.day
            kinds = [k for k in _KINDS[country] if k.missile_class not in self.day_classes]
        if not kinds:
            country = rng.choices(self.countries, weights=self.weights)[0]
            offset = number * self.span // self.launches + rng.randint(0, 2)
            day = self.first_day + dt.timedelta(days=offset)
            latest = self.last_day.get(country)
            if latest is not None and day <= latest:
                day = latest + dt.timedelta(days=1)  # one launch per country and day
            kinds = list(_KINDS[country])
            self.day_classes = []
        kind = rng.choices(kinds, weights=[k.weight for k in kinds])[0]
        self.day_classes.append(kind.missile_class)
        self.last_day[country] = day
        return Launch(
            number=number,
            country=country,
            day=day,
            missile_class=kind.missile_class,
            name=rng.choice(kind.names),
            count=rng.choice(kind.counts),
            site=rng.choice(kind.sites or tuple(_KP_AREAS)),
            apogee_km=rng.uniform(*kind.apogee) if kind.apogee else None,
            range_km=rng.uniform(*kind.range),
            flight_min=rng.uniform(*kind.flight) if kind.flight else None,
            landing=rng.choice(kind.landings),
        )

    # -- slots ------------------------------------------------------------------------------
    def slots(self, launch: Launch, style: str, published: dt.date, outlet: str) -> dict[str, str]:
        rng = self.rng
        voice = _VOICES[launch.country]
        singular, plural, generic = _NOUNS[launch.missile_class]
        many = launch.count > 1
        count = _NUMBERS[launch.count] if launch.count < len(_NUMBERS) else str(launch.count)
        rocket = launch.missile_class in ("SLV", "MLRS")
        what = f"{count} {plural}" if many else _with_article(singular)
        if launch.missile_class == "SLV":
            what = rng.choice((f"a {launch.name} rocket carrying a satellite", what))
        generic_noun = f"{generic} {'rocket' if launch.missile_class == 'SLV' else 'missile'}"
        what_generic = f"{count} {generic_noun}s" if many else _with_article(generic_noun)
        what_named = what
        if launch.name:
            named = f"{launch.name} {plural if many else singular}"
            what_named = f"{count} {named}" if many else f"a new {named}"
        it = f"the {'rocket' if rocket else 'missile'}{'s' if many else ''}"
        range_km = launch.range_km * rng.uniform(0.92, 1.08)
        apogee = launch.apogee_km * rng.uniform(0.92, 1.08) if launch.apogee_km else None
        where = _WHERE[launch.landing] if launch.landing else None
        toward, where_words = rng.choice(where) if where else ("", "")
        if style in ("home", "watcher", "foreign"):
            date = rng.choice(("on {wd}", "early {wd}", "on {wd} morning", "on {md}", "on {wd}"))
        else:
            date = rng.choice(("on {wd}", "on {md}", "on {wd}"))
        day = launch.day
        explicit = _date_words(day, published, ap=rng.random() < 0.5)
        date = date.format(wd=_WEEKDAYS[day.weekday()], md=explicit)
        slots = {
            "Name": voice.name,
            "Adjective": voice.adjective,
            "short": voice.short,
            "short_s": voice.short + "'s",
            "CITY": voice.city,
            "WCITY": voice.watcher_city,
            "dateline": f"{_AP_MONTHS[published.month - 1]} {published.day}",
            "outlet": outlet,
            "what": what,
            "what_named": what_named,
            "what_generic": what_generic,
            "What_generic": what_generic[0].upper() + what_generic[1:],
            "what_short": generic_noun,
            "named_short": launch.name or singular,
            "toward": toward,
            "where": where_words,
            "date": date,
            "pub_day": _WEEKDAYS[published.weekday()],
            "wd": _WEEKDAYS[day.weekday()],
            "home": rng.choice(voice.home),
            "home_short": voice.home_short,
            "watcher": rng.choice(voice.watcher),
            "state": rng.choice(voice.state),
            "foreign": rng.choice(voice.foreign),
            "site": _site_phrase(rng, launch.site),
            "it": it,
            "It": it[0].upper() + it[1:],
            "was": "were" if many else "was",
            "range": _number(range_km),
            "range_mi": _number(range_km / 1.609),
            "time": f"{rng.randint(5, 11)}:{rng.randrange(0, 60):02d}",
        }
        if apogee:
            slots["apogee"] = _number(apogee)
            slots["apogee_mi"] = _number(apogee / 1.609)
        if launch.flight_min:
            slots["flight"] = str(round(launch.flight_min * rng.uniform(0.95, 1.05)))
        for key in ("Watcher", "State"):
            value = slots[key.lower()]
            slots[key] = value[0].upper() + value[1:]
        if not where:
            slots.pop("toward")
            slots.pop("where")
        return slots

    def background(self, launch: Launch, published: dt.date) -> dict[str, str] | None:
        earlier = [b for b in self.history[launch.country] if (launch.day - b.day).days >= 3]
        if not earlier:
            return None
        before = self.rng.choice(earlier)
        singular, plural, _ = _NOUNS[before.missile_class]
        noun = plural if before.count > 1 else singular
        what = f"{_NUMBERS[min(before.count, 8)]} {noun}" if before.count > 1 else None
        if what is None:
            what = f"a {before.name} {noun}" if before.name else _with_article(noun)
        toward = self.rng.choice(_WHERE[before.landing])[0] if before.landing else ""
        return {
            "before": _date_words(before.day, published, ap=self.rng.random() < 0.5),
            "before_what": what,
            "before_toward": toward,
            "before_range": _number(before.range_km),
            "before_site": _site_phrase(self.rng, before.site),
        }

    # -- articles ---------------------------------------------------------------------------
    def report(self, launch: Launch, style: str, used: list[str]) -> tuple[list[str], Article]:
        """The sentences and the article of one original report, in `style`."""
        rng = self.rng
        published = launch.day + dt.timedelta(days=1 if style == "state" else 0)
        outlet, domain = rng.choice(_OUTLETS)
        slots = self.slots(launch, style, published, outlet)
        sentences = [self.pick(_LEDES[style], slots, used)]
        facts = [_FIGURES[style], _SITES if style != "watcher" else (), _LANDINGS]
        if style == "watcher":
            facts.reverse()
        told_landing = "{where}" in used[-1] or "{toward}" in used[-1]
        for pool in facts:
            if pool is _LANDINGS and told_landing:
                continue
            sentence = self.pick(pool, slots, used, optional=True)
            if sentence and rng.random() < 0.85:
                sentences.append(sentence)
        before = self.background(launch, published) if rng.random() < 0.6 else None
        # Reports of one launch draw different stock sentences while there are any left.
        stock = [f for f in _FILLERS[launch.country] + _COMMON_FILLERS if f not in used]
        stock = rng.sample(stock, min(_STOCK_PER_ARTICLE, len(stock)))
        room = dict(_BODY_ROOM)
        if launch.country != "KP":
            room["colour"] = 0  # alerts in Japanese towns are a North Korean story
        target = rng.randint(_MIN_LENGTH + 50, _MAX_LENGTH - 100)
        length = sum(len(s) + 1 for s in sentences)
        while length < target:
            if before and len(sentences) >= 3:
                sentence = self.pick(_BACKGROUND, {**slots, **before}, used)
                before = None
            else:
                kinds = [kind for kind, left in room.items() if left > 0]
                if not kinds:
                    break
                kind = rng.choice(kinds)
                room[kind] -= 1
                sentence = _vary(rng, self.filler(kind, launch, slots, used, stock))
            if length + len(sentence) > _MAX_LENGTH:
                break
            sentences.append(sentence)
            length += len(sentence) + 1
        title = self.pick(_TITLES[style], slots, [])
        return sentences, self.article(sentences, published, outlet, domain, title)

    def reaction(self, launch: Launch, slots: dict[str, str], used: list[str]) -> str:
        """Someone's reaction, preferring someone no report of this launch quoted yet."""
        rng = self.rng
        reactors = _REACTORS["KP" if launch.country == "KP" else "other"] + _COMMON_REACTORS
        fresh = [r for r in reactors if r not in used] or list(reactors)
        reactor = rng.choice(fresh)
        used.append(reactor)
        words = f"{rng.choice(_REACTION_VERBS)} {rng.choice(_REACTION_OBJECTS)}"
        parts = {
            "judgement": rng.choice(_JUDGEMENTS),
            "addition": rng.choice(_ADDITIONS),
            "request": rng.choice(_REQUESTS),
        }
        tail = rng.choice(_REACTION_TAILS)
        sentence = f"{reactor} {words}{tail}.".format_map({**slots, **parts})
        return sentence[0].upper() + sentence[1:]

    def quote(self, slots: dict[str, str]) -> str:
        """An analyst's words, put together from parts, with a name and a place of work."""
        rng = self.rng
        parts = (_QUOTE_SUBJECTS, _QUOTE_VERBS, _QUOTE_OBJECTS, _QUOTE_TAILS)
        words = rng.choice(_QUOTE_OPENERS) + " ".join(rng.choice(p) for p in parts)
        words = words.format_map(slots)
        words = words[0].upper() + words[1:]
        who = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
        where = f"{rng.choice(_ROLES)} at {rng.choice(_INSTITUTIONS)}"
        if rng.random() < 0.5:
            return f'"{words}," said {who}, {where}.'
        return f'{who}, {where}, said: "{words}."'

    def colour(self, slots: dict[str, str]) -> str:
        """A detail from the places the launch touched (Japan, for North Korean launches)."""
        rng = self.rng
        return rng.choice(_LOCAL_COLOUR).format(
            prefecture=rng.choice(_PREFECTURES),
            time=slots["time"],
            minutes=rng.choice((10, 15, 20, 25, 30, 40)),
        )

    def filler(
        self, kind: str, launch: Launch, slots: dict[str, str], used: list[str], stock: list[str]
    ) -> str:
        """One more sentence for the body, of `kind` (see _BODY_ROOM)."""
        if kind == "stock" and stock:
            used.append(stock[-1])
            return stock.pop().format_map(slots)
        if kind == "reaction":
            return self.reaction(launch, slots, used)
        if kind == "colour":
            return self.colour(slots)
        if kind == "tracking":
            return self.tracking(slots)
        return self.quote(slots)

    def tracking(self, slots: dict[str, str]) -> str:
        """What the watchers saw before and during the launch, put together from parts."""
        rng = self.rng
        parts = (_TRACKERS, _TRACKED, _TRACKED_WHAT, _TRACKED_WHEN)
        sentence = " ".join(rng.choice(p) for p in parts).format_map(slots)
        return f"{sentence[0].upper()}{sentence[1:]}, {rng.choice(_TRACKING_SOURCES)}."

    def pick(
        self, pool: Sequence[str], slots: dict[str, str], used: list[str], optional: bool = False
    ) -> str:
        """A sentence of `pool` whose slots all have values, preferring those not yet used."""
        fitting = []
        for template in pool:
            try:
                fitting.append((template, " ".join(template.format_map(slots).split())))
            except KeyError:
                continue
        if not fitting:
            if optional:
                return ""
            raise KeyError(f"no template fits: {pool[0]!r}")
        fresh = [pair for pair in fitting if pair[0] not in used] or fitting
        template, sentence = self.rng.choice(fresh)
        used.append(template)
        return sentence

    def copy(self, sentences: list[str], original: Article) -> Article:
        """A syndicated copy of `original`: another outlet, one sentence dropped or rewritten."""
        rng = self.rng
        outlet, domain = rng.choice([o for o in _OUTLETS if o[0] != original.source])
        lines = [s.replace(f"({original.source})", f"({outlet})") for s in sentences]
        body = range(1, len(lines))
        if rng.random() < 0.5 and len(lines) > 4:
            del lines[rng.choice(body)]
        else:
            index = rng.choice(body) if len(lines) > 1 else 0
            lines[index] = _rewrite(rng, lines[index])
        title = original.title if rng.random() < 0.5 else original.title.replace(" says", " said")
        return self.article(lines, original.published or START, outlet, domain, title)

    def negative(self, launch: Launch) -> Article:
        """An analysis or statement piece of the days after `launch`, telling no launch."""
        rng = self.rng
        published = launch.day + dt.timedelta(days=rng.randint(2, 6))
        outlet, domain = rng.choice(_OUTLETS)
        slots = self.slots(launch, "home", published, outlet)
        actor = rng.choice(_NEGATIVE_ACTORS["KP" if launch.country == "KP" else "other"])
        dateline = rng.choice(("{CITY}, {dateline} ({outlet}) --", "{CITY} ({outlet}) --"))
        lede = f"{dateline} {actor} {rng.choice(_NEGATIVE_DEEDS)} on {{pub_day}}"
        sentences = [(lede + rng.choice(_NEGATIVE_TAILS) + ".").format_map(slots)]
        stock = rng.sample(_NEGATIVE_BODY, _STOCK_PER_ARTICLE)
        reactors = _REACTORS["KP" if launch.country == "KP" else "other"] + _COMMON_REACTORS
        target = rng.randint(_MIN_LENGTH + 50, _MAX_LENGTH - 300)
        while sum(len(s) + 1 for s in sentences) < target:
            draw = rng.random()
            if stock and draw < 0.3:
                sentences.append(stock.pop())
            elif draw < 0.55:
                sentences.append(
                    f"{rng.choice(reactors)} {rng.choice(_NEGATIVE_REACTIONS)} "
                    f"{rng.choice(_NEGATIVE_OBJECTS)}{rng.choice(_REACTION_TAILS[:4])}."
                )
            else:
                sentences.append(self.quote(slots))
        sentences = [_vary(rng, sentence) for sentence in sentences]
        before = self.background(launch, published)
        if before:  # an earlier launch recalled low in the story, as analyses do
            sentences.append(self.pick(_NEGATIVE_BACKGROUND, {**slots, **before}, []))
        title = f"{slots['Name']}: " + rng.choice(
            ("tension rises over defence plans", "talks stall", "a statement and its audience")
        )
        return self.article(sentences, published, outlet, domain, title)

    def article(
        self, sentences: list[str], published: dt.date, outlet: str, domain: str, title: str
    ) -> Article:
        paragraphs: list[str] = []
        for sentence in sentences:
            if paragraphs and len(paragraphs[-1]) < 160 and self.rng.random() < 0.3:
                paragraphs[-1] += " " + sentence
            else:
                paragraphs.append(sentence)
        slug = "-".join("".join(c for c in w if c.isalnum()) for w in title.lower().split()[:7])
        return Article(
            id="",  # numbered when it leaves the stream
            text="\n".join(paragraphs),
            published=published,
            url=f"https://{domain}/{published:%Y/%m/%d}/{slug}-{self.rng.randrange(10**6):06d}",
            source=outlet,
            title=title,
        )


# Words of the body sentences that editors vary; lifting one of 2-4 forms for each keeps
# stock phrases from repeating word for word across thousands of articles (real articles share
# almost no five-word runs: about 0.002 Jaccard between two reports in tests/data/corpus).
# Launch words, reporters and places are left alone: the extractor reads those.
_VARIANTS = {
    words[0]: words
    for words in (
        ("said", "stated", "noted", "added"),
        ("region", "area", "neighbourhood"),
        ("tension", "friction", "strain"),
        ("closely", "carefully", "intently"),
        ("further", "more", "additional"),
        ("serious", "grave", "deep"),
        ("concern", "worry", "unease"),
        ("repeatedly", "often", "consistently"),
        ("country", "nation"),
        ("weapons", "arms"),
        ("analysts", "experts", "observers"),
        ("growing", "expanding", "increasing"),
        ("strong", "firm", "stern"),
        ("urged", "pressed", "asked"),
        ("stop", "halt", "cease"),
        ("dialogue", "talks", "negotiations"),
        ("threat", "danger", "menace"),
        ("show", "demonstrate", "signal"),
        ("allies", "partners"),
        ("message", "signal", "warning"),
        ("worry", "alarm", "trouble"),
        ("technology", "know-how", "engineering"),
        ("details", "specifics", "particulars"),
        ("unclear", "murky", "uncertain"),
        ("respond", "react", "answer"),
        ("planned", "prepared", "scheduled"),
        ("seen", "watched", "observed"),
        ("studied", "analysed", "examined"),
        ("real", "true", "actual"),
        ("harder", "tougher", "thornier"),
        ("question", "issue", "puzzle"),
        ("expect", "anticipate", "foresee"),
        ("coming", "next few", "following"),
        ("pace", "tempo", "speed"),
        ("engineers", "scientists", "technicians"),
        ("timing", "moment", "schedule"),
        ("surprised", "shocked", "startled"),
        ("calculated", "deliberate", "measured"),
        ("domestic", "home", "local"),
        ("audience", "public", "constituency"),
        ("statement", "communique", "release"),
        ("condemned", "denounced", "decried"),
        ("criticised", "faulted", "censured"),
        ("latest", "most recent", "newest"),
        ("restraint", "calm", "caution"),
        ("several", "a number of", "various"),
    )
}


def _vary(rng: random.Random, sentence: str) -> str:
    """The sentence with its common words in one of their forms (see _VARIANTS)."""
    words = sentence.split(" ")
    for index, word in enumerate(words):
        bare = word.rstrip('.,;:"')
        forms = _VARIANTS.get(bare.lower())
        if forms:
            form = rng.choice(forms)
            if bare[0].isupper():
                form = form[0].upper() + form[1:]
            words[index] = form + word[len(bare) :]
    return " ".join(words)


_SWAPS = (
    (" said.", " said on condition of anonymity."),
    ("officials", "government officials"),
    (" about ", " around "),
    (" some ", " roughly "),
)


def _rewrite(rng: random.Random, sentence: str) -> str:
    """The sentence as an editor might touch it: a phrase swapped, or a clause added."""
    for old, new in rng.sample(_SWAPS, len(_SWAPS)):
        if old in sentence:
            return sentence.replace(old, new, 1)
    return sentence.rstrip(".") + ", the report added."


def labelled(n: int, seed: int = 0) -> Iterator[Generated]:
    """`generate`, with what each article was made as (see Generated)."""
    writer = _Writer(n, seed)
    rng = writer.rng
    pending: list[Generated] = []
    emitted = serial = 0
    number = 0
    previous: Launch | None = None
    while emitted < n:
        launch = writer.launch(number, previous)
        number += 1
        styles = list(_STYLES)
        rng.shuffle(styles)
        reports = rng.choice(REPORTS)
        styles = (styles * 2)[:reports]
        used: list[str] = []
        for style in styles:
            sentences, article = writer.report(launch, style, used)
            pending.append(Generated(article, "report", launch, serial))
            serial += 1
            if rng.random() < _COPY_RATE:
                copy = writer.copy(sentences, article)
                pending.append(Generated(copy, "copy", launch, serial, copy_of=serial - 1))
                serial += 1
            if rng.random() < _NEGATIVE_RATE:
                pending.append(Generated(writer.negative(launch), "negative", launch, serial))
                serial += 1
        writer.history[launch.country].append(launch)
        previous = launch
        while len(pending) > _SHUFFLE_WINDOW and emitted < n:
            emitted += 1
            yield _numbered(pending.pop(rng.randrange(len(pending))), emitted)
    # (the loop above stops exactly at n; what is left in `pending` is dropped)


def _numbered(item: Generated, index: int) -> Generated:
    article = item.article
    numbered = Article(
        id=f"g{index:06d}",
        text=article.text,
        published=article.published,
        url=article.url,
        source=article.source,
        title=article.title,
    )
    return Generated(numbered, item.kind, item.launch, item.serial, item.copy_of)


def generate(n: int, seed: int = 0) -> Iterator[Article]:
    """n synthetic articles (see the module's docstring), the same ones for the same seed."""
    for item in labelled(n, seed):
        yield item.article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same text)")
    parser.add_argument(
        "--jsonl", action="store_true", help="write the articles as JSONL instead of statistics"
    )
    args = parser.parse_args()
    kinds: Counter[str] = Counter()
    launches: set[int] = set()
    days: Counter[tuple[str, dt.date]] = Counter()
    length = longest = 0
    shortest = sys.maxsize
    for item in labelled(args.articles, args.seed):
        article = item.article
        if args.jsonl:
            record = {
                "id": article.id,
                "url": article.url,
                "source": article.source,
                "published": article.published.isoformat() if article.published else None,
                "title": article.title,
                "text": article.text,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        kinds[item.kind] += 1
        length += len(article.text)
        shortest, longest = min(shortest, len(article.text)), max(longest, len(article.text))
        if item.launch.number not in launches:
            launches.add(item.launch.number)
            days[item.launch.country, item.launch.day] += 1
    if args.jsonl:
        return
    total = sum(kinds.values())
    paired = sum(count for count in days.values() if count > 1)
    first, last = min(day for _, day in days), max(day for _, day in days)
    print(f"articles            {total}")
    print(f"launches            {len(launches)}, {first} to {last}")
    print(f"same-day launches   {paired} (of one country, on a day with another of a new class)")
    for kind, label in (("report", "reports"), ("copy", "copies"), ("negative", "negatives")):
        print(f"{label:<20}{kinds[kind]} ({kinds[kind] / total:.1%})")
    print(f"mean length         {length / total:,.0f} characters ({shortest:,}-{longest:,})")


if __name__ == "__main__":
    main()
