"""Write the labelled corpus part B (b01..b30): articles and gold labels as JSONL.

Run from anywhere: `python tests/data/corpus/make_part_b.py`. Not imported by the tests.
The articles are written for this project; the events behind them are real launches and tests
(facts from public reporting: agency statements, Wikipedia launch lists, CNS/CSIS databases).
Article texts are wrapped here for readability: lines inside a paragraph are joined with a
space, paragraphs (blank-line separated) with "\\n".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "part_b.articles.jsonl"
GOLD = HERE / "part_b.gold.jsonl"

records: list[tuple[dict[str, Any], dict[str, Any]]] = []


def body(text: str) -> str:
    """Join wrapped lines into paragraphs; paragraphs become '\\n'-separated."""
    paragraphs = [" ".join(p.split("\n")).strip() for p in text.strip().split("\n\n")]
    return "\n".join(p for p in paragraphs if p)


def event(
    type_: str,
    key: str,
    country: str,
    date: str,
    *,
    count: int | None = 1,
    qualifier: str | None = None,
    cls: str | None = None,
    names: tuple[str, ...] = (),
    site: str | None = None,
    landing: str | None = None,
    apogee: float | None = None,
    range_km: float | None = None,
    minutes: float | None = None,
    reporters: tuple[str, ...] = (),
    range_span: tuple[float, float] | None = None,
    apogee_span: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """A gold main event in the devset's key order."""
    main: dict[str, Any] = {
        "type": type_,
        "event_key": key,
        "country": country,
        "date": date,
        "count": count,
        "count_qualifier": qualifier,
        "missile_class": cls,
        "missile_names": list(names),
        "launch_site": site,
        "landing": landing,
        "apogee_km": apogee,
        "range_km": range_km,
        "flight_time_min": minutes,
        "reported_by": list(reporters),
    }
    if range_span is not None:
        main["range_km_span"] = list(range_span)
    if apogee_span is not None:
        main["apogee_km_span"] = list(apogee_span)
    return main


def bg(
    type_: str, country: str, date: str, cls: str | None, names: tuple[str, ...] = ()
) -> dict[str, Any]:
    """A gold background event; names only when the text gives them."""
    item: dict[str, Any] = {"type": type_, "country": country, "date": date, "missile_class": cls}
    if names:
        item["missile_names"] = list(names)
    return item


def add(
    id_: str,
    url: str,
    source: str,
    published: str,
    title: str,
    text: str,
    main: dict[str, Any] | None,
    others: list[dict[str, Any]],
    notes: str,
) -> None:
    article = {
        "id": id_,
        "url": url,
        "source": source,
        "published": published,
        "title": title,
        "text": body(text),
    }
    gold = {"id": id_, "main_event": main, "other_events_mentioned": others, "notes": notes}
    records.append((article, gold))


ML, SL, NT = "missile_launch", "satellite_launch", "nuclear_test"

# b01 -- Russia, Sarmat first flight (2022-04-20, Wednesday).
add(
    "b01",
    "https://news.example.org/2022/04/20/russia-sarmat-first-flight",
    "Northern Wire Service",
    "2022-04-20",
    "Russia test-fires Sarmat heavy ICBM from Plesetsk",
    """
MOSCOW, April 20 — Russia flew its new Sarmat intercontinental ballistic missile for the
first time on Wednesday, launching it from the Plesetsk cosmodrome in the country's
northwest, the Defence Ministry said.

According to the ministry, the missile's training warheads came down in the designated area
of the Kura test range on the Kamchatka peninsula, and every objective of the flight was
achieved.

The Sarmat, dubbed Satan II by NATO, is meant to take over from the Soviet-built Voevoda
missiles that have stood on alert since the 1980s. Russian officials claim it can deliver its
warheads as far as 18,000 km and approach targets over either of the poles.

State television showed President Vladimir Putin being briefed on the result by video link.
He described the weapon as having no equal anywhere and said it would give pause to anyone
threatening the country.

A Pentagon spokesman said Moscow had given Washington advance notice, as arms control
arrangements require, and that the United States did not consider the flight a threat.

The test comes almost two months after Russian troops crossed into Ukraine. It is the
first flight of a new Russian strategic weapon since December 2018, when an Avangard
hypersonic glide vehicle was launched from the Dombarovsky base in the Urals.
""",
    event(
        ML,
        "RU-2022-04-20",
        "RU",
        "2022-04-20",
        cls="ICBM",
        names=("Sarmat",),
        site="Plesetsk",
        landing="Kura test site",
        reporters=("Russia MoD",),
    ),
    [bg(ML, "RU", "2018-12", "hypersonic", ("Avangard",))],
    "Dated April 20; 'on Wednesday' = 2022-04-20. TRAP: '18,000 km' is a claimed capability, "
    "not the distance flown: range null. 'Kura test range on the Kamchatka peninsula' -> Kura "
    "test site. Putin's remarks and the Pentagon's notice statement are commentary, not sources "
    "of the launch facts. 'since the 1980s' dates the Voevoda's service, not a launch. "
    "Background: the Avangard launch 'in December 2018' (month precision).",
)

# b02 -- NEGATIVE: analysis of Iran's space launch programme.
add(
    "b02",
    "https://analysis.example.net/2023/03/06/iran-rockets-orbit-and-range",
    "Gulf Security Review",
    "2023-03-06",
    "Analysis: Iran's rockets edge closer to orbit, and to longer range",
    """
ANALYSIS

Every Iranian satellite launch gets watched twice: once by space engineers counting what
reaches orbit, and once by arms control specialists sizing up the rocket that carried it.

The record so far is uneven. A Simorgh carrying the Payam satellite fell short of orbit on
January 15, 2019, after its third stage did not reach the speed it needed, Iranian officials
admitted at the time. The Revolutionary Guards fared better with their own parallel programme:
on April 22, 2020, a Qased launcher lifted the military satellite Noor-1 from a desert pad near
Shahroud, a project the Guards had kept under wraps until the rocket was airborne.

The newest vehicle is the Qaem-100, a three-stage rocket that burns solid propellant in every
stage. Its maiden flight, a suborbital test on November 5, 2022, produced little data for
outsiders but plenty of symbolism.

Solid motors matter because long-range missiles use them, a researcher at a European think
tank said, asking not to be named under his institute's rules. A stage that can push a small
satellite to a 500 km orbit could, with a heavier payload and a different trajectory, send a
warhead much farther, he said.

Washington argues the launches defy UN Security Council Resolution 2231; Tehran insists the
work is civilian and lawful.

Nothing points to an imminent launch. Commercial satellite pictures of the Imam Khomeini
Spaceport in Semnan province taken in February showed only routine work, analysts said.

Related: Iran shows off new drone at Tehran defence exhibition
""",
    None,
    [
        bg(SL, "IR", "2019-01-15", "SLV", ("Simorgh",)),
        bg(SL, "IR", "2020-04-22", "SLV", ("Qased",)),
        bg(SL, "IR", "2022-11-05", "SLV", ("Qaem-100",)),
    ],
    "NEGATIVE: an analysis piece (published Monday 2023-03-06); no new launch. Background: "
    "failed Simorgh/Payam launch on January 15, 2019; Qased/Noor-1 on April 22, 2020 (near "
    "Shahroud); Qaem-100 suborbital first flight on November 5, 2022 (no satellite carried; "
    "typed satellite_launch because the vehicle is an SLV). '500 km orbit' is a hypothetical "
    "orbit altitude. Imagery 'taken in February' is not a launch. 'Related:' line is furniture.",
)

# b03 -- Russia, Yars from Plesetsk (2024-03-01, Friday); cluster with b04.
add(
    "b03",
    "https://wire.example.com/2024/03/01/russia-yars-plesetsk-kura",
    "Eurasia Defence Daily",
    "2024-03-01",
    "Russia test-launches Yars ICBM from Plesetsk",
    """
Russia's Strategic Missile Forces test-fired a Yars intercontinental ballistic missile from
the Plesetsk cosmodrome on Friday, the Defence Ministry said, according to TASS.

The missile's training warheads reached the designated area of the Kura range in Kamchatka,
the ministry said in a statement carried by the agency, adding that the launch had met its
goals in full.

The purpose of the flight was to confirm the reliability of missiles of this class, the
statement said.

The RS-24 Yars, a solid-fuel missile deployed both in silos and on mobile launchers, is the
mainstay of Russia's land-based nuclear forces and has been on combat duty since 2010.

Moscow last fired a Yars from Plesetsk on October 25, 2023, during a strategic deterrence
exercise overseen by President Vladimir Putin. In the same drill, a Sineva missile was fired
from the submarine Tula in the Barents Sea.
""",
    event(
        ML,
        "RU-2024-03-01",
        "RU",
        "2024-03-01",
        cls="ICBM",
        names=("Yars",),
        site="Plesetsk",
        landing="Kura test site",
        reporters=("Russia MoD", "TASS"),
    ),
    [
        bg(ML, "RU", "2023-10-25", "ICBM", ("Yars",)),
        bg(ML, "RU", "2023-10-25", "SLBM", ("Sineva",)),
    ],
    "Published 2024-03-01; 'on Friday' = 2024-03-01. Ministry statement via TASS: both are "
    "reporters. 'Kura range in Kamchatka' -> Kura test site. 'on combat duty since 2010' is not "
    "a launch. Background: the October 25, 2023 exercise with a Yars from Plesetsk and a Sineva "
    "from the Tula (two events, same day).",
)

# b04 -- Russia, the same Yars launch, reported the next day.
add(
    "b04",
    "https://arctic.example.org/2024/03/02/yars-fired-from-plesetsk",
    "Arctic Monitor",
    "2024-03-02",
    "Yars ICBM fired from Plesetsk",
    """
Posted 2 March 2024 | Arctic & Security

Yars ICBM fired from Plesetsk

Russia's Strategic Missile Forces launched a Yars intercontinental missile from the Plesetsk
space centre in Arkhangelsk Oblast on Friday, according to the Russian Defence Ministry.

In a short Telegram post, the ministry said the dummy warheads had landed as planned on the
Kura test site in Kamchatka, in Russia's Far East.

It was the first Russian ICBM flight of the year. Plesetsk has also hosted the heavier
Sarmat, which made its debut flight from there in April 2022.

Norway and the United States usually receive advance notice of such launches under
bilateral agreements.
""",
    event(
        ML,
        "RU-2024-03-01",
        "RU",
        "2024-03-01",
        cls="ICBM",
        names=("Yars",),
        site="Plesetsk",
        landing="Kura test site",
        reporters=("Russia MoD",),
    ),
    [bg(ML, "RU", "2022-04", "ICBM", ("Sarmat",))],
    "Published Saturday 2024-03-02 (page stamp 'Posted 2 March 2024'); 'on Friday' = "
    "2024-03-01, the day before publication. Headline repeated as page furniture. Background: "
    "Sarmat's debut 'in April 2022' (month precision). 'first Russian ICBM flight of the year' "
    "is a checkable claim.",
)

# b05 -- North Korea, sixth nuclear test (2017-09-03, Sunday).
add(
    "b05",
    "https://peninsula.example.com/2017/09/03/north-korea-sixth-nuclear-test",
    "Peninsula Daily Report",
    "2017-09-03",
    "North Korea conducts sixth nuclear test; quake measured near Punggye-ri",
    """
SEOUL, Sept. 3 — North Korea carried out its sixth and most powerful nuclear test on Sunday,
setting off an artificial earthquake near its Punggye-ri test site that the US Geological
Survey put at magnitude 6.3.

South Korea's Joint Chiefs of Staff said the tremor was picked up at 12:29 p.m. in Kilju
County, North Hamgyong Province, where the underground facility lies. The Korea
Meteorological Administration measured it at magnitude 5.7 and said it was several times
more powerful than the quake caused by the previous test a year earlier.

A few hours later, a presenter on North Korean state television announced that scientists
had successfully detonated a hydrogen bomb built to be carried by an intercontinental
ballistic missile.

Japan's foreign minister told reporters that Tokyo had concluded a nuclear test had taken
place. China's earthquake agency reported a second, weaker tremor about eight minutes after
the first, which it said could have been a collapse.

[Photo: A television screen at Seoul Station shows a map of the test site. Yonhap]

The blast came less than a week after Pyongyang sent a Hwasong-12 intermediate-range missile
over Japan's Hokkaido island on Aug. 29, and about a month after two Hwasong-14 ICBM launches
in July.
""",
    event(
        NT,
        "KP-2017-09-03",
        "KP",
        "2017-09-03",
        count=None,
        site="Punggye-ri",
        reporters=("USGS", "South Korea JCS", "South Korea KMA", "KCNA", "Japan government"),
    ),
    [
        bg(NT, "KP", "2016", None),
        bg(ML, "KP", "2017-08-29", "IRBM", ("Hwasong-12",)),
        bg(ML, "KP", "2017-07", "ICBM", ("Hwasong-14",)),
        bg(ML, "KP", "2017-07", "ICBM", ("Hwasong-14",)),
    ],
    "Dated Sept. 3; 'on Sunday' (12:29 p.m. local) = 2017-09-03. Nuclear test: count and class "
    "null, test site as launch_site. Magnitudes 6.3 (USGS) and 5.7 (KMA) are not event fields. "
    "State television -> KCNA. China's earthquake agency is credited only for the secondary "
    "tremor, not listed. '(Yonhap)' is a photo credit. Background: 'the previous test a year "
    "earlier' (2016, year precision), the Hwasong-12 over Hokkaido on Aug. 29 and 'two Hwasong-14 "
    "ICBM launches in July' (two events, month precision).",
)

# b06 -- China, ICBM into the Pacific (2024-09-25, Wednesday); cluster with b07.
add(
    "b06",
    "https://asiadesk.example.com/2024/09/25/china-icbm-pacific-test",
    "Asia-Pacific Desk",
    "2024-09-25",
    "China fires ICBM into Pacific in rare public test",
    """
BEIJING, Sept 25 — China test-launched an intercontinental ballistic missile carrying a dummy
warhead into the Pacific Ocean on Wednesday morning, the Ministry of National Defense said.

The People's Liberation Army Rocket Force fired the missile at 8:44 a.m. (0044 GMT), and it
fell into a planned area of the high seas, the ministry said in a short statement. It called
the launch a routine item in the force's annual training schedule, aimed at no country or
target.

Countries concerned had been told in advance, the ministry added. Japan's chief cabinet
secretary said later in the day that Tokyo had received no notice.

Beijing gave no name for the missile and did not say where it took off. China normally tests
long-range missiles on lofted paths into its own western deserts, and analysts called a
full-range shot into open ocean highly unusual.

The last widely reported Chinese ICBM flight into the Pacific was a DF-5 test on May 18, 1980.
""",
    event(
        ML,
        "CN-2024-09-25",
        "CN",
        "2024-09-25",
        cls="ICBM",
        landing="Pacific Ocean",
        reporters=("China MND",),
    ),
    [bg(ML, "CN", "1980-05-18", "ICBM", ("DF-5",))],
    "Dated Sept 25; 'on Wednesday morning' (8:44 a.m. Beijing) = 2024-09-25. No missile name, "
    "no launch site. Japan's statement concerns notification only, so Japan is not a reporter "
    "of the launch facts. Background: DF-5 into the Pacific on May 18, 1980.",
)

# b07 -- China, the same ICBM, from a US time zone (Tuesday evening in Washington).
add(
    "b07",
    "https://capitolreport.example.org/2024/09/24/china-icbm-south-pacific",
    "Capitol Report Online",
    "2024-09-24",
    "China test-fires ICBM into South Pacific, a first in decades",
    """
Updated Sept. 24, 2024, 10:05 p.m. ET

WASHINGTON — China launched an intercontinental ballistic missile into the Pacific late
Tuesday Eastern time, an unusual open-ocean test that US officials said they were following
closely.

China's defence ministry put the launch at 8:44 a.m. Wednesday Beijing time and said the
missile, which carried a training warhead, came down in the expected sea area.

Two US officials, who spoke on condition of anonymity, said the missile appeared to have
lifted off from Hainan Island and splashed down in the South Pacific. Independent analysts
who plotted the announced impact zone estimated the flight at 11,000 to 12,000 km.

Some experts suggested it may have been a DF-41, the newest of China's road-mobile ICBMs,
although Beijing did not identify the weapon.

The Pentagon estimates that China has more than 500 operational nuclear warheads and expects
the figure to pass 1,000 by 2030.

New Zealand's foreign ministry called the test unwelcome and concerning, and said it would
raise the matter with Beijing.
""",
    event(
        ML,
        "CN-2024-09-25",
        "CN",
        "2024-09-25",
        cls="ICBM",
        names=("DF-41",),
        site="Hainan",
        landing="Pacific Ocean",
        range_km=11500,
        reporters=("China MND", "US government"),
        range_span=(11000, 12000),
    ),
    [],
    "TRAP: US-time report published Tuesday 2024-09-24 ('late Tuesday Eastern time'); the "
    "launch was at 8:44 a.m. Wednesday in China, so the local date is 2024-09-25, the day "
    "AFTER publication. Span '11,000 to 12,000 km' -> midpoint 11,500 with range_km_span. The "
    "name is hedged ('may have been a DF-41'), kept as in the devset. Launch site per 'two US "
    "officials' (US government). Warhead counts are checkable claims, not events.",
)

# b08 -- NEGATIVE: UN Security Council sanctions vote (2017-12-22, Friday).
add(
    "b08",
    "https://world.example.net/2017/12/23/un-security-council-oil-caps-north-korea",
    "Global Affairs Ledger",
    "2017-12-23",
    "UN Security Council caps North Korea's oil imports after ICBM test",
    """
UNITED NATIONS — The UN Security Council voted 15-0 on Friday to slash North Korea's access
to refined petroleum by close to 90 percent, answering Pyongyang's Nov. 29 launch of a
Hwasong-15 intercontinental ballistic missile.

Resolution 2397, drafted by the United States, limits imports of refined products to 500,000
barrels a year and requires countries to send North Korean workers home within 24 months.

US Ambassador Nikki Haley told the council the unanimous vote showed the world was united
against the North's weapons programmes. China and Russia, which had resisted a full oil
embargo, backed the text once it was softened in talks.

The council last tightened sanctions in September, shortly after the North's sixth nuclear
test on Sept. 3.

According to North Korean state media, the Hwasong-15 flew for 53 minutes and climbed to about
4,475 km before coming down in the sea off Japan.

North Korea's UN mission did not respond to a request for comment on Saturday.
""",
    None,
    [
        bg(ML, "KP", "2017-11-29", "ICBM", ("Hwasong-15",)),
        bg(NT, "KP", "2017-09-03", None),
    ],
    "NEGATIVE: a sanctions vote 'on Friday' (2017-12-22), published Saturday 2017-12-23. "
    "Background: the Hwasong-15 'Nov. 29' launch (its 53 minutes / 4,475 km belong to that "
    "background event, not to a new one) and the sixth nuclear test 'on Sept. 3'. The "
    "September sanctions round is not a launch.",
)

# b09 -- India, Agni-5 maiden flight (2012-04-19, Thursday).
add(
    "b09",
    "https://deccan.example.in/2012/04/19/agni-v-maiden-test",
    "Deccan Wire",
    "2012-04-19",
    "Agni-V soars in maiden test as India joins long-range club",
    """
BALASORE, Odisha, April 19: India on Thursday successfully test-fired the Agni-V, its
longest-range nuclear-capable missile so far, from Wheeler Island off the Odisha coast.

The three-stage, solid-fuelled missile lifted off at 8:07 a.m., and its dummy payload struck a
pre-selected point in the Indian Ocean about 20 minutes later, officials of the Defence
Research and Development Organisation (DRDO) said.

A DRDO spokesperson said the missile rose to a height of more than 600 km and covered a
distance of over 5,000 km, with ships stationed along the route tracking its re-entry.

Defence Minister A.K. Antony telephoned the scientists to congratulate them, and Prime
Minister Manmohan Singh called the flight a milestone in the country's quest for security.

A launch planned for Wednesday evening had been called off because of lightning and heavy
cloud over the island.

India's previous longest-range missile, the Agni-III, can reach roughly 3,000 km. It first
flew successfully in April 2007.
""",
    event(
        ML,
        "IN-2012-04-19",
        "IN",
        "2012-04-19",
        cls="ICBM",
        names=("Agni-5",),
        site="Abdul Kalam Island",
        landing="Indian Ocean",
        apogee=600,
        range_km=5000,
        minutes=20,
        reporters=("India MoD",),
    ),
    [bg(ML, "IN", "2007-04", "IRBM", ("Agni-III",))],
    "Dated April 19; 'on Thursday' (8:07 a.m. IST) = 2012-04-19. Wheeler Island is the old "
    "name of Abdul Kalam Island (canonical). Agni-V -> Agni-5; class from the named system "
    "(text gives none). 'more than 600 km' height -> apogee 600; 'over 5,000 km' -> range 5000; "
    "'about 20 minutes'. DRDO -> India MoD; minister/PM congratulations are not sources. The "
    "called-off Wednesday attempt is not a launch. Agni-III's 3,000 km is capability; its "
    "first success 'in April 2007' is background.",
)

# b10 -- Pakistan, Ababeel training launch (2023-10-18, Wednesday).
add(
    "b10",
    "https://indusledger.example.pk/2023/10/18/ababeel-training-launch",
    "Indus Ledger",
    "2023-10-18",
    "Pakistan conducts training launch of Ababeel missile",
    """
RAWALPINDI: Pakistan on Wednesday carried out a training launch of the Ababeel
surface-to-surface ballistic missile, the military's media wing announced.

The flight was meant to check a number of the weapon's design and engineering features, the
Inter-Services Public Relations (ISPR) said in a statement. The missile is built
to carry several warheads, each of which can be steered to a different target.

ADVERTISEMENT

The ISPR did not say where the missile was launched from, how far it flew or where it landed.
Defence analysts in Islamabad say the Ababeel is designed to reach around 2,200 km.

Officials of the Strategic Plans Division and engineers involved in the programme watched the
flight. The President, the Prime Minister and the services chiefs sent their congratulations.

Pakistan first tested the Ababeel in January 2017, claiming to be the first country in South
Asia to fly a missile with multiple independently targetable re-entry vehicles.
""",
    event(
        ML,
        "PK-2023-10-18",
        "PK",
        "2023-10-18",
        cls="MRBM",
        names=("Ababeel",),
        reporters=("ISPR",),
    ),
    [bg(ML, "PK", "2017-01", "MRBM", ("Ababeel",))],
    "Published 2023-10-18; 'on Wednesday' = 2023-10-18. Class from the named system (Ababeel, "
    "about 2,200 km class -> MRBM); the text only says 'ballistic'. TRAP: '2,200 km' is the "
    "design reach (capability), not a flown range. No site, no landing. 'ADVERTISEMENT' is "
    "furniture. Background: first Ababeel test 'in January 2017'.",
)

# b11 -- North Korea, failed Chollima-1 satellite launch (2023-05-31, Wednesday).
add(
    "b11",
    "https://seouldispatch.example.com/2023/05/31/spy-satellite-launch-fails",
    "Seoul Morning Dispatch",
    "2023-05-31",
    "North Korea's first spy satellite launch fails; rocket falls into Yellow Sea",
    """
SEOUL, May 31 — North Korea's bid to put its first military reconnaissance satellite into
orbit failed on Wednesday, when its new Chollima-1 rocket lost thrust and plunged into the sea
off the peninsula's west coast, Pyongyang acknowledged.

South Korea's Joint Chiefs of Staff said it detected the launch from the Tongchang-ri area of
North Phyongan Province at 6:29 a.m. The rocket flew abnormally and vanished from radar before
dropping into waters some 200 km west of Eocheong Island, the JCS said.

Within hours, KCNA reported that the rocket had crashed into the Yellow Sea because its second
stage failed to start properly after the first stage separated. Scientists would look into the
cause and try again as soon as possible, the agency said.

Sirens sounded across Seoul shortly after the launch, and the city sent a text alert telling
residents to get ready to evacuate, a message the interior ministry later said had been sent
in error. Japan's government switched on its J-Alert warning system for Okinawa.

South Korean navy ships were hauling up what looked like a section of the rocket, officials
said.

North Korea had told the Japan Coast Guard on Monday that it would launch a satellite between
May 31 and June 11. Its last satellite launch before this was in February 2016.
""",
    event(
        SL,
        "KP-2023-05-31",
        "KP",
        "2023-05-31",
        cls="SLV",
        names=("Chollima-1",),
        site="Sohae",
        landing="Yellow Sea",
        reporters=("South Korea JCS", "KCNA"),
    ),
    [bg(SL, "KP", "2016-02", "SLV")],
    "Dated May 31; 'on Wednesday' (6:29 a.m.) = 2023-05-31. Failed launch. Tongchang-ri -> "
    "Sohae (canonical). TRAP: '200 km west of Eocheong Island' is where it fell relative to an "
    "island, not a range. The Seoul alert, Japan's J-Alert and the salvage are actions, not "
    "sources of facts. The notice to the Japan Coast Guard ('on Monday', window May 31-June 11) "
    "is about this same launch, not another event. Background: 'February 2016' launch.",
)

# b12 -- NEGATIVE: China's 2019 parade shows the DF-41.
add(
    "b12",
    "https://fareast.example.org/2019/10/01/df41-parade-debut",
    "Far East Strategic Post",
    "2019-10-01",
    "DF-41 makes public debut as China marks 70 years of communist rule",
    """
[Caption: DF-41 launchers pass Tiananmen Square, Beijing, October 1, 2019.]

BEIJING — China showed off its DF-41 intercontinental ballistic missile in public for the
first time on Tuesday, as 16 of the road-mobile launchers rolled past Tiananmen Square in a
parade for the 70th anniversary of the People's Republic.

Foreign analysts believe the solid-fuel missile can hit targets 12,000 to 15,000 km away and
carry as many as ten warheads. It brought up the rear of a column that also featured the
DF-17 hypersonic glide vehicle and the JL-2 submarine-launched missile.

In a speech from the rostrum before the march-past, President Xi Jinping said no force could
shake the foundations of the Chinese nation.

US assessments say the DF-41 has been flight-tested several times inside China over roughly
two decades of development, but Beijing has published no details of those flights.

China's last acknowledged long-range shot beyond its own borders was a DF-5 it fired into the
South Pacific on May 18, 1980.

Defence attaches from dozens of countries watched from the stands.
""",
    None,
    [bg(ML, "CN", "1980-05-18", "ICBM", ("DF-5",))],
    "NEGATIVE: a parade (Tuesday 2019-10-01); missiles displayed, not launched. TRAP: "
    "'12,000 to 15,000 km' is a capability span, not a range. The DF-41's undated flight tests "
    "'several times inside China' are not listed. Caption is furniture. Background: DF-5 on May "
    "18, 1980.",
)

# b13 -- Iran, Simorgh puts three satellites in orbit (2024-01-28, Sunday).
add(
    "b13",
    "https://gulfobserver.example.com/2024/01/28/simorgh-three-satellites",
    "Persian Gulf Observer",
    "2024-01-28",
    "Iran says Simorgh rocket puts three satellites into orbit",
    """
TEHRAN, Jan. 28 — Iran sent three satellites into orbit on Sunday on its Simorgh rocket,
state television reported, the first time the country has placed more than one satellite in
orbit on a single flight.

The rocket lifted off from the Imam Khomeini Spaceport in Semnan province, the broadcaster
said, airing footage of the launch.

The Mahda research satellite, built by the Iranian Space Agency, and two small satellites,
Kayhan-2 and Hatef-1, went into orbits between 450 km and 1,100 km above the Earth, according
to the report. Telecommunications Minister Issa Zarepour said ground stations had received
Mahda's first signals.

The Simorgh has a patchy record. Its last flight, in December 2021, failed to put three
research payloads into orbit.

Sunday's launch came eight days after the Revolutionary Guards used their own Qaem-100 rocket
to place the Soraya satellite in a 750 km orbit on Jan. 20.

The United States and European governments say such launches advance technology that could
be used in long-range ballistic missiles. Iran denies seeking nuclear weapons and says its
space work is peaceful.
""",
    event(
        SL,
        "IR-2024-01-28",
        "IR",
        "2024-01-28",
        cls="SLV",
        names=("Simorgh",),
        site="Semnan",
        reporters=("Iran state TV", "Iran government"),
    ),
    [
        bg(SL, "IR", "2021-12", "SLV", ("Simorgh",)),
        bg(SL, "IR", "2024-01-20", "SLV", ("Qaem-100",)),
    ],
    "Dated Jan. 28; 'on Sunday' = 2024-01-28. One rocket, three satellites: count 1. Imam "
    "Khomeini Spaceport, Semnan province -> Semnan. TRAP: '450 km and 1,100 km' and '750 km' are "
    "orbit altitudes, not apogee. Reporters: state television and the telecoms minister (Iran "
    "government). Background: failed Simorgh flight 'in December 2021' and Qaem-100/Soraya on "
    "'Jan. 20' (2024).",
)

# b14 -- United States, Minuteman III (2024-06-06, Thursday).
add(
    "b14",
    "https://coastcourier.example.com/2024/06/06/second-minuteman-launch-this-week",
    "Central Coast Courier",
    "2024-06-06",
    "Second Minuteman III flies from Vandenberg in three days",
    """
VANDENBERG SPACE FORCE BASE, Calif. — An unarmed Minuteman III intercontinental ballistic
missile lifted off from the north end of the base at 1:03 a.m. Thursday, the second such test
flight this week, Air Force Global Strike Command said.

The missile's test re-entry vehicle travelled some 4,200 miles (about 3,650 nautical miles) and
came down at the Ronald Reagan Ballistic Missile Defense Test Site on Kwajalein Atoll in the
Marshall Islands roughly 30 minutes after launch, the command said.

A first Minuteman III flew the same route early Tuesday, leaving its silo at 12:56 a.m.

Officials repeated that both flights had been scheduled years ahead and were not a response
to any current world event. Each missile carried instruments to record how the weapon system
performed.

The previous test, on Nov. 1 last year, ended with the Air Force destroying the missile over
the Pacific after what it described as an anomaly.
""",
    event(
        ML,
        "US-2024-06-06",
        "US",
        "2024-06-06",
        cls="ICBM",
        names=("Minuteman III",),
        site="Vandenberg",
        landing="Kwajalein Atoll",
        range_km=6757.8,
        minutes=30,
        reporters=("US Air Force",),
    ),
    [
        bg(ML, "US", "2024-06-04", "ICBM", ("Minuteman III",)),
        bg(ML, "US", "2023-11-01", "ICBM", ("Minuteman III",)),
    ],
    "Published Thursday 2024-06-06; '1:03 a.m. Thursday' (Pacific time) = 2024-06-06. "
    "'some 4,200 miles' x 1.609 = 6,757.8 km (the nautical-mile figure in brackets is the same "
    "distance). 'roughly 30 minutes'. Air Force Global Strike Command -> US Air Force. "
    "Background: the first launch of the week 'early Tuesday' (2024-06-04) and the failed test "
    "'on Nov. 1 last year' (2023-11-01).",
)

# b15 -- NEGATIVE: two Minuteman III launches set for next week.
add(
    "b15",
    "https://rangebulletin.example.com/2024/05/31/minuteman-launches-next-week",
    "Coastal Range Bulletin",
    "2024-05-31",
    "Two Minuteman III test launches scheduled at Vandenberg next week",
    """
Vandenberg Space Force Base plans to launch two unarmed Minuteman III missiles next week, base
officials announced on Friday.

The first launch window opens at 11:01 p.m. Monday and closes at 5:01 a.m. Tuesday; the second
covers the same hours from Wednesday night into Thursday morning. Both missiles will be fired
from north Vandenberg toward the Kwajalein Atoll in the Marshall Islands.

Back-to-back flights are rare, and the base gave no reason for the pairing beyond saying each
test was planned well in advance and is not tied to world events.

The last attempt, on Nov. 1, 2023, was cut short when controllers blew up the missile over the
ocean after spotting an anomaly soon after liftoff. An earlier flight, on Sept. 6, 2023,
reached Kwajalein as planned.

If skies are clear, people along the Central Coast may be able to see the missile's trail.
""",
    None,
    [
        bg(ML, "US", "2023-11-01", "ICBM", ("Minuteman III",)),
        bg(ML, "US", "2023-09-06", "ICBM", ("Minuteman III",)),
    ],
    "NEGATIVE: an announcement (Friday 2024-05-31) that two launches are 'set for' next week "
    "(windows Monday night June 3 - Tuesday June 4 and Wednesday night June 5 - Thursday June 6). "
    "No launch has happened yet (they become US-2024-06-04 and US-2024-06-06). Background: the "
    "terminated test on Nov. 1, 2023 and the successful one on Sept. 6, 2023.",
)

# b16 -- North Korea, first nuclear test, reported from a US time zone.
add(
    "b16",
    "https://midwestmorning.example.com/2006/10/09/north-korea-claims-nuclear-test",
    "Midwest Morning Star",
    "2006-10-09",
    "North Korea claims first nuclear test; seismic jolt recorded",
    """
WASHINGTON, Oct. 9 — North Korea said Sunday night that it had exploded its first nuclear
device, brushing aside warnings from Washington, Beijing and Tokyo and confounding
governments that had hoped the threat was a bluff.

The U.S. Geological Survey recorded a seismic event of magnitude 4.2 at 9:35 p.m. Eastern time
in the northeast of the country. South Korean officials said the blast was set off at a site
near Kilju, in North Hamgyong Province.

The North's official news agency, KCNA, hailed the underground test as a historic success
achieved with domestic technology and said no radiation had escaped.

US intelligence officials cautioned that the yield looked small, perhaps under one kiloton,
and that it was too early to say whether the device had worked as intended.

President Bush was briefed overnight. The White House said it would press for action at the
UN Security Council.

The test came three months after the North fired seven missiles on July 5, among them a
long-range Taepodong-2 that failed less than a minute after liftoff.
""",
    event(
        NT,
        "KP-2006-10-09",
        "KP",
        "2006-10-09",
        count=None,
        site="Kilju",
        reporters=("KCNA", "USGS", "South Korea government", "US government"),
    ),
    [bg(ML, "KP", "2006-07-05", "ICBM", ("Taepodong-2",))],
    "TRAP: US-time report (Washington, published Monday 2006-10-09) says the test was 'Sunday "
    "night' and gives '9:35 p.m. Eastern time' (Sunday Oct 8 in the US) = 10:35 a.m. Monday "
    "2006-10-09 in Korea; the local date is used. Site only 'near Kilju' (the Punggye-ri site "
    "is not named). Magnitude 4.2 and the sub-kiloton yield are not event fields. Background: "
    "the July 5 (2006) salvo; the Taepodong-2 is listed (class from the named system); the "
    "other six missiles of that salvo are not named or classed.",
)

# b17 -- France, M51.3 from Biscarrosse (2023-11-18, Saturday).
add(
    "b17",
    "https://atlantique.example.fr/2023/11/20/m51-3-first-flight",
    "Atlantique Défense Hebdo",
    "2023-11-20",
    "France completes first flight of upgraded M51.3 missile",
    """
France's armed forces ministry has confirmed that an M51.3 ballistic missile, the newest
version of the weapon carried by its nuclear-armed submarines, flew for the first time on
Saturday from the DGA missile test centre at Biscarrosse on the Atlantic coast.

The missile, which carried no nuclear warhead, was tracked by ground stations and ships until
its payload came down in the North Atlantic, hundreds of kilometres from land, the ministry
said.

Armed Forces Minister Sébastien Lecornu celebrated the result on social media, saying it
proved the reliability of the French deterrent and the skill of the teams behind it.

The M51.3 is due to enter service aboard the four Triomphant-class submarines from 2025.

The previous M51 firing, a land-based shot from the same Biscarrosse centre in April 2021, was
also successful, according to the ministry. A 2013 launch from the submarine Le Vigilant off
Brittany ended with the missile being destroyed shortly after it left the water.
""",
    event(
        ML,
        "FR-2023-11-18",
        "FR",
        "2023-11-18",
        cls="SLBM",
        names=("M51.3",),
        site="Biscarrosse",
        landing="Atlantic Ocean",
        reporters=("France MoD",),
    ),
    [
        bg(ML, "FR", "2021-04", "SLBM", ("M51",)),
        bg(ML, "FR", "2013", "SLBM", ("M51",)),
    ],
    "Published Monday 2023-11-20; 'on Saturday' = 2023-11-18 (two days before publication). "
    "Land launch of the submarine missile family: class SLBM from the named system. 'hundreds "
    "of kilometres from land' is not a range. Minister's post counts under France MoD. "
    "'from 2025' is a service date. Background: M51 from Biscarrosse 'in April 2021' and the "
    "failed 2013 launch from Le Vigilant.",
)

# b18 -- NEGATIVE: North Korean solid-fuel engine ground tests.
add(
    "b18",
    "https://strategicdigest.example.com/2023/11/15/solid-fuel-engine-tests",
    "Korea Strategic Digest",
    "2023-11-15",
    "North Korea says it tested solid-fuel engines for new intermediate-range missile",
    """
North Korea has ground-tested new high-thrust solid-fuel engines for a new intermediate-range
ballistic missile, state media said on Wednesday, adding to signs that Pyongyang is getting
ready to fly the weapon.

KCNA said the first-stage engine was fired on a test stand on Saturday and the second-stage
engine on Tuesday, and that both runs had gone well. It did not say where the tests took
place.

No missile was launched, and South Korea's military said it had seen no unusual flight
activity.

Experts said the motors were probably meant for a solid-fuel successor to the liquid-fuelled
Hwasong-12, which the North last flew on Jan. 30, 2022. A road-mobile solid-fuel missile of
that class could threaten Guam with far less warning, one Seoul-based analyst said.

Pyongyang already has a solid-fuel ICBM, the Hwasong-18, most recently launched on July 12.

ALSO READ: Seoul weighs suspending part of 2018 military pact if North launches spy satellite
""",
    None,
    [
        bg(ML, "KP", "2022-01-30", "IRBM", ("Hwasong-12",)),
        bg(ML, "KP", "2023-07-12", "ICBM", ("Hwasong-18",)),
    ],
    "NEGATIVE: static engine tests ('on Saturday' 2023-11-11 and 'on Tuesday' 2023-11-14, "
    "reported Wednesday 2023-11-15); not launches. Background: Hwasong-12 'on Jan. 30, 2022' "
    "and Hwasong-18 'on July 12' (2023, year from the publication date). 'ALSO READ' is "
    "furniture.",
)

# b19 -- United Kingdom, failed Trident II test (2024-01-30), confirmed three weeks later.
add(
    "b19",
    "https://westminsterwire.example.co.uk/2024/02/21/trident-test-failure-confirmed",
    "Westminster Wire Digest",
    "2024-02-21",
    "Britain confirms Trident test missile failed off Florida",
    """
LONDON — The Ministry of Defence confirmed on Tuesday that an unarmed Trident II D5 missile
fired from the submarine HMS Vanguard last month failed just after launch and fell into the sea
near the boat.

The test took place on Jan. 30 off the coast of Florida, with Defence Secretary Grant Shapps
and the head of the Royal Navy on board, the ministry said. It said an anomaly had occurred
but that the problem was specific to this event and raised no doubts about the missile or the
wider stockpile.

Newspaper reports said the first-stage boosters never ignited and the missile dropped into the
Atlantic a short distance from the submarine. The ministry declined to give the cause, citing
national security.

It is the second British Trident test in a row to go wrong. In June 2016 a missile fired from
HMS Vengeance veered off course and had to be destroyed, an episode the government did not
acknowledge until January 2017.

The US Navy, which operates the same missile, says it has completed more than 190 successful
test flights.
""",
    event(
        ML,
        "GB-2024-01-30",
        "GB",
        "2024-01-30",
        cls="SLBM",
        names=("Trident II",),
        site="Florida",
        landing="Atlantic Ocean",
        reporters=("UK MoD",),
    ),
    [bg(ML, "GB", "2016-06", "SLBM", ("Trident II",))],
    "Published Wednesday 2024-02-21; the MoD confirmed 'on Tuesday' (2024-02-20) a failure that "
    "happened 'on Jan. 30' (2024, 'last month'). TRAP: the confirmation day is not the launch "
    "date. 'Trident II D5' -> Trident II. Launch site approximate (off Florida). 'Newspaper "
    "reports' are unnamed, not listed as reporters. Background: failed HMS Vengeance test 'In "
    "June 2016'; 'January 2017' is the acknowledgement. '190 successful test flights' is a claim.",
)

# b20 -- South Korea, Nuri reaches orbit (2022-06-21, Tuesday).
add(
    "b20",
    "https://kspace.example.kr/2022/06/21/nuri-reaches-orbit",
    "K-Space Report",
    "2022-06-21",
    "South Korea puts satellite into orbit with homegrown Nuri rocket",
    """
GOHEUNG, June 21 — South Korea's home-built Nuri rocket placed a performance verification
satellite into orbit on Tuesday, making the country one of only a handful able to launch a
satellite weighing more than a tonne on its own rocket.

The three-stage KSLV-II lifted off from the Naro Space Center on the south coast at 4 p.m.
Science Minister Lee Jong-ho told a televised briefing that the satellite had separated from
the rocket at an altitude of 700 km and had made contact with the King Sejong research station
in Antarctica.

The success follows a first attempt on Oct. 21, 2021, when the third-stage engine shut down
early and a dummy payload failed to reach orbit. This second launch had been set for June 15
but was pushed back twice, first by strong winds and then by a faulty sensor in an oxidiser
tank.

President Yoon Suk Yeol congratulated the engineers and said the country's space age had
begun.

The government has spent about 2 trillion won on the programme since 2010.
""",
    event(
        SL,
        "KR-2022-06-21",
        "KR",
        "2022-06-21",
        cls="SLV",
        names=("Nuri",),
        site="Naro Space Center",
        reporters=("South Korea government",),
    ),
    [bg(SL, "KR", "2021-10-21", "SLV", ("Nuri",))],
    "Dated June 21; 'on Tuesday' (4 p.m.) = 2022-06-21. KSLV-II = Nuri. TRAP: '700 km' is the "
    "separation/orbit altitude, not an apogee. Science Minister -> South Korea government; the "
    "President's congratulation is not a source. Background: first Nuri attempt 'Oct. 21, "
    "2021' (failed). The postponed June 15 date is not a launch; 'since 2010' is spending.",
)

# b21 -- NEGATIVE: Freedom Edge drills begin a day after a North Korean launch.
add(
    "b21",
    "https://pacificalliance.example.org/2024/06/27/freedom-edge-begins",
    "Pacific Alliance Journal",
    "2024-06-27",
    "US, South Korea and Japan start first Freedom Edge exercise",
    """
The United States, South Korea and Japan began their first three-way multi-domain exercise,
Freedom Edge, in international waters south of Jeju Island on Thursday, a day after North Korea
fired what it claimed was a missile with multiple warheads.

The three-day drills bring together the aircraft carrier USS Theodore Roosevelt, destroyers,
fighter jets and helicopters, and cover missile defence, anti-submarine warfare and maritime
interdiction, South Korea's navy said.

On Wednesday, the North launched a ballistic missile from the Pyongyang area at 5:30 a.m., but
it blew up over the sea soon after liftoff, according to the Joint Chiefs of Staff. State media
later described the launch as a successful test of separating and guiding several warheads.

The JCS rejected that account as a deception meant to hide a failure.

It was the North's first ballistic missile launch since May 30, when it fired a barrage of
short-range missiles toward the East Sea.

North Korea's foreign ministry called the exercise a reckless show of force and warned of
unspecified countermeasures.
""",
    None,
    [
        bg(ML, "KP", "2024-06-26", "ballistic"),
        bg(ML, "KP", "2024-05-30", "SRBM"),
    ],
    "NEGATIVE: start of a drill 'on Thursday' (2024-06-27). Background: the failed launch 'On "
    "Wednesday' at 5:30 a.m. (2024-06-26, 'a day after'; class only 'ballistic') and the SRBM "
    "barrage 'since May 30' (2024). The multiple-warhead claim belongs to the June 26 launch.",
)

# b22 -- Russia, Bulava from the Imperator Aleksandr III (2023-11-05, Sunday).
add(
    "b22",
    "https://barentsbulletin.example.no/2023/11/06/bulava-white-sea",
    "Barents Region Bulletin",
    "2023-11-06",
    "New Russian submarine fires Bulava from the White Sea",
    """
Russia's newest nuclear-powered ballistic missile submarine, the Imperator Aleksandr III,
fired a Bulava ballistic missile from beneath the White Sea on Sunday, the Defence Ministry
said.

The missile's warhead struck its target at the Kura test site on the Kamchatka peninsula on
schedule, the ministry said, without further detail.

The shot, which crossed roughly 3,050 nautical miles of Russian territory from the White Sea
to Kamchatka, was the last step in the submarine's state trials before it joins the Pacific
Fleet, TASS reported, citing naval officials.

The Borei-A class boat was built at the Sevmash yard in Severodvinsk and is the seventh of its
type.

The submarine-launched Bulava had a troubled start. Several early flights failed, among them
a December 2009 launch whose spiralling exhaust lit up the night sky over northern Norway.

The test came days after President Vladimir Putin signed a law withdrawing Russia's
ratification of the Comprehensive Nuclear-Test-Ban Tre
""",
    event(
        ML,
        "RU-2023-11-05",
        "RU",
        "2023-11-05",
        cls="SLBM",
        names=("Bulava",),
        site="White Sea",
        landing="Kura test site",
        range_km=5648.6,
        reporters=("Russia MoD", "TASS"),
    ),
    [bg(ML, "RU", "2009-12", "SLBM", ("Bulava",))],
    "Published Monday 2023-11-06; 'on Sunday' = 2023-11-05. Submerged launch in the White Sea "
    "(launch_site 'White Sea'). 'roughly 3,050 nautical miles' x 1.852 = 5,648.6 km, the "
    "distance flown. Class SLBM ('submarine-launched Bulava'). Background: the failed 'December "
    "2009' flight; the other early failures are undated. The treaty law is not a test. "
    "Truncated mid-word.",
)

# b23 -- Iran, IRGC fires Kheibar Shekan missiles late on Monday (2024-01-15).
add(
    "b23",
    "https://levantgulf.example.com/2024/01/16/irgc-kheibar-shekan-idlib",
    "Levant & Gulf Monitor",
    "2024-01-16",
    "Iran's Guards say Kheibar Shekan missiles hit targets in Syria's Idlib",
    """
DUBAI, Jan 16 — Iran's Revolutionary Guards fired a barrage of ballistic missiles late on
Monday at what they called Islamic State positions in northwest Syria and at an alleged spy
headquarters in Iraq's Kurdistan region, Iranian state media reported.

The missiles aimed at Idlib were Kheibar Shekan, launched from Khuzestan province in Iran's
southwest, and they travelled 1,230 km to their targets, the official news agency IRNA said,
quoting a Guards statement. Media close to the Guards pointed out that the distance was
enough to reach Israel.

A second salvo hit near Erbil, killing several civilians, according to the Kurdistan regional
government. Baghdad recalled its ambassador from Tehran.

The Guards said the strikes avenged the Jan. 3 bombings in Kerman, claimed by Islamic State,
which killed nearly 100 people at a memorial for Qassem Soleimani.

Some Western analysts put the distance to Idlib closer to 1,100 km, depending on the exact
launch point.

Iran last fired ballistic missiles across a border in September 2022, when the Guards struck
Kurdish opposition groups in northern Iraq.
""",
    event(
        ML,
        "IR-2024-01-15",
        "IR",
        "2024-01-15",
        count=None,
        qualifier="multiple",
        cls="MRBM",
        names=("Kheibar Shekan",),
        site="Khuzestan",
        landing="Idlib",
        range_km=1230,
        reporters=("IRGC", "IRNA"),
    ),
    [bg(ML, "IR", "2022-09", "ballistic")],
    "TRAP: strikes 'late on Monday' (2024-01-15, Iran time), reported Tuesday 2024-01-16. 'a "
    "barrage' -> count null, 'multiple'. Class from the named system (Kheibar Shekan, ~1,450 km "
    "-> MRBM) over the generic 'ballistic'. CONFLICT: IRNA/IRGC 1,230 km vs analysts' 1,100 "
    "km; the first-stated figure is used. The Erbil salvo is part of the same night's "
    "operation. Landing: the named target area Idlib. The Kerman bombings are not launches. "
    "Background: cross-border missile strikes 'in September 2022'.",
)

# b24 -- NEGATIVE: intelligence briefing predicts a nuclear test.
add(
    "b24",
    "https://policymonitor.example.kr/2022/09/22/nis-briefing-nuclear-test-window",
    "Seoul Policy Monitor",
    "2022-09-22",
    "Spy agency tells lawmakers North Korea could test nuclear device within weeks",
    """
North Korea has finished readying its Punggye-ri site for a seventh nuclear test and could
conduct it between mid-October and early November, South Korea's National Intelligence
Service told a closed-door parliamentary committee on Thursday, according to lawmakers who
were present.

The likeliest window runs from the opening of China's Communist Party congress on Oct. 16 to
the US midterm elections on Nov. 8, two members of the intelligence committee told reporters
after the session.

The agency also said the North might test-fire a submarine-launched ballistic missile, pointing
to activity at the Sinpo shipyard on the east coast.

North Korea has not set off a nuclear device since Sept. 3, 2017, when it exploded what it
called a hydrogen bomb. This year it has fired more than 30 ballistic missiles, including what
it said was a Hwasong-17 ICBM on March 24.

The Joint Chiefs of Staff said no launch had been detected on Thursday.
""",
    None,
    [
        bg(NT, "KP", "2017-09-03", None),
        bg(ML, "KP", "2022-03-24", "ICBM", ("Hwasong-17",)),
    ],
    "NEGATIVE: an intelligence briefing (Thursday 2022-09-22) predicting a nuclear test and "
    "possibly an SLBM launch; speculation only. Background: the nuclear test of Sept. 3, 2017 "
    "and the claimed Hwasong-17 on March 24 (2022). 'more than 30 ballistic missiles' this year "
    "is a checkable aggregate claim; Oct. 16 and Nov. 8 are political dates.",
)

# b25 -- North Korea, Chollima-1 puts Malligyong-1 in orbit late on 2023-11-21 (Tuesday).
add(
    "b25",
    "https://kantowire.example.jp/2023/11/22/malligyong-1-orbit-claim",
    "Kanto Evening Wire",
    "2023-11-22",
    "North Korea claims spy satellite in orbit after late-night launch",
    """
TOKYO/SEOUL, Nov. 22 — North Korea said on Wednesday that it had placed its first military
reconnaissance satellite, Malligyong-1, into orbit with a Chollima-1 rocket fired late on
Tuesday, succeeding at its third try this year.

The rocket lifted off from the Sohae Satellite Launching Station in Cholsan County at 10:42
p.m. and delivered the satellite to orbit 705 seconds later, KCNA said. Leader Kim Jong Un
watched the launch, according to the agency.

Japan's government said the rocket flew over the Okinawa island chain toward the Pacific
shortly before 11 p.m. and that it could not yet confirm whether anything had reached orbit.
The J-Alert system told people in Okinawa to take cover, NHK reported.

Seoul's Joint Chiefs of Staff reported picking up the launch at 10:43 p.m. and said the
satellite appeared to have entered orbit, though it was too early to judge whether it was
working.

The launch followed failures on May 31 and Aug. 24, both blamed on problems with the rocket's
upper stages.

Seoul said it would partly suspend a 2018 inter-Korean military agreement in response.
""",
    event(
        SL,
        "KP-2023-11-21",
        "KP",
        "2023-11-21",
        cls="SLV",
        names=("Chollima-1",),
        site="Sohae",
        landing="over Japan",
        minutes=11.75,
        reporters=("KCNA", "Japan government", "South Korea JCS", "NHK"),
    ),
    [
        bg(SL, "KP", "2023-05-31", "SLV"),
        bg(SL, "KP", "2023-08-24", "SLV"),
    ],
    "TRAP: launched 'late on Tuesday' (10:42 p.m. KST) = 2023-11-21, reported Wednesday "
    "2023-11-22; the date is the day before publication. '705 seconds' from liftoff to orbit = "
    "11.75 min (the flight time to orbit insertion). 'flew over the Okinawa island chain' -> "
    "'over Japan'. Malligyong-1 is the satellite, Chollima-1 the rocket. Background: failed "
    "attempts on May 31 and Aug. 24 (2023). The 2018 agreement is not a launch.",
)

# b26 -- South Korea, Hyunmoo-2 crashes on launch late on 2022-10-04 (Tuesday).
add(
    "b26",
    "https://gangwoncoast.example.kr/2022/10/05/hyunmoo-crash-gangneung",
    "Gangwon Coastal News",
    "2022-10-05",
    "South Korean Hyunmoo missile crashes on launch during show of force",
    """
SEOUL, Oct. 5 — A South Korean Hyunmoo-2 ballistic missile fired late on Tuesday as a warning to
North Korea malfunctioned moments after liftoff and fell inside an air force base
in the eastern city of Gangneung, the Joint Chiefs of Staff said on Wednesday.

No one was hurt and the warhead did not go off, the JCS said. Residents who saw a fireball and
heard a loud bang flooded social media with questions overnight, and the military was
criticised for keeping silent for hours.

The launch was part of a combined drill with US forces, who early on Wednesday joined South
Korean troops in firing four Army Tactical Missile System (ATACMS) missiles, two from each
country, at a simulated target in the East Sea, the JCS said.

The drills answered North Korea's launch on Tuesday morning of an intermediate-range ballistic
missile that flew over northern Japan, the first missile to do so since 2017, before falling
into the Pacific about 4,500 km away.
""",
    event(
        ML,
        "KR-2022-10-04",
        "KR",
        "2022-10-04",
        cls="SRBM",
        names=("Hyunmoo-2",),
        site="Gangneung",
        reporters=("South Korea JCS",),
    ),
    [
        bg(ML, "KR", "2022-10-05", "SRBM", ("ATACMS",)),
        bg(ML, "US", "2022-10-05", "SRBM", ("ATACMS",)),
        bg(ML, "KP", "2022-10-04", "IRBM"),
        bg(ML, "KP", "2017", None),
    ],
    "TRAP: fired 'late on Tuesday' (2022-10-04), disclosed Wednesday 2022-10-05. Failed: it "
    "crashed inside the Gangneung base (launch site Gangneung; no landing, no range). Class from "
    "the named system (Hyunmoo-2 -> SRBM). Also new in this text: the ATACMS firing 'early on "
    "Wednesday' (2022-10-05, two each by South Korea and the US, listed as two events). "
    "Background: North Korea's IRBM 'on Tuesday morning' (2022-10-04; its 4,500 km belongs to "
    "that event) and the implied 2017 overflight ('the first ... since 2017').",
)

# b27 -- Pakistan, Shaheen-III first test (2015-03-09, Monday).
add(
    "b27",
    "https://karachidispatch.example.pk/2015/03/09/shaheen-iii-first-test",
    "Karachi Evening Dispatch",
    "2015-03-09",
    "Pakistan test-fires Shaheen-III, its longest-range missile",
    """
ISLAMABAD: Pakistan on Monday flew the Shaheen-III, a surface-to-surface ballistic missile
that the military says can deliver nuclear and conventional warheads to a range of 2,750
kilometres, for the first time.

The aim was to confirm how the design performs at maximum range, according to a statement
from the Inter-Services Public Relations (ISPR). The missile's impact point lay
in the Arabian Sea, the statement added.

The director general of the Strategic Plans Division, senior officers and scientists watched
the launch.

Defence analysts said the missile's reach would bring all of India, including its Andaman and
Nicobar Islands, within range.

Pakistan's previous long-range test, of the Shaheen-II, took place in November 2014, the ISPR
said.

ALSO READ: Rupee ends flat against dollar in thin trade
""",
    event(
        ML,
        "PK-2015-03-09",
        "PK",
        "2015-03-09",
        cls="MRBM",
        names=("Shaheen-III",),
        landing="Arabian Sea",
        reporters=("ISPR",),
    ),
    [bg(ML, "PK", "2014-11", "MRBM", ("Shaheen-II",))],
    "Published 2015-03-09; 'on Monday' = 2015-03-09. Class from the named system (Shaheen-III "
    "-> MRBM); the text only says 'ballistic'. TRAP: '2,750 kilometres' is the stated "
    "capability ('can deliver ... to a range of'); 'at maximum range' does not give a flown "
    "distance, so range null. Landing Arabian Sea. Background: Shaheen-II 'in November 2014'. "
    "'ALSO READ' is furniture.",
)

# b28 -- NEGATIVE: satellite launch window notified to the Japan Coast Guard.
add(
    "b28",
    "https://okinawamaritime.example.jp/2024/05/27/launch-window-notice",
    "Okinawa Maritime News",
    "2024-05-27",
    "North Korea notifies Japan of satellite launch window through June 3",
    """
North Korea has told Japan it plans to launch a satellite rocket at some point between Monday
and the end of June 3, the Japan Coast Guard said early on Monday, prompting warnings to ships
in the Yellow Sea and in waters east of Luzon in the Philippines.

The coast guard said the notice named three danger zones where rocket stages or debris could
fall: two in the Yellow Sea west of the Korean Peninsula and one in the Pacific east of Luzon.
All three are outside Japan's exclusive economic zone, NHK reported.

Prime Minister Fumio Kishida said Japan was working with the United States and South Korea to
urge Pyongyang to drop the plan, which he said would breach UN resolutions.

It would be the North's first satellite attempt since Nov. 21 last year, when it said it had
put the Malligyong-1 reconnaissance satellite into orbit. Two earlier tries, in May and August
2023, ended in failure.

Kim Jong Un has vowed to launch three more spy satellites this year.
""",
    None,
    [
        bg(SL, "KP", "2023-11-21", "SLV"),
        bg(SL, "KP", "2023-05", "SLV"),
        bg(SL, "KP", "2023-08", "SLV"),
    ],
    "NEGATIVE: a launch window notification (Monday 2024-05-27, window to the end of June 3). "
    "No launch in this text (the launch that night is KP-2024-05-27, reported elsewhere). The "
    "danger zones 'outside Japan's exclusive economic zone' are not a landing. Background: "
    "'Nov. 21 last year' (2023-11-21) and the failures 'in May and August 2023' (month "
    "precision).",
)

# b29 -- India, Agni-Prime first flight (2021-06-28, Monday).
add(
    "b29",
    "https://baybengaltimes.example.in/2021/06/28/agni-prime-first-flight",
    "Bay of Bengal Times",
    "2021-06-28",
    "DRDO flight-tests new-generation Agni-Prime missile off Odisha",
    """
BHUBANESWAR, June 28: India on Monday flight-tested Agni-Prime, a new-generation
nuclear-capable ballistic missile, from Dr APJ Abdul Kalam Island off the Odisha coast, the
Defence Ministry said.

The missile took off at 10:55 a.m. and followed its planned trajectory, meeting all mission
objectives with a high degree of accuracy, the ministry said. Radar and telemetry stations
along the east coast and ships downrange monitored the flight.

Officials said the missile covered more than 1,000 km before its dummy warhead fell into the
Bay of Bengal.

The two-stage, canister-launched missile uses solid fuel and has a range capability of 1,000
to 2,000 km, according to the Defence Research and Development Organisation (DRDO), which
developed it.

Defence Minister Rajnath Singh congratulated the DRDO teams on the result.

The Agni family dates back to a technology demonstrator first flown in May 1989.
""",
    event(
        ML,
        "IN-2021-06-28",
        "IN",
        "2021-06-28",
        cls="MRBM",
        names=("Agni-Prime",),
        site="Abdul Kalam Island",
        landing="Bay of Bengal",
        range_km=1000,
        reporters=("India MoD",),
    ),
    [bg(ML, "IN", "1989-05", None)],
    "Dated June 28; 'on Monday' (10:55 a.m.) = 2021-06-28. Class from the named system "
    "(Agni-Prime -> MRBM); the text only says 'ballistic'. 'more than 1,000 km' flown -> 1000. "
    "TRAP: '1,000 to 2,000 km' is a capability span, not range_km_span. DRDO -> India MoD. "
    "Background: the Agni technology demonstrator 'first flown in May 1989' (no system name "
    "beyond the bare family 'Agni', no class).",
)

# b30 -- North Korea, fifth nuclear test (2016-09-09, Friday), CTBTO and USGS.
add(
    "b30",
    "https://danubescience.example.at/2016/09/09/fifth-north-korean-test-detected",
    "Danube Science Desk",
    "2016-09-09",
    "Monitors detect North Korea's fifth nuclear test, its largest yet",
    """
VIENNA — The international network that listens for nuclear explosions picked up an unusual
seismic event in North Korea on Friday, and Pyongyang soon confirmed it had carried out its
fifth nuclear test, the second this year.

The Comprehensive Nuclear-Test-Ban Treaty Organization said its stations recorded the event at
00:30 GMT, or 9:30 a.m. in Pyongyang, in the same area as the North's earlier tests at
Punggye-ri, and that it appeared larger than January's. The US Geological Survey measured it at
magnitude 5.3.

North Korean state television said the test verified a nuclear warhead that could be mounted on
ballistic rockets. South Korea's defence ministry estimated the yield at about 10 kilotons.

The explosion coincided with the 68th anniversary of the founding of the North Korean state
and came eight months after a Jan. 6 test that Pyongyang described as a hydrogen bomb.
""",
    event(
        NT,
        "KP-2016-09-09",
        "KP",
        "2016-09-09",
        count=None,
        site="Punggye-ri",
        reporters=("CTBTO", "USGS", "KCNA", "South Korea MND"),
    ),
    [bg(NT, "KP", "2016-01-06", None)],
    "Dated Friday 2016-09-09; 9:30 a.m. Pyongyang time (00:30 GMT, same day). Site 'the same "
    "area as the North's earlier tests at Punggye-ri'. Magnitude 5.3 and the 10 kt yield are not "
    "event fields. State television -> KCNA. Background: the 'Jan. 6' (2016) test, also "
    "referred to as 'January's'. The 68th anniversary is not an event.",
)


def main() -> None:
    ids = [article["id"] for article, _ in records]
    assert ids == [f"b{i:02d}" for i in range(1, 31)], ids
    with ARTICLES.open("w", encoding="utf-8") as out:
        for article, _ in records:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    with GOLD.open("w", encoding="utf-8") as out:
        for _, gold in records:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {ARTICLES.name} and {GOLD.name}")


if __name__ == "__main__":
    main()
