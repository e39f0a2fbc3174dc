"""Write part A of the labelled corpus (35 articles, North Korea-heavy) and validate it.

Run from the repository root: `python tests/data/corpus/make_part_a.py`. It rewrites
`part_a.articles.jsonl` and `part_a.gold.jsonl` next to this file and exits non-zero when a check
fails. It is a generator, not a test: pytest does not collect it and no test imports it.

The texts are original wording in the style of wire reports. The facts they carry (dates, local
times, launch areas, ranges, apogees, flight times) follow what South Korea's JCS, Japan's Ministry
of Defense, KCNA and the USGS announced at the time, as summarised in the CSIS Missile Threat and
NTI/CNS North Korea missile test databases and the Wikipedia lists of North Korean missile tests.
Outlet names and URLs are invented (example domains).
"""

# Prose data: each article paragraph stays on one line so the text reads as written.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES_PATH = HERE / "part_a.articles.jsonl"
GOLD_PATH = HERE / "part_a.gold.jsonl"
MILE_KM = 1.609  # CONTRACT section 3: 1 mile = 1.609 km

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAIN_KEYS = (
    "type",
    "event_key",
    "country",
    "date",
    "count",
    "count_qualifier",
    "missile_class",
    "missile_names",
    "launch_site",
    "landing",
    "apogee_km",
    "range_km",
    "flight_time_min",
    "reported_by",
)
CLASSES = {
    "SRBM",
    "MRBM",
    "IRBM",
    "ICBM",
    "SLBM",
    "cruise",
    "hypersonic",
    "ballistic",
    "MLRS",
    "SLV",
}
QUALIFIERS = {"at least", "multiple", "about"}
TYPES = {"missile_launch", "satellite_launch", "nuclear_test"}


def ev(
    key: str,
    *,
    count: int | None = 1,
    qualifier: str | None = None,
    cls: str | None = None,
    names: tuple[str, ...] = (),
    site: str | None = None,
    landing: str | None = None,
    apogee: float | None = None,
    rng: float | None = None,
    minutes: float | None = None,
    by: tuple[str, ...] = (),
    kind: str = "missile_launch",
    range_span: tuple[float, float] | None = None,
    apogee_span: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """Build a gold main event; country and date come from the event key."""
    country, date = key[:2], key[3:13]
    event: dict[str, Any] = {
        "type": kind,
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
        "range_km": rng,
        "flight_time_min": minutes,
        "reported_by": list(by),
    }
    if range_span:
        event["range_km_span"] = list(range_span)
    if apogee_span:
        event["apogee_km_span"] = list(apogee_span)
    return event


def bg(
    date: str,
    cls: str | None,
    names: tuple[str, ...] = (),
    kind: str = "missile_launch",
    country: str = "KP",
) -> dict[str, Any]:
    """Build a background event (date to the precision the text gives)."""
    event: dict[str, Any] = {"type": kind, "country": country, "date": date, "missile_class": cls}
    if names:
        event["missile_names"] = list(names)
    return event


def miles(value: float) -> float:
    """Miles to km, rounded to 0.1 km as the gold records it."""
    return round(value * MILE_KM, 1)


DOMAINS = {
    "Peninsula Wire Service": "news.example.org",
    "Tokyo Morning Ledger": "tml.example.jp",
    "Capitol Desk Daily": "capitoldesk.example.com",
    "Eastasia Newswire": "eastasia-wire.example.net",
    "NewsFlash Now": "newsflashnow.example.com",
    "Coastal Courier": "coastalcourier.example.org",
    "Han River Times": "hanriver.example.kr",
    "Pacific Rim Observer": "pacrim.example.com",
    "Northeast Asia Monitor": "nea-monitor.example.org",
    "Seoul Dispatch": "seouldispatch.example.kr",
    "Korea Strategic Review": "ksr.example.org",
    "Harbor Gazette": "harborgazette.example.com",
    "Defense Line Asia": "defenseline.example.asia",
    "Morning Calm Herald": "morningcalm.example.kr",
    "Globe Affairs Daily": "globeaffairs.example.com",
    "Daybreak Asia": "daybreak.example.asia",
    "Atlantic-Pacific Review": "apreview.example.org",
    "Yellow Sea Post": "yspost.example.kr",
    "Continental Times": "continental.example.com",
    "Heartland Wire": "heartlandwire.example.com",
    "Beltway Ledger": "beltway.example.com",
    "Asia Security Bulletin": "asb.example.org",
    "Capital Region News": "crn.example.kr",
    "Frontier Defence Review": "frontierdefence.example.co.uk",
    "Trend Pulse Daily": "trendpulse.example.com",
    "Gyeonggi Evening Star": "eveningstar.example.kr",
    "Strategic Asia Digest": "sad.example.org",
    "Global Security Courier": "gsc.example.net",
    "Han Gang Daily": "hangang.example.kr",
    "Western Sea Times": "westernsea.example.com",
    "Korea Watch Weekly": "koreawatch.example.org",
    "Evening Meridian": "meridian.example.com",
    "Open Source Intel Review": "osir.example.org",
    "Peninsula Policy Wire": "ppw.example.org",
    "Northern Affairs Journal": "naj.example.net",
}

RECORDS: list[dict[str, Any]] = []


def add(
    aid: str,
    published: str,
    source: str,
    slug: str,
    title: str,
    paragraphs: list[str],
    weekdays: dict[str, str],
    main: dict[str, Any] | None,
    background: list[dict[str, Any]],
    notes: str,
) -> None:
    """Register one article with its gold line; `weekdays` maps each weekday word to its date."""
    url = f"https://{DOMAINS[source]}/{published.replace('-', '/')}/{slug}"
    RECORDS.append(
        {
            "article": {
                "id": aid,
                "url": url,
                "source": source,
                "published": published,
                "title": title,
                "text": "\n".join(paragraphs),
            },
            "gold": {
                "id": aid,
                "main_event": main,
                "other_events_mentioned": background,
                "notes": notes,
            },
            "weekdays": weekdays,
        }
    )


# ---------------------------------------------------------------------------------------------
# Cluster 1: KP-2022-10-04, Hwasong-12 from Jagang Province over Japan (3 articles, one US-dated)
# ---------------------------------------------------------------------------------------------
add(
    "a01",
    "2022-10-04",
    "Peninsula Wire Service",
    "nk-irbm-crosses-japan",
    "N. Korea fires intermediate-range missile over Japan, first in five years",
    [
        "SEOUL, Oct. 4 (Yonhap) -- North Korea fired an intermediate-range ballistic missile that crossed over Japan early Tuesday, South Korea's Joint Chiefs of Staff (JCS) said, the first such overflight by a North Korean missile since 2017.",
        "The missile was launched from the Mupyong-ri area of Jagang Province, near the border with China, at 7:23 a.m. and travelled about 4,500 km at a maximum altitude of around 970 km, reaching a top speed of about Mach 17, according to the JCS.",
        "South Korean and U.S. intelligence authorities were analysing further specifications, the JCS said in a text message to reporters, adding that the military had stepped up surveillance and remained ready to respond.",
        "National Security Office chief Kim Sung-han convened an emergency meeting of the National Security Council, which condemned the launch as a serious provocation and a clear violation of U.N. Security Council resolutions.",
        "The launch was the North's fifth in ten days. On Saturday it fired two short-range ballistic missiles from the Sunan area of Pyongyang, following earlier ballistic missile launches on Sept. 25, 28 and 29.",
        "The last North Korean missile to fly over the Japanese archipelago was a Hwasong-12 that crossed Hokkaido on Sept. 15, 2017.",
        "(END)",
    ],
    {"Tuesday": "2022-10-04", "Saturday": "2022-10-01"},
    ev(
        "KP-2022-10-04",
        cls="IRBM",
        site="Mupyong-ri",
        landing="over Japan",
        apogee=970,
        rng=4500,
        by=("South Korea JCS",),
    ),
    [
        bg("2022-10-01", "SRBM"),
        bg("2022-09-25", "ballistic"),
        bg("2022-09-28", "ballistic"),
        bg("2022-09-29", "ballistic"),
        bg("2017-09-15", "IRBM", ("Hwasong-12",)),
    ],
    "Published 2022-10-04; 'early Tuesday' (7:23 a.m. local) = 2022-10-04. Site: the text names the Mupyong-ri area of Jagang Province; the more specific Mupyong-ri is used (Jagang Province is the province it lies in). 4,500 km / 970 km apogee / Mach 17 are JCS figures (Japan's differ, see a02). '(Yonhap)' is the dateline of the agency's own story, not a cited source, so it is not a reporter; the NSC only condemned. 'first ... since 2017' is the same overflight as the dated Sept. 15, 2017 Hwasong-12 background event. Background: two SRBMs 'On Saturday' = 2022-10-01; launches on Sept. 25, 28 and 29 (2022), each listed once as 'ballistic'. '(END)' is furniture.",
)

add(
    "a02",
    "2022-10-04",
    "Tokyo Morning Ledger",
    "j-alert-missile-aomori",
    "North Korean missile flies over Aomori, lands in Pacific",
    [
        "TOKYO — A ballistic missile launched by North Korea early Tuesday passed over Aomori Prefecture before plunging into the Pacific Ocean, the Japanese government said, setting off the country's J-Alert warning system for the first time in five years.",
        "Chief Cabinet Secretary Hirokazu Matsuno told a news conference that the missile had been in the air for about 22 minutes and came down at 7:44 a.m. roughly 3,200 kilometers east of Japan, outside the country's exclusive economic zone.",
        "Defense Minister Yasukazu Hamada said the missile travelled some 4,600 km, which may be the longest distance ever flown by a North Korean missile, and reached a peak altitude of about 1,000 km. He said it may have been a Hwasong-12 intermediate-range model, a type Pyongyang has flown over Japan before.",
        "East Japan Railway briefly halted bullet trains in the north of the country, and residents of Aomori and parts of Hokkaido were urged to move indoors or into basements. No damage to aircraft or ships was reported.",
        "The government did not try to shoot the missile down because it was not expected to fall on Japanese territory, Hamada said, adding that the ministry was still analysing the trajectory with the United States.",
        "Prime Minister Fumio Kishida condemned the launch as reckless and said Tokyo had lodged a strong protest through its embassy in Beijing.",
        "Unlike most recent North Korean tests, which sent missiles almost straight up so that they dropped into the sea between the Korean Peninsula and Japan, this one flew a flatter, standard path. Analysts said that gave Pyongyang data closer to real combat conditions, and showed it could hit the U.S. island of Guam, roughly 3,400 km from Pyongyang.",
        "READ MORE: What J-Alert does, and what it cannot do",
        "It was the first North Korean missile to cross Japan since September 2017, when a Hwasong-12 overflew Hokkaido.",
    ],
    {"Tuesday": "2022-10-04"},
    ev(
        "KP-2022-10-04",
        cls="IRBM",
        names=("Hwasong-12",),
        landing="over Japan",
        apogee=1000,
        rng=4600,
        minutes=22,
        by=("Japan government", "Japan MoD"),
    ),
    [bg("2017-09", "IRBM", ("Hwasong-12",))],
    "Published 2022-10-04; 'early Tuesday' = 2022-10-04. Japan's figures: about 22 minutes, some 4,600 km, apogee about 1,000 km (South Korea's JCS gave 4,500 km / 970 km, see a01). TRAP: '3,200 kilometers east of Japan' is where it fell, measured from Japan, not the distance flown. Landing: passed over Aomori and fell in the Pacific outside Japan's EEZ; 'over Japan' is used, as for the whole cluster. TRAP: Guam 'roughly 3,400 km from Pyongyang' is a target distance, not range. Name hedged ('may have been a Hwasong-12 intermediate-range model'). Kishida only condemned, so he is not a reporter of facts. 'READ MORE' line is furniture. Background: 'September 2017' Hwasong-12 overflight (month precision).",
)

add(
    "a03",
    "2022-10-03",
    "Capitol Desk Daily",
    "north-korea-missile-over-japan-white-house",
    "North Korea fires missile over Japan; White House calls launch reckless",
    [
        "WASHINGTON — North Korea launched a ballistic missile over Japan on Monday evening Washington time, a sharp escalation that drew swift condemnation from the White House and prompted urgent calls between Tokyo, Seoul and Washington.",
        "The launch took place at 7:22 a.m. Tuesday local time from Jagang Province, in North Korea's mountainous north, according to Japanese and South Korean officials. Seoul's Joint Chiefs of Staff estimated that the missile flew about 4,500 kilometers (2,800 miles), a distance that would put the U.S. territory of Guam within reach if it were fired on a flatter path.",
        "National Security Council spokeswoman Adrienne Watson called the launch reckless and destabilizing, and said the United States would keep consulting closely with its allies. Secretary of State Antony Blinken spoke separately with his Japanese and South Korean counterparts on Monday night.",
        "U.S. Indo-Pacific Command said it was aware of the launch and was consulting with allies and partners.",
        "Analysts said the weapon appeared to be the Hwasong-12, an intermediate-range design that North Korea last fired in January. A 4,500-kilometer (2,800-mile) flight across Japanese territory is a step beyond the lofted tests Pyongyang has favored since 2017, which send missiles high into space so that they fall into the sea short of Japan.",
    ],
    {"Monday": "2022-10-03", "Tuesday": "2022-10-04"},
    ev(
        "KP-2022-10-04",
        cls="IRBM",
        names=("Hwasong-12",),
        site="Jagang Province",
        landing="over Japan",
        rng=4500,
        by=("Japan government", "South Korea government", "South Korea JCS"),
    ),
    [bg("2022-01", "IRBM", ("Hwasong-12",))],
    "TRAP (US date): published 2022-10-03 in Washington ('Monday evening Washington time'); the launch was at '7:22 a.m. Tuesday local time' = 2022-10-04 in Korea, one day after the publication date. 4,500 kilometers (2,800 miles) is stated twice (same figure, one event). TRAP: Guam 'within reach' is a capability, not the distance flown. Reporters: 'Japanese and South Korean officials' and the JCS; the NSC and INDOPACOM only condemned or said they were consulting, so they are not sources of facts. Class from 'intermediate-range design' / Hwasong-12 (hedged name). Background: Hwasong-12 'last fired in January' = 2022-01. 'lofted tests ... since 2017' names no launch.",
)

# ---------------------------------------------------------------------------------------------
# Cluster 2: KP-2023-12-18, Hwasong-18 ICBM; three syndicated copies with small edits
# ---------------------------------------------------------------------------------------------
add(
    "a04",
    "2023-12-18",
    "Eastasia Newswire",
    "north-korea-suspected-icbm-second-launch",
    "North Korea fires suspected ICBM, its second launch in less than a day",
    [
        "North Korea launched a long-range ballistic missile toward the East Sea on Monday morning, South Korea's military said, its second launch in less than 24 hours as Pyongyang lashed out at U.S.-South Korean talks on nuclear deterrence.",
        "The Joint Chiefs of Staff said the missile, believed to be an intercontinental ballistic missile, was detected at 8:24 a.m. after lifting off from the Pyongyang area on a steep trajectory, and that it flew about 1,000 km before splashing down.",
        "Japan's Defense Ministry said the flight lasted about 73 minutes, with the missile climbing higher than 6,000 km before it fell outside Japan's exclusive economic zone, roughly 250 km west of Okushiri Island off Hokkaido.",
        "Tokyo estimated that, depending on the weight of its warhead, the weapon could travel more than 15,000 km, putting all of the U.S. mainland within reach.",
        "Late on Sunday, the North fired a short-range ballistic missile that flew about 570 km from near Pyongyang, days after Washington and Seoul held a meeting of their Nuclear Consultative Group.",
        "Monday's launch was the North's first of a long-range missile since July 12, when it tested the Hwasong-18 solid-fuel ICBM. It put its first military reconnaissance satellite into orbit in November.",
    ],
    {"Monday": "2023-12-18", "Sunday": "2023-12-17"},
    ev(
        "KP-2023-12-18",
        cls="ICBM",
        site="Pyongyang",
        landing="outside Japan EEZ",
        apogee=6000,
        rng=1000,
        minutes=73,
        by=("South Korea military", "South Korea JCS", "Japan MoD"),
    ),
    [
        bg("2023-12-17", "SRBM"),
        bg("2023-07-12", "ICBM", ("Hwasong-18",)),
        bg("2023-11", "SLV", kind="satellite_launch"),
    ],
    "Original wire copy of a syndicated cluster (a04-a06). Published Monday 2023-12-18; 'on Monday morning' (8:24 a.m.) = 2023-12-18. Class ICBM from 'believed to be an intercontinental ballistic missile'. JCS: about 1,000 km; Japan MoD: 73 minutes, higher than 6,000 km, outside the EEZ (the more specific landing is used over 'toward the East Sea'). TRAP: 'more than 15,000 km' is a capability estimate, not range; '250 km west of Okushiri' is a position. Background: SRBM 'Late on Sunday' = 2023-12-17; Hwasong-18 on July 12 (2023); first reconnaissance satellite 'in November' (2023-11). The Nuclear Consultative Group meeting is not a launch.",
)

add(
    "a05",
    "2023-12-18",
    "NewsFlash Now",
    "north-korea-fires-suspected-icbm-second-launch-within-a-day",
    "North Korea Fires Suspected ICBM In Second Launch Within A Day",
    [
        "North Korea Fires Suspected ICBM In Second Launch Within A Day",
        "North Korea launched a long-range ballistic missile towards the East Sea on Monday morning, according to South Korea's military, marking its second launch in under 24 hours as Pyongyang lashed out at U.S.-South Korean talks on nuclear deterrence.",
        "The missile, thought to be an intercontinental ballistic missile, was detected at 8:24 a.m. after lifting off from the Pyongyang area on a steep trajectory, the Joint Chiefs of Staff said, adding it flew about 1,000 km before splashing down.",
        "According to Japan's Defense Ministry, the flight lasted about 73 minutes and the missile climbed higher than 6,000 km before falling outside Japan's exclusive economic zone, about 250 km west of Okushiri Island off Hokkaido.",
        "Depending on the weight of its warhead, the weapon could travel more than 15,000 km, enough to reach the whole of the U.S. mainland, Tokyo estimated.",
        "On Sunday night, North Korea fired a short-range ballistic missile which flew about 570 km from near Pyongyang.",
        "It was the North's first long-range missile launch since July 12, when it tested its Hwasong-18 solid-fuel ICBM. Pyongyang put its first military reconnaissance satellite into orbit in November.",
        "(This story has not been edited by NewsFlash Now staff and is auto-generated from a syndicated feed.)",
    ],
    {"Monday": "2023-12-18", "Sunday": "2023-12-17"},
    ev(
        "KP-2023-12-18",
        cls="ICBM",
        site="Pyongyang",
        landing="outside Japan EEZ",
        apogee=6000,
        rng=1000,
        minutes=73,
        by=("South Korea military", "South Korea JCS", "Japan MoD"),
    ),
    [
        bg("2023-12-17", "SRBM"),
        bg("2023-07-12", "ICBM", ("Hwasong-18",)),
        bg("2023-11", "SLV", kind="satellite_launch"),
    ],
    "Syndicated copy of a04 with small edits, on a content farm. Published 2023-12-18; 'on Monday morning' = 2023-12-18. The headline is repeated as the first line of the text. Same figures as a04: 1,000 km (JCS), 73 minutes and over 6,000 km (Japan MoD), outside the EEZ. TRAP: 15,000 km is a capability. The closing '(This story has not been edited ...)' line is syndication furniture. Background: 'On Sunday night' SRBM = 2023-12-17; Hwasong-18 July 12 (2023); satellite 'in November' (2023-11).",
)

add(
    "a06",
    "2023-12-19",
    "Coastal Courier",
    "nk-test-fires-icbm-after-short-range-launch",
    "N. Korea test-fires ICBM after short-range launch",
    [
        "North Korea launched a long-range ballistic missile toward the East Sea on Monday morning, South Korea's military said, the second launch in less than a day as Pyongyang protested U.S.-South Korean talks on nuclear deterrence.",
        "Advertisement",
        "The Joint Chiefs of Staff said the missile, believed to be an ICBM, was detected at 8:24 a.m. after it lifted off from the Pyongyang area at a steep angle, and it flew around 1,000 km before splashing down.",
        "Japan's Defense Ministry said the flight lasted some 73 minutes, with the missile rising higher than 6,000 km before landing outside Japan's exclusive economic zone, roughly 250 km west of Okushiri Island.",
        "Advertisement",
        "Tokyo estimated that the weapon could fly more than 15,000 km depending on the weight of its warhead, putting the entire U.S. mainland within reach.",
        "Late on Sunday, the North had fired a short-range ballistic missile that flew about 570 km.",
        "North Korea's state media did not immediately report on the launches. The North last launched a long-range missile on July 12, a test of the Hwasong-18 solid-fuel ICBM, and it put a military reconnaissance satellite into orbit for the first time in November.",
    ],
    {"Monday": "2023-12-18", "Sunday": "2023-12-17"},
    ev(
        "KP-2023-12-18",
        cls="ICBM",
        site="Pyongyang",
        landing="outside Japan EEZ",
        apogee=6000,
        rng=1000,
        minutes=73,
        by=("South Korea military", "South Korea JCS", "Japan MoD"),
    ),
    [
        bg("2023-12-17", "SRBM"),
        bg("2023-07-12", "ICBM", ("Hwasong-18",)),
        bg("2023-11", "SLV", kind="satellite_launch"),
    ],
    "Regional copy of a04 with small edits, published a day later: Tuesday 2023-12-19, so 'on Monday morning' = 2023-12-18 (not the publication date) and 'Late on Sunday' = 2023-12-17. 'Advertisement' lines are furniture. 'state media did not immediately report' means KCNA is NOT a reporter here. TRAP: 15,000 km is a capability. Background as in a04: SRBM 2023-12-17, Hwasong-18 on July 12 (2023), first satellite in November (2023-11).",
)

# ---------------------------------------------------------------------------------------------
# Cluster 3: KP-2022-03-24, ICBM from Sunan; JCS vs Japan vs KCNA figures
# ---------------------------------------------------------------------------------------------
add(
    "a07",
    "2022-03-24",
    "Han River Times",
    "north-korea-icbm-ends-moratorium",
    "North Korea fires ICBM, ending moratorium on long-range tests",
    [
        "North Korea on Thursday fired what appeared to be an intercontinental ballistic missile into the East Sea, the South's military said, ending a self-imposed halt on long-range tests that had held since November 2017.",
        "The missile lifted off from the Sunan area of Pyongyang at 2:34 p.m. and flew about 1,080 kilometers at a maximum altitude of more than 6,200 km, the Joint Chiefs of Staff said, according to Yonhap News Agency.",
        "President Moon Jae-in, weeks before leaving office, denounced the launch as a breach of the moratorium that leader Kim Jong Un had promised the international community.",
        "The test came eight days after a suspected ICBM exploded in mid-air shortly after lift-off from the same airfield. North Korea also fired ballistic missiles on Feb. 27 and March 5 in what it described as tests for developing a reconnaissance satellite.",
    ],
    {"Thursday": "2022-03-24"},
    ev(
        "KP-2022-03-24",
        cls="ICBM",
        site="Sunan",
        landing="East Sea",
        apogee=6200,
        rng=1080,
        by=("South Korea military", "South Korea JCS", "Yonhap"),
    ),
    [
        bg("2017-11", "ICBM"),
        bg("2022-03-16", "ICBM"),
        bg("2022-02-27", "ballistic"),
        bg("2022-03-05", "ballistic"),
    ],
    "Published Thursday 2022-03-24; 'on Thursday' (2:34 p.m.) = 2022-03-24. JCS figures via Yonhap: about 1,080 km, apogee more than 6,200 km (Japan: 1,100 km / 71 min, KCNA: 1,090 km / 6,248.5 km, see a08, a09). Moon only denounced. Background: the moratorium 'since November 2017' (the last ICBM test, 2017-11); the failed suspected ICBM 'eight days' earlier = 2022-03-16; ballistic launches on Feb. 27 and March 5 (2022) billed as satellite tests.",
)

add(
    "a08",
    "2022-03-24",
    "Pacific Rim Observer",
    "north-korean-icbm-lands-in-japan-eez",
    "North Korean ICBM falls inside Japan's EEZ after 71-minute flight",
    [
        "A missile launched by North Korea on Thursday afternoon came down inside Japan's exclusive economic zone about 150 kilometers west of the Oshima Peninsula in Hokkaido after a flight of about 71 minutes, Japan's Defense Ministry said.",
        "Defense Minister Nobuo Kishi told reporters the missile climbed well above 6,000 km and covered roughly 1,100 km, numbers that point to a new type of ICBM more capable than the Hwasong-15 that the North fired in November 2017.",
        "Prime Minister Fumio Kishida, in Brussels for an emergency Group of Seven summit on Ukraine, said the launch was unacceptable and that Japan would coordinate its response with the United States and South Korea.",
        "READ MORE: Kishida and Biden to discuss North Korea on summit sidelines",
        "The Japan Coast Guard issued a navigational warning to ships in the area. There were no immediate reports of damage to vessels or aircraft, the ministry said.",
    ],
    {"Thursday": "2022-03-24"},
    ev(
        "KP-2022-03-24",
        cls="ICBM",
        landing="Japan EEZ",
        apogee=6000,
        rng=1100,
        minutes=71,
        by=("Japan MoD", "Japan Coast Guard"),
    ),
    [bg("2017-11", "ICBM", ("Hwasong-15",))],
    "Published 2022-03-24; 'on Thursday afternoon' = 2022-03-24. Japan's figures: 71 minutes, 'well above 6,000 km' (6000), roughly 1,100 km; these disagree with the JCS (1,080 km / 6,200 km, a07) and KCNA (a09). Landed inside Japan's EEZ; '150 kilometers west of the Oshima Peninsula' is a position, not a range. No launch site in the text. Class from 'a new type of ICBM'; the Hwasong-15 is only a comparison, so no name. Kishida only condemned. 'READ MORE' line is furniture. Background: the Hwasong-15 'in November 2017' (2017-11).",
)

add(
    "a09",
    "2022-03-25",
    "Northeast Asia Monitor",
    "kcna-hwasong-17-test",
    "Pyongyang says it tested new Hwasong-17 ICBM",
    [
        "North Korea said on Friday that it had successfully test-fired a new Hwasong-17 intercontinental ballistic missile under the direct guidance of leader Kim Jong Un, a day after the launch set off alarms in Seoul and Tokyo.",
        "The official Korean Central News Agency said the missile rose to a maximum altitude of 6,248.5 km and flew 1,090 km for 4,052 seconds before hitting a preset area in open waters. The launch took place at Pyongyang International Airport, it said.",
        "State television aired footage of Kim, wearing a black leather jacket and sunglasses, walking in front of the huge missile on its launcher vehicle before the liftoff.",
        "South Korea's military had put the apogee at 6,200 km and the distance at 1,080 km, while Japan's Defense Ministry estimated a 71-minute flight.",
        "The Hwasong-17, first shown at a military parade in October 2020, is the largest missile in the North's arsenal. Officials in Seoul believe the March 16 launch that ended in a mid-air explosion over Pyongyang involved the same type.",
    ],
    {"Friday": "2022-03-25"},
    ev(
        "KP-2022-03-24",
        cls="ICBM",
        names=("Hwasong-17",),
        site="Sunan",
        apogee=6248.5,
        rng=1090,
        minutes=67.53,
        by=("KCNA", "South Korea military", "Japan MoD"),
    ),
    [bg("2022-03-16", "ICBM", ("Hwasong-17",))],
    "Published Friday 2022-03-25; KCNA's report came 'a day after the launch' = 2022-03-24 (not the publication date). KCNA figures come first and are used: apogee 6,248.5 km, 1,090 km, 4,052 seconds = 67.53 min; South Korea's 6,200 / 1,080 and Japan's 71 minutes are the conflicting second figures. Site: 'Pyongyang International Airport' is the Sunan airport (canonical Sunan). Landing 'a preset area in open waters' is not a named sea (null). The October 2020 parade is a display, not a launch. Background: the March 16 (2022) mid-air explosion, believed to be the same type (hedged name).",
)

# ---------------------------------------------------------------------------------------------
# Cluster 4: KP-2019-07-25, two KN-23s from near Wonsan; figures revised the next day
# ---------------------------------------------------------------------------------------------
add(
    "a10",
    "2019-07-25",
    "Seoul Dispatch",
    "north-korea-two-short-range-missiles-wonsan",
    "North Korea fires two short-range missiles, first test since Trump meeting",
    [
        "North Korea fired two short-range ballistic missiles off its east coast early Thursday, the South Korean military said, its first weapons test since leader Kim Jong Un met U.S. President Donald Trump at the Demilitarized Zone last month.",
        "The Joint Chiefs of Staff said the missiles were launched from near the port city of Wonsan at 5:34 a.m. and 5:57 a.m. One flew about 430 km and the other about 690 km, and both reached an altitude of roughly 50 km before falling into the sea.",
        "A military official said the second missile appeared to be a new type and that South Korean and U.S. authorities were analysing its flight data.",
        "The North last fired missiles on May 9, when two short-range weapons were launched from Kusong, five days after a May 4 test of rocket launchers and a new short-range missile from the Hodo Peninsula near Wonsan.",
    ],
    {"Thursday": "2019-07-25"},
    ev(
        "KP-2019-07-25",
        count=2,
        cls="SRBM",
        site="Wonsan",
        landing="East Sea",
        apogee=50,
        rng=430,
        by=("South Korea military", "South Korea JCS"),
    ),
    [bg("2019-05-09", "SRBM"), bg("2019-05-04", "SRBM")],
    "Published 2019-07-25; 'early Thursday' (5:34 and 5:57 a.m.) = 2019-07-25. TRAP: two missiles with two distances, 430 km and 690 km; range uses the first-stated 430 (690 in notes; the next day both were revised to about 600 km, see a11). Landing from 'off its east coast'. The June 30, 2019 Trump-Kim meeting ('last month') is not a launch. Background: two short-range weapons on May 9 from Kusong and the May 4 test of rocket launchers and a short-range missile (both 2019, class SRBM).",
)

add(
    "a11",
    "2019-07-26",
    "Korea Strategic Review",
    "kim-oversaw-new-tactical-guided-weapon",
    "Kim oversaw test of 'new-type tactical guided weapon', state media says",
    [
        "26/07/2019",
        "North Korean leader Kim Jong Un personally oversaw Thursday's test of a new-type tactical guided weapon, the North's state media said on Friday, describing the launch as a warning to South Korean hawks who are buying advanced U.S. fighter jets.",
        "The launches, carried out from the Hodo Peninsula near Wonsan, involved two KN-23s, a solid-fuel design that resembles Russia's Iskander, according to analysts who examined photographs released by KCNA.",
        "South Korea's Joint Chiefs of Staff revised its estimate on Friday, saying both weapons had flown about 600 km, rather than the 430 km and 690 km it gave on Thursday. The flattened trajectory, peaking at around 50 km, could make such a weapon harder for missile defenses to intercept, officials said.",
        "Seoul's Defense Ministry urged Pyongyang to stop actions that do not help to ease tension on the peninsula.",
    ],
    {"Thursday": "2019-07-25", "Friday": "2019-07-26"},
    ev(
        "KP-2019-07-25",
        count=2,
        cls="SRBM",
        names=("KN-23",),
        site="Wonsan",
        apogee=50,
        rng=600,
        by=("KCNA", "South Korea JCS"),
    ),
    [],
    "Published Friday 2019-07-26; 'Thursday's test' = 2019-07-25. The leading '26/07/2019' line is a page date (dd/mm/yyyy). TRAP: KN-23 named without a class: class SRBM from the named system. Site: Hodo Peninsula near Wonsan -> Wonsan. Range: the revised 600 km is the first-stated figure here (the superseded 430 / 690 km follow). Apogee about 50 km. Landing not stated. The Defense Ministry only urged restraint, so it is not a reporter.",
)

# ---------------------------------------------------------------------------------------------
# Cluster 5: KP-2021-10-19, SLBM from Sinpo
# ---------------------------------------------------------------------------------------------
add(
    "a12",
    "2021-10-19",
    "Harbor Gazette",
    "north-korea-slbm-sinpo",
    "North Korea fires submarine-launched ballistic missile off Sinpo",
    [
        "North Korea fired a submarine-launched ballistic missile into the sea off its east coast on Tuesday, South Korea's military said, as the top U.S. and South Korean nuclear envoys prepared to meet in Washington.",
        "The Joint Chiefs of Staff said the missile was launched from waters near Sinpo, a port city where the North builds its submarines, at about 10:17 a.m.",
        "In Tokyo, Prime Minister Fumio Kishida, who cut short a campaign trip ahead of the Oct. 31 general election, told reporters that two ballistic missiles had been fired. Japanese officials later said it might have been a single missile. Defense Minister Nobuo Kishi said the weapon may have flown on an irregular trajectory and appeared to have landed outside Japan's exclusive economic zone.",
        "If confirmed, it would be the North's first SLBM test since October 2019, when it fired a Pukguksong-3 from a sea-based platform off Wonsan. Last month it also tested what it called a new hypersonic missile, the Hwasong-8, from Jagang Province.",
    ],
    {"Tuesday": "2021-10-19"},
    ev(
        "KP-2021-10-19",
        cls="SLBM",
        site="Sinpo",
        landing="outside Japan EEZ",
        by=("South Korea military", "South Korea JCS", "Japan PM", "Japan government", "Japan MoD"),
    ),
    [
        bg("2019-10", "SLBM", ("Pukguksong-3",)),
        bg("2021-09", "hypersonic", ("Hwasong-8",)),
    ],
    "Published Tuesday 2021-10-19; 'on Tuesday' (10:17 a.m.) = 2021-10-19. CONFLICT: South Korea reports one missile; Kishida first said two, then officials said it might be one; count uses the first-stated South Korean 'a ... missile' = 1. Landing: outside Japan's EEZ (Kishi), more specific than 'off its east coast'. The Oct. 31 election is not a launch. TRAP: Pukguksong-3 is named without a class in the background (SLBM from the system). Background: Pukguksong-3 'October 2019'; Hwasong-8 'Last month' = 2021-09 (month precision).",
)

add(
    "a13",
    "2021-10-20",
    "Defense Line Asia",
    "new-type-slbm-8-24-yongung",
    "North says new, smaller SLBM fired from '8.24 Yongung' submarine",
    [
        "North Korea said on Wednesday it had test-fired a new, smaller submarine-launched ballistic missile from the same submarine that carried out its first SLBM launch five years ago, hailing the weapon as a leap in its underwater operations.",
        "According to the Korean Central News Agency, the missile was fired from the 8.24 Yongung submarine on Tuesday and uses advanced guidance technology that lets it manoeuvre sideways and skip along its flight path.",
        "Seoul's Joint Chiefs of Staff said the missile flew some 590 kilometres at an altitude of between 50 and 60 km after lifting off from waters off Sinpo.",
        "Analysts noted that it looked like a compact SLBM displayed at a defence exhibition in Pyongyang last week, and that its short range suggested it was meant for smaller submarines that could approach the South's coast.",
        "The submarine is named after the date of its August 24, 2016 launch, which flew about 500 km toward Japan.",
    ],
    {"Wednesday": "2021-10-20", "Tuesday": "2021-10-19"},
    ev(
        "KP-2021-10-19",
        cls="SLBM",
        site="Sinpo",
        apogee=55,
        apogee_span=(50, 60),
        rng=590,
        by=("KCNA", "South Korea JCS"),
    ),
    [bg("2016-08-24", "SLBM")],
    "Published Wednesday 2021-10-20; KCNA says the missile was fired 'on Tuesday' = 2021-10-19. JCS: 'some 590 kilometres'; apogee 'between 50 and 60 km' -> midpoint 55 with apogee_km_span [50, 60]. Landing not stated. The defence exhibition 'last week' is a display, not a launch. Background: the first SLBM launch, 'August 24, 2016' (its 500 km belongs to that event).",
)

# ---------------------------------------------------------------------------------------------
# Cluster 6: KP-2023-08-30, two SRBMs from Sunan just before midnight, reported the next day
# ---------------------------------------------------------------------------------------------
add(
    "a14",
    "2023-08-31",
    "Morning Calm Herald",
    "nk-two-srbms-late-night-sunan",
    "N. Korea fires two short-range ballistic missiles late at night",
    [
        "North Korea fired two short-range ballistic missiles late Wednesday night, South Korea's Joint Chiefs of Staff said Thursday, as South Korean and U.S. forces wrapped up their annual Ulchi Freedom Shield exercise.",
        "The missiles were launched from the Sunan area of Pyongyang between 11:38 p.m. and 11:46 p.m. and flew about 360 km and 340 km respectively before falling into the East Sea, the JCS said. Both reached an altitude of around 50 km.",
        "Japan's Defense Ministry said both missiles landed outside its exclusive economic zone and that no damage had been reported.",
        "The launches came hours after two U.S. B-1B bombers joined a combined air drill over the peninsula, and a week after the North's second failed attempt to put a spy satellite into orbit. The previous launch, on Aug. 24, ended when the rocket's third stage malfunctioned.",
    ],
    {"Wednesday": "2023-08-30", "Thursday": "2023-08-31"},
    ev(
        "KP-2023-08-30",
        count=2,
        cls="SRBM",
        site="Sunan",
        landing="outside Japan EEZ",
        apogee=50,
        rng=360,
        by=("South Korea JCS", "Japan MoD"),
    ),
    [bg("2023-08-24", "SLV", kind="satellite_launch")],
    "TRAP (late-night launch): published Thursday 2023-08-31; fired 'late Wednesday night' between 11:38 and 11:46 p.m. = 2023-08-30, the day before publication. Two distances (about 360 km and 340 km respectively): range uses the first-stated 360. Apogee about 50 km. Landing: outside Japan's EEZ (Japan MoD), more specific than East Sea. Background: the failed satellite launch 'on Aug. 24' (2023), described twice ('a week after ...' and 'The previous launch'); the 'second failed attempt' implies an undated first attempt, not listed. The B-1B drill is not a launch.",
)

add(
    "a15",
    "2023-08-31",
    "Globe Affairs Daily",
    "north-korea-tactical-nuclear-strike-drill",
    "North Korea says late-night launches simulated nuclear strike",
    [
        "North Korea said Thursday that two short-range ballistic missiles it fired shortly before midnight were part of a drill simulating tactical nuclear strikes on South Korean command centres and airfields.",
        "The missiles were launched late yesterday from the Sunan district of the capital, Pyongyang, and flew 211 to 224 miles, according to South Korean officials.",
        "The Korean Central News Agency said the missiles carried dummy nuclear warheads that detonated 400 meters above a target island, a test of the airburst mode the North has used in several recent drills.",
        "KCNA called the exercise a response to the allies' military drills, which it described as a rehearsal for invading the North.",
    ],
    {"Thursday": "2023-08-31"},
    ev(
        "KP-2023-08-30",
        count=2,
        cls="SRBM",
        site="Sunan",
        rng=miles((211 + 224) / 2),
        range_span=(miles(211), miles(224)),
        by=("South Korea government", "KCNA"),
    ),
    [],
    "Published Thursday 2023-08-31; 'late yesterday', 'shortly before midnight' = 2023-08-30. Span in miles: 211 to 224 miles = 339.5 to 360.4 km (1 mile = 1.609 km), midpoint 350.0 km with range_km_span. TRAP: the 400 meter detonation height over the target island is an airburst height, not an apogee (apogee null). Reporters: 'South Korean officials' (South Korea government) and KCNA. No landing sea named.",
)

# ---------------------------------------------------------------------------------------------
# Clusters 7 and 8: same day, KP-2022-11-03 (morning ICBM + 2 SRBMs) and KP-2022-11-03-b
# (three SRBMs at night). a19 reports both.
# ---------------------------------------------------------------------------------------------
add(
    "a16",
    "2022-11-03",
    "Daybreak Asia",
    "north-korea-icbm-morning-launch",
    "North Korea fires suspected ICBM, two short-range missiles",
    [
        "North Korea fired three ballistic missiles on Thursday morning, including one believed to be an intercontinental ballistic missile, a day after it launched a record number of missiles, South Korea's military said.",
        "The long-range missile was launched from the Sunan area of Pyongyang at around 7:40 a.m. and flew about 760 km at an apogee of about 1,920 km and a top speed of Mach 15, the Joint Chiefs of Staff said. About an hour later, at 8:39 a.m., two short-range missiles were fired from Kaechon in South Pyongan Province; they flew some 330 km at an altitude of around 70 km.",
        "Japan's government initially told residents of Miyagi, Yamagata and Niigata prefectures to take cover, saying a missile had passed over the country, but later corrected itself: the missile had not crossed Japan and had disappeared from radar over the Sea of Japan.",
        "On Wednesday the North fired more than 20 missiles, one of which came down south of the de facto inter-Korean maritime border for the first time since the peninsula was divided.",
    ],
    {"Thursday": "2022-11-03", "Wednesday": "2022-11-02"},
    ev(
        "KP-2022-11-03",
        count=3,
        cls="ICBM",
        site="Sunan",
        landing="East Sea",
        apogee=1920,
        rng=760,
        by=("South Korea military", "South Korea JCS", "Japan government"),
    ),
    [bg("2022-11-02", None)],
    "Published Thursday 2022-11-03; 'on Thursday morning' (7:40 a.m.) = 2022-11-03. First of two separate launches that day (the night launch is KP-2022-11-03-b). Count 3 ('three ballistic missiles, including one believed to be an ICBM'), class ICBM (the headline missile), site Sunan (the ICBM's; the two SRBMs came from Kaechon). Figures are the ICBM's: about 760 km, apogee about 1,920 km; the SRBMs' 330 km / 70 km come second. TRAP: Japan's 'passed over the country' was retracted; landing is the Sea of Japan (East Sea), not 'over Japan'. Background: 'more than 20 missiles' 'On Wednesday' = 2022-11-02 (no class).",
)

add(
    "a17",
    "2022-11-03",
    "Atlantic-Pacific Review",
    "suspected-icbm-appears-to-fail",
    "Suspected North Korean ICBM appears to have failed, Seoul says",
    [
        "A suspected North Korean intercontinental ballistic missile launched on Thursday appeared to fail in flight, South Korean military officials told lawmakers, saying its second stage separated normally but the missile then failed to hold its trajectory.",
        "The missile, one of three fired that morning, lifted off from Pyongyang's Sunan district and may have been a Hwasong-17, the North's largest ICBM, Yonhap News Agency reported, citing military officials.",
        "The government in Tokyo had earlier withdrawn an emergency alert that said a missile had flown over its northern prefectures.",
        "In response to the launches, the United States and South Korea extended their Vigilant Storm combined air exercise, which had been due to end on Friday. Pyongyang has called the drills a rehearsal for war.",
    ],
    {"Thursday": "2022-11-03", "Friday": "2022-11-04"},
    ev(
        "KP-2022-11-03",
        count=3,
        cls="ICBM",
        names=("Hwasong-17",),
        site="Sunan",
        by=("South Korea military", "Yonhap", "Japan government"),
    ),
    [],
    "Published 2022-11-03; 'launched on Thursday' = 2022-11-03 (morning launch, same event as a16). Failed launch: 'appeared to fail in flight'. Count 3 from 'one of three fired that morning'. Name hedged ('may have been a Hwasong-17'). TRAP: the alert saying it flew over Japan was withdrawn, so landing is null (not 'over Japan'). Reporters: military officials via Yonhap; Tokyo's corrected alert. 'due to end on Friday' (2022-11-04) concerns the exercise, not a launch.",
)

add(
    "a18",
    "2022-11-03",
    "Yellow Sea Post",
    "nk-three-srbms-thursday-night",
    "N. Korea fires 3 more short-range missiles at night",
    [
        "SEOUL, Nov. 3 (Yonhap) -- North Korea fired three short-range ballistic missiles toward the East Sea on Thursday night, the Joint Chiefs of Staff (JCS) said, its second round of launches of the day.",
        "The JCS said the missiles were fired from the Koksan area of North Hwanghae Province between 9:35 p.m. and 9:49 p.m. They flew about 490 km at an altitude of around 130 km and a speed of about Mach 5.",
        "The evening launches came some 14 hours after the North fired a suspected ICBM and two short-range missiles in the morning.",
        "(END)",
    ],
    {"Thursday": "2022-11-03"},
    ev(
        "KP-2022-11-03-b",
        count=3,
        cls="SRBM",
        site="Koksan",
        landing="East Sea",
        apogee=130,
        rng=490,
        by=("South Korea JCS",),
    ),
    [bg("2022-11-03", "ICBM")],
    "Second launch by North Korea on 2022-11-03 (key suffix -b): 'on Thursday night', 9:35-9:49 p.m. local. Published the same day. Koksan, North Hwanghae Province (Koksan is the specific site; not in every gazetteer). '(Yonhap)' is the dateline of the agency's own story, not a cited source. Background: the morning launch 'some 14 hours' earlier (KP-2022-11-03, suspected ICBM). Short flash report; '(END)' is furniture.",
)

add(
    "a19",
    "2022-11-04",
    "Continental Times",
    "north-korea-icbm-then-night-missiles",
    "North Korea caps day of launches with three night-time missiles",
    [
        "North Korea fired three more short-range ballistic missiles late Thursday, capping a day that began with the launch of a suspected intercontinental ballistic missile that officials in Seoul said appeared to fail.",
        "The night-time missiles were fired from North Hwanghae Province between 9:35 and 9:49 p.m. and flew around 490 km, South Korea's military said.",
        "That morning, at about 7:40, the North had launched the long-range missile from Sunan, near Pyongyang, followed by two short-range missiles from Kaechon. South Korean officials said the ICBM climbed to around 1,920 km but is believed to have broken up after its stages separated.",
        "The barrage followed Wednesday's launches of at least 23 missiles, the most the North has ever fired in a single day.",
    ],
    {"Thursday": "2022-11-03", "Wednesday": "2022-11-02"},
    ev(
        "KP-2022-11-03-b",
        count=3,
        cls="SRBM",
        site="North Hwanghae Province",
        rng=490,
        by=("South Korea military",),
    ),
    [bg("2022-11-03", "ICBM"), bg("2022-11-02", None)],
    "Reports BOTH launches of 2022-11-03 (published Friday 2022-11-04). Main event: the lede's three SRBMs 'late Thursday' (9:35-9:49 p.m.) = KP-2022-11-03-b; the morning suspected ICBM (7:40 a.m., Sunan, failed) is the day's other new event and is listed in other_events_mentioned with its date. TRAP: the 1,920 km altitude belongs to the morning ICBM, not to the main event (apogee null). Background: 'at least 23 missiles' on Wednesday = 2022-11-02 (no class).",
)

add(
    "a20",
    "2022-11-03",
    "Heartland Wire",
    "north-korea-night-missiles-pentagon-talks",
    "North Korea launches three more missiles as allies meet at Pentagon",
    [
        "North Korea launched three short-range ballistic missiles on Thursday night local time, Thursday morning on the U.S. East Coast, extending an unprecedented burst of weapons activity, South Korea's military said.",
        "The missiles, fired from North Hwanghae Province, traveled about 490 kilometers (304 miles) before landing in the sea off the North's east coast, officials in Seoul said. Earlier in the day, the country fired a long-range missile that U.S. and South Korean officials believe was an ICBM.",
        "Share this article",
        "U.S. Defense Secretary Lloyd Austin and South Korean Defense Minister Lee Jong-sup were meeting at the Pentagon for their annual security talks when the latest launches were detected. Austin said the U.S. commitment to defending South Korea was ironclad.",
    ],
    {"Thursday": "2022-11-03"},
    ev(
        "KP-2022-11-03-b",
        count=3,
        cls="SRBM",
        site="North Hwanghae Province",
        landing="East Sea",
        rng=490,
        by=("South Korea military", "South Korea government"),
    ),
    [bg("2022-11-03", "ICBM")],
    "US-dated report published 2022-11-03: 'Thursday night local time, Thursday morning on the U.S. East Coast', so the Korean date is the same day here (9:35 p.m. KST = 8:35 a.m. EDT). Key KP-2022-11-03-b (the night launch). 490 kilometers (304 miles). Landing 'in the sea off the North's east coast' = East Sea. Austin's remark is commentary. 'Share this article' is furniture. Background: the long-range missile 'Earlier in the day' = 2022-11-03 (KP-2022-11-03).",
)

# ---------------------------------------------------------------------------------------------
# Cluster 9: KP-2024-10-31, Hwasong-19; US-dated report the evening before
# ---------------------------------------------------------------------------------------------
add(
    "a21",
    "2024-10-30",
    "Beltway Ledger",
    "north-korea-icbm-before-election",
    "North Korea tests ICBM days before U.S. election",
    [
        "North Korea test-launched an intercontinental ballistic missile on Wednesday evening Washington time, its first such test in nearly a year, days before Americans go to the polls.",
        "The missile lifted off at 7:10 a.m. Thursday local time from near Pyongyang and flew on a steep trajectory into waters off the Korean Peninsula's east coast, South Korea's Joint Chiefs of Staff said. Japan's defense minister, Gen Nakatani, said it stayed aloft for about 86 minutes, the longest flight yet recorded for a North Korean missile, and climbed higher than 7,000 km.",
        "Advertisement",
        "Pentagon spokesman Maj. Gen. Pat Ryder said the U.S. was consulting closely with its allies and that the launch posed no immediate threat to U.S. territory.",
        "The test came as officials in Seoul and Washington said thousands of North Korean troops had been sent to Russia to support its war in Ukraine. The North's last ICBM launch was last December, when it fired a Hwasong-18.",
    ],
    {"Wednesday": "2024-10-30", "Thursday": "2024-10-31"},
    ev(
        "KP-2024-10-31",
        cls="ICBM",
        site="Pyongyang",
        landing="East Sea",
        apogee=7000,
        minutes=86,
        by=("South Korea JCS", "Japan MoD"),
    ),
    [bg("2023-12", "ICBM", ("Hwasong-18",))],
    "TRAP (US date): published 2024-10-30 ('Wednesday evening Washington time'); the launch was at '7:10 a.m. Thursday local time' = 2024-10-31 in Korea, after the publication date. Japan MoD (Nakatani): 86 minutes, higher than 7,000 km; no distance given. Landing 'waters off the Korean Peninsula's east coast' = East Sea. The Pentagon only said it was consulting (not a source of facts). 'Advertisement' is furniture. Background: the Hwasong-18 'last December' = 2023-12.",
)

add(
    "a22",
    "2024-11-01",
    "Asia Security Bulletin",
    "hwasong-19-named",
    "North Korea names new ICBM Hwasong-19",
    [
        "Friday, November 1, 2024",
        "North Korea said on Friday that the missile it fired a day earlier was the Hwasong-19, a new solid-fuel intercontinental ballistic missile that it described as the finished form of its long-range strike weapons.",
        "The Korean Central News Agency said leader Kim Jong Un watched the launch together with his daughter and called it an appropriate answer to rivals who, he said, had raised tension on the peninsula.",
        "According to Japan's Defense Ministry, the missile flew for 86 minutes, reached an altitude above 7,000 km and covered roughly 1,000 km before falling outside Japan's exclusive economic zone, about 200 km west of Okushiri Island.",
        "It was the North's first ICBM test since Dec. 18 last year, when it launched a Hwasong-18.",
    ],
    {"Friday": "2024-11-01"},
    ev(
        "KP-2024-10-31",
        cls="ICBM",
        names=("Hwasong-19",),
        landing="outside Japan EEZ",
        apogee=7000,
        rng=1000,
        minutes=86,
        by=("KCNA", "Japan MoD"),
    ),
    [bg("2023-12-18", "ICBM", ("Hwasong-18",))],
    "Published Friday 2024-11-01 (the leading date line is the page's own stamp and agrees); the missile was fired 'a day earlier' = 2024-10-31. Japan MoD: 86 minutes, above 7,000 km, roughly 1,000 km, outside the EEZ ('200 km west of Okushiri' is a position). No launch site in the text. Background: 'Dec. 18 last year' = 2023-12-18 Hwasong-18.",
)

# ---------------------------------------------------------------------------------------------
# Single-article events
# ---------------------------------------------------------------------------------------------
add(
    "a23",
    "2022-03-16",
    "Capital Region News",
    "nk-missile-explodes-after-liftoff",
    "North Korean missile explodes shortly after liftoff near Pyongyang",
    [
        "A suspected North Korean ballistic missile exploded shortly after liftoff near Pyongyang on Wednesday morning, South Korea's military said, the latest in a rapid series of weapons tests this year.",
        "The Joint Chiefs of Staff said the missile, which it did not identify, was fired from the Sunan area at around 9:30 a.m. and blew up at an altitude of less than 20 kilometers.",
        "Officials in Washington said last week that North Korea had used two earlier launches, on Feb. 27 and March 5, to test parts of a new intercontinental ballistic missile system, the Hwasong-17, while claiming they were for a reconnaissance satellite.",
        "The South's military said it was analyzing the failure with the United States.",
    ],
    {"Wednesday": "2022-03-16"},
    ev(
        "KP-2022-03-16",
        cls="ballistic",
        site="Sunan",
        by=("South Korea military", "South Korea JCS"),
    ),
    [bg("2022-02-27", "ICBM", ("Hwasong-17",)), bg("2022-03-05", "ICBM", ("Hwasong-17",))],
    "Published Wednesday 2022-03-16; 'on Wednesday morning' (9:30 a.m.) = 2022-03-16. Failed launch: 'exploded shortly after liftoff', at an altitude of less than 20 km (a height at the moment of explosion, not an apogee of a completed flight: apogee null). Class only 'ballistic' (the missile was not identified). Background: launches on Feb. 27 and March 5 (2022) that US officials tied to the Hwasong-17 ICBM system. Short article.",
)

add(
    "a24",
    "2022-01-31",
    "Frontier Defence Review",
    "pyongyang-confirms-hwasong-12-test",
    "Pyongyang confirms Hwasong-12 test, seventh launch round of January",
    [
        "North Korea confirmed on Monday that it had test-fired a Hwasong-12 a day earlier, its most powerful launch since it tested the Hwasong-15 in November 2017 and the seventh round of weapons tests this month.",
        "The state news agency KCNA said Sunday's test was meant to verify the accuracy of the weapon system in service, and it released pictures of the Earth taken from space by a camera mounted on the warhead.",
        "South Korea's Joint Chiefs of Staff said the missile was launched at 7:52 a.m. from Jagang Province toward the East Sea, reaching a maximum altitude of about 2,000 km and flying roughly 800 km. Japan's government said it flew for about 30 minutes and fell outside Japan's exclusive economic zone.",
        "Earlier this month the North tested what it called hypersonic missiles from Jagang on Jan. 5 and Jan. 11, fired two short-range ballistic missiles from Pyongyang's Sunan airport on Jan. 17 and launched two cruise missiles on Jan. 25.",
        "State media made no mention of leader Kim Jong Un attending the launch, unlike the two hypersonic tests earlier in the month.",
        "The Hwasong-12 was first flown successfully in May 2017, when the North fired one from Kusong to an altitude of more than 2,000 km. Its return marks a shift from the short-range and hypersonic weapons the North had tested since it began its run of launches at the start of the month.",
        "Analysts said the choice of a lofted trajectory, which kept the missile from crossing Japan, suggested Pyongyang was testing the limits of its moratorium on long-range launches without formally breaking it. At a Politburo meeting on Jan. 19, the ruling party said it would consider restarting all activities it had paused, a reference to nuclear and ICBM tests halted since 2018.",
        "The United States, which imposed new sanctions on North Korean officials over this month's earlier launches, said it remained open to talks without preconditions, while calling on the North to stop destabilising actions.",
    ],
    {"Monday": "2022-01-31", "Sunday": "2022-01-30"},
    ev(
        "KP-2022-01-30",
        cls="IRBM",
        names=("Hwasong-12",),
        site="Jagang Province",
        landing="outside Japan EEZ",
        apogee=2000,
        rng=800,
        minutes=30,
        by=("KCNA", "South Korea JCS", "Japan government"),
    ),
    [
        bg("2017-11", "ICBM", ("Hwasong-15",)),
        bg("2022-01-05", "hypersonic"),
        bg("2022-01-11", "hypersonic"),
        bg("2022-01-17", "SRBM"),
        bg("2022-01-25", "cruise"),
        bg("2017-05", "IRBM", ("Hwasong-12",)),
    ],
    "TRAP (confirmation date): published Monday 2022-01-31, when KCNA confirmed the test; the launch was 'a day earlier', 'Sunday's test' = 2022-01-30. TRAP: Hwasong-12 named without a class: IRBM from the named system. JCS: about 2,000 km apogee, roughly 800 km; Japan: about 30 minutes, outside its EEZ (more specific than 'toward the East Sea'). 'seventh round of weapons tests this month' is a checkable aggregate claim. Background: Hwasong-15 'November 2017'; hypersonic missiles Jan. 5 and Jan. 11, two SRBMs Jan. 17 (Sunan), two cruise missiles Jan. 25 (all 2022). The Jan. 14 and Jan. 27 rounds are not mentioned. Hwasong-12 'first flown successfully in May 2017' (2017-05; its 2,000 km altitude belongs to that flight). The Jan. 19 Politburo meeting and the 2018 moratorium are not launches.",
)

add(
    "a25",
    "2022-06-05",
    "Trend Pulse Daily",
    "north-korea-eight-missiles-one-morning",
    "North Korea Launches Eight Ballistic Missiles In A Single Morning",
    [
        "Advertisment",
        "North Korea fired eight short-range ballistic missiles on Sunday from four different locations, South Korea's Joint Chiefs of Staff said, in what appears to be the largest number of ballistic missiles the country has ever launched in a single day.",
        "The missiles were fired over about 35 minutes from 9:08 a.m. from the Sunan area of Pyongyang, Kaechon in South Pyongan Province, Tongchang-ri in North Pyongan Province and Hamhung on the east coast.",
        "Advertisment",
        "They flew between 110 and 670 kilometers at altitudes of 25 to 90 kilometers, the JCS said. Japan's Ministry of Defense said it had detected at least six missiles.",
        "The barrage came a day after the U.S. aircraft carrier Ronald Reagan finished three days of drills with the South Korean navy in waters off Okinawa.",
        "Earlier this year, North Korea fired an intercontinental ballistic missile on March 24 and, most recently, three missiles including an ICBM on May 25.",
        "Advertisment",
    ],
    {"Sunday": "2022-06-05"},
    ev(
        "KP-2022-06-05",
        count=8,
        cls="SRBM",
        site="Sunan",
        apogee=57.5,
        apogee_span=(25, 90),
        rng=390,
        range_span=(110, 670),
        by=("South Korea JCS", "Japan MoD"),
    ),
    [bg("2022-03-24", "ICBM"), bg("2022-05-25", "ICBM")],
    "Content-farm style; published Sunday 2022-06-05; 'on Sunday' = 2022-06-05. 'Advertisment' (sic) lines are furniture. Four launch areas: site uses the first named, Sunan (Tongchang-ri = Sohae is another). Spans: 'between 110 and 670 kilometers' -> range 390 with range_km_span [110, 670]; 'altitudes of 25 to 90 kilometers' -> apogee 57.5 with apogee_km_span [25, 90]. CONFLICT: Japan says 'at least six'; count uses the first-stated eight. No landing sea named. The carrier drills are not launches. Background ('Earlier this year'): ICBM on March 24 and three missiles including an ICBM on May 25 (2022).",
)

add(
    "a26",
    "2023-05-31",
    "Gyeonggi Evening Star",
    "spy-satellite-rocket-crashes-yellow-sea",
    "North Korea's spy satellite rocket crashes into the sea",
    [
        "North Korea's attempt to put its first military spy satellite into orbit failed on Wednesday when the rocket crashed into the sea off the Korean Peninsula's west coast, the North's state media acknowledged in an unusually quick admission.",
        "The new Chollima-1 carrier rocket lost thrust after its second-stage engine started abnormally, KCNA said, adding that scientists would look into the serious defect and prepare a second launch as soon as possible.",
        "South Korea's Joint Chiefs of Staff said the rocket was launched from Tongchang-ri in North Pyongan Province at 6:29 a.m. and vanished from radar after flying over waters near Eocheong Island. Its debris fell into the Yellow Sea about 200 km west of the island, and the South Korean navy salvaged a large cylindrical object believed to be part of it.",
        "The launch set off an air raid alert in Seoul that the interior ministry later said had been issued in error. Japan briefly activated its J-Alert warning system for Okinawa.",
        "It was the North's first satellite launch attempt since February 2016, when it put an earth observation satellite into orbit.",
    ],
    {"Wednesday": "2023-05-31"},
    ev(
        "KP-2023-05-31",
        cls="SLV",
        names=("Chollima-1",),
        site="Sohae",
        landing="Yellow Sea",
        kind="satellite_launch",
        by=("KCNA", "South Korea JCS"),
    ),
    [bg("2016-02", "SLV", kind="satellite_launch")],
    "Published Wednesday 2023-05-31; 'on Wednesday' (6:29 a.m.) = 2023-05-31. Failed satellite launch: 'crashed into the sea', debris in the Yellow Sea ('200 km west of the island' is a position). Site: Tongchang-ri -> canonical Sohae. Chollima-1 is the launcher (SLV). The Seoul alert and Japan's J-Alert activation carry no facts about the flight, so the interior ministry and Japan are not reporters. Background: satellite launch 'February 2016'.",
)

add(
    "a27",
    "2023-04-14",
    "Strategic Asia Digest",
    "hwasong-18-first-test",
    "North Korea says it tested new Hwasong-18 solid-fuel ICBM",
    [
        "North Korea said on Friday it had conducted the first test flight of the Hwasong-18 solid-fuel ICBM, a new weapon that leader Kim Jong Un said would drastically strengthen the country's nuclear counterattack posture.",
        "State media said Thursday's launch used a staged flight profile so that the missile would not threaten the safety of neighbouring countries, and that its first stage fell into waters off the east coast.",
        "South Korea's military said the missile took off close to Pyongyang at about 7:23 a.m. and flew some 1,000 km before falling into the East Sea. Japan initially told residents of Hokkaido to take cover, then withdrew the warning after concluding the missile would not come down near its territory.",
        "Solid-fuel missiles can be fuelled in advance and launched at much shorter notice than the liquid-fuelled Hwasong-15 and Hwasong-17, giving the allies less time to spot preparations. The North's previous ICBM launch was on March 16, when it fired a Hwasong-17 hours before the South Korean president flew to Tokyo.",
    ],
    {"Friday": "2023-04-14", "Thursday": "2023-04-13"},
    ev(
        "KP-2023-04-13",
        cls="ICBM",
        names=("Hwasong-18",),
        site="Pyongyang",
        landing="East Sea",
        rng=1000,
        by=("KCNA", "South Korea military"),
    ),
    [bg("2023-03-16", "ICBM", ("Hwasong-17",))],
    "TRAP (confirmation date): published Friday 2023-04-14 (state media's report); 'Thursday's launch' (7:23 a.m.) = 2023-04-13. 'Hwasong-18 solid-fuel ICBM'. 'close to Pyongyang' -> Pyongyang. 'some 1,000 km' into the East Sea ('first stage fell into waters off the east coast' is stage debris). Japan's withdrawn Hokkaido warning gives no launch facts, so Japan is not a reporter. The Hwasong-15 is mentioned only as a type. Background: the Hwasong-17 'on March 16' (2023).",
)

add(
    "a28",
    "2016-09-09",
    "Global Security Courier",
    "north-korea-fifth-nuclear-test",
    "North Korea conducts fifth nuclear test on founding anniversary",
    [
        "North Korea conducted its fifth nuclear test on Friday, the anniversary of the country's founding, setting off an artificial earthquake near its Punggye-ri test site in the northeast, South Korean officials said.",
        "The U.S. Geological Survey recorded a magnitude 5.3 event at 9:30 a.m. local time at a shallow depth. South Korea's Korea Meteorological Administration measured it at magnitude 5.0 and estimated the yield at about 10 kilotons, which would make it the North's most powerful test to date.",
        "North Korean state television said a nuclear warhead had been tested successfully and that the country could now produce warheads small enough to mount on ballistic rockets.",
        "President Park Geun-hye, attending a summit in Laos, cut short her trip and called for stronger sanctions.",
        "It was the North's second nuclear test of the year, after it detonated what it called a hydrogen bomb on Jan. 6. On Monday it fired three ballistic missiles that fell into waters inside Japan's exclusive economic zone.",
    ],
    {"Friday": "2016-09-09", "Monday": "2016-09-05"},
    ev(
        "KP-2016-09-09",
        count=None,
        site="Punggye-ri",
        kind="nuclear_test",
        by=("South Korea government", "USGS", "South Korea KMA", "KCNA"),
    ),
    [bg("2016-01-06", None, kind="nuclear_test"), bg("2016-09-05", "ballistic")],
    "Published Friday 2016-09-09; 'on Friday' (9:30 a.m. local) = 2016-09-09. Nuclear test: count and class null, test site Punggye-ri as launch_site. USGS magnitude 5.3, KMA 5.0, about 10 kilotons (South Korea's estimate); none of these is a range or apogee. Reporters: South Korean officials, USGS, KMA, North Korean state television (KCNA). Park only called for sanctions. Background: the 'hydrogen bomb' test on Jan. 6 (2016) and three ballistic missiles 'On Monday' = 2016-09-05 (their landing belongs to that event).",
)

add(
    "a29",
    "2023-03-16",
    "Han Gang Daily",
    "nk-icbm-before-yoon-tokyo-trip",
    "",
    [
        "2023.03.16 09:12",
        "Photo : YONHAP News",
        "North Korea fired a long-range ballistic missile, presumed to be an ICBM, into the East Sea on Thursday morning, hours before President Yoon Suk Yeol was due to leave for Tokyo for the first bilateral summit between the two countries' leaders in 12 years.",
        "According to the JCS, the missile was launched from the Sunan area at 7:10 a.m. and flew about 1,000 km on a lofted trajectory. Japanese officials said it came down outside Japan's exclusive economic zone after a flight of about 70 minutes, having reached an apogee of roughly 6,000 km.",
        "The launch followed the firing of two short-range ballistic missiles on Tuesday and of two strategic cruise missiles from a submarine on Sunday. It was the North's first ICBM launch since Feb. 18, when it test-fired a Hwasong-15.",
        "Last June, the North fired eight short-range missiles in a single morning, its largest one-day salvo at the time.",
    ],
    {"Thursday": "2023-03-16", "Tuesday": "2023-03-14", "Sunday": "2023-03-12"},
    ev(
        "KP-2023-03-16",
        cls="ICBM",
        site="Sunan",
        landing="outside Japan EEZ",
        apogee=6000,
        rng=1000,
        minutes=70,
        by=("South Korea JCS", "Japan government"),
    ),
    [
        bg("2023-03-14", "SRBM"),
        bg("2023-03-12", "cruise"),
        bg("2023-02-18", "ICBM", ("Hwasong-15",)),
        bg("2022-06", "SRBM"),
    ],
    "Published Thursday 2023-03-16 (the leading page time stamp '2023.03.16 09:12' and the 'Photo : YONHAP News' caption line are furniture; Yonhap is only the photo credit, not a reporter; no title). 'on Thursday morning' (7:10 a.m.) = 2023-03-16. Class ICBM from 'presumed to be an ICBM'. JCS: about 1,000 km; Japanese officials: about 70 minutes, apogee roughly 6,000 km, outside the EEZ (more specific than East Sea). The Yoon-Kishida summit is not a launch. Background: two SRBMs 'on Tuesday' = 2023-03-14; two cruise missiles from a submarine 'on Sunday' = 2023-03-12; Hwasong-15 on Feb. 18 (2023); eight SRBMs 'Last June' = 2022-06 (month precision).",
)

add(
    "a30",
    "2024-01-24",
    "Western Sea Times",
    "north-korea-cruise-missiles-yellow-sea",
    "North Korea fires several cruise missiles over Yellow Sea",
    [
        "North Korea fired several cruise missiles over the Yellow Sea on Wednesday morning, South Korea's Joint Chiefs of Staff said, the latest in a string of weapons tests since the start of the year.",
        "The JCS said it detected the launches at around 7 a.m. and that South Korean and U.S. intelligence authorities were analysing the details. It did not say how far the missiles had flown.",
        "ALSO READ: North Korea says it tested underwater nuclear weapon system",
        "The launch follows last month's ICBM launch and a Jan. 14 test of what Pyongyang called a solid-fuel intermediate-range missile tipped with a hypersonic warhead. Earlier in January, the North fired some 200 artillery rounds into waters near the South's Yeonpyeong Island.",
        "Cruise missile launches are not banned by U.N. Security Council resolutions, unlike tests of ballistic missiles.",
    ],
    {"Wednesday": "2024-01-24"},
    ev(
        "KP-2024-01-24",
        count=None,
        qualifier="multiple",
        cls="cruise",
        landing="Yellow Sea",
        by=("South Korea JCS",),
    ),
    [bg("2023-12", "ICBM"), bg("2024-01-14", "IRBM")],
    "Published Wednesday 2024-01-24; 'on Wednesday morning' (around 7 a.m.) = 2024-01-24. 'several cruise missiles' -> count null, qualifier 'multiple'. No launch site; 'over the Yellow Sea' is where they flew (landing). TRAP: the 'ALSO READ' line is another story's headline (an underwater weapon test), not an event of this article. Background: 'last month's ICBM launch' = 2023-12 (month precision); 'a Jan. 14 test' of a solid-fuel intermediate-range missile with a hypersonic warhead = 2024-01-14, class IRBM. Artillery rounds are not missile launches.",
)

add(
    "a31",
    "2022-10-09",
    "Korea Watch Weekly",
    "north-korea-srbms-munchon-sunday",
    "North Korea fires two ballistic missiles in early-hours launch",
    [
        "North Korea fired two short-range ballistic missiles early on Sunday, South Korea's military said, its seventh round of launches in just over two weeks.",
        "The missiles were fired from the Munchon area on the east coast between 1:48 a.m. and 1:58 a.m. and flew about 350 km at an apogee of around 90 km before splashing down in the East Sea.",
        "The launch followed Thursday's firing of two short-range missiles and Tuesday's intermediate-range missile that flew over Japan, which sent residents of the country's north scrambling for shelter.",
        "A U.S. aircraft carrier group returned to waters east of the peninsula this week in response to the overflight.",
    ],
    {"Sunday": "2022-10-09", "Thursday": "2022-10-06", "Tuesday": "2022-10-04"},
    ev(
        "KP-2022-10-09",
        count=2,
        cls="SRBM",
        site="Munchon",
        landing="East Sea",
        apogee=90,
        rng=350,
        by=("South Korea military",),
    ),
    [bg("2022-10-06", "SRBM"), bg("2022-10-04", "IRBM")],
    "Published Sunday 2022-10-09; 'early on Sunday' (1:48-1:58 a.m.) = 2022-10-09. Munchon (Kangwon Province). 'seventh round ... in just over two weeks' is a checkable claim. Background: two short-range missiles 'Thursday' = 2022-10-06 and the intermediate-range missile over Japan 'Tuesday' = 2022-10-04 (the a01-a03 event, mentioned here as background). The carrier's return is not a launch.",
)

add(
    "a32",
    "2017-11-29",
    "Evening Meridian",
    "hwasong-15-highest-flight",
    "North Korea fires Hwasong-15 ICBM, its highest flight yet",
    [
        "North Korea fired an intercontinental ballistic missile early Wednesday that flew higher than any it had launched before, then declared that it had completed its quest to become a nuclear state.",
        "The missile, which the North later identified as a new Hwasong-15, was fired from Pyongsong, north of Pyongyang, at 3:17 a.m. and flew about 960 km, reaching an altitude of about 4,500 km, South Korea's Joint Chiefs of Staff said. Japanese officials said it flew for about 53 minutes before landing in the Sea of Japan, inside Japan's exclusive economic zone.",
        "The Korean Central News Agency put the peak altitude at 4,475 km and the distance at 950 km, and claimed the weapon could strike the whole of the U.S. mainland.",
        "U.S. Defense Secretary Jim Mattis told reporters at the Pentagon that the missile had climbed higher than any previous North Korean shot.",
        "Experts said that on a normal trajectory the missile could have travelled more than 13,000 km, enough to put Washington within range, although it remained unclear whether the North had mastered a warhead able to survive re-entry into the atmosphere.",
        "The launch came a week after President Donald Trump returned North Korea to the U.S. list of state sponsors of terrorism, and it ended a pause of more than two months in the North's testing that some officials had hoped signalled an opening for talks.",
        "It was the North's first launch since Sept. 15, when a Hwasong-12 flew over Hokkaido, and its third ICBM test this year after two Hwasong-14 launches in July.",
    ],
    {"Wednesday": "2017-11-29"},
    ev(
        "KP-2017-11-29",
        cls="ICBM",
        names=("Hwasong-15",),
        site="Pyongsong",
        landing="Japan EEZ",
        apogee=4500,
        rng=960,
        minutes=53,
        by=("South Korea JCS", "Japan government", "KCNA", "US DoD"),
    ),
    [
        bg("2017-09-15", "IRBM", ("Hwasong-12",)),
        bg("2017-07", "ICBM", ("Hwasong-14",)),
        bg("2017-07", "ICBM", ("Hwasong-14",)),
    ],
    "Published Wednesday 2017-11-29; 'early Wednesday' (3:17 a.m.) = 2017-11-29. CONFLICT: JCS about 960 km / 4,500 km (first stated, used); KCNA 950 km / 4,475 km. Japan: about 53 minutes, inside its EEZ (more specific than 'Sea of Japan'). TRAP: 'could strike the whole of the U.S. mainland' and 'more than 13,000 km' on a normal trajectory are capability claims, not range. Mattis (Pentagon) gave a fact about the altitude, so US DoD is a reporter. Background: Hwasong-12 over Hokkaido 'Sept. 15' (2017); 'two Hwasong-14 launches in July' (2017-07, two events, month precision).",
)

# ---------------------------------------------------------------------------------------------
# Negatives: imagery of preparations, a threatening statement, a parade
# ---------------------------------------------------------------------------------------------
add(
    "a33",
    "2024-05-02",
    "Open Source Intel Review",
    "sohae-imagery-launch-preparations",
    "Imagery shows new work at Sohae as North prepares next satellite bid",
    [
        "Satellite images taken this week show a burst of construction at North Korea's main space launch centre, suggesting the country may be getting ready for another attempt to put a spy satellite into orbit, analysts said on Thursday.",
        "Commercial imagery of the Sohae Satellite Launching Station at Tongchang-ri shows a new assembly building beside the coastal launch pad, fresh earthworks along the service roads and a crane parked next to the launch tower, activity that has preceded earlier launches.",
        "North Korea placed its first reconnaissance satellite, Malligyong-1, into orbit on Nov. 21 after two failures last year: a Chollima-1 rocket plunged into the Yellow Sea on May 31, and a second attempt on Aug. 24 failed when the third stage malfunctioned.",
        "Pyongyang has said it plans to launch three more military satellites this year. Its most recent weapons test, on April 22, was a simulated nuclear counterattack drill using super-large multiple rocket launchers.",
        "Sohae, on the west coast near the border with China, has hosted every North Korean satellite launch since 2012, including the December 2012 flight of an Unha-3 rocket that gave the country its first object in orbit.",
        "The analysts cautioned that construction alone does not mean a launch is imminent. Before its three attempts last year, the North moved rocket stages to the pad only days ahead of time and notified Japan's coast guard of a launch window, and no such notice has been issued yet.",
        "South Korean officials have said Russia may be helping the North with its satellite programme, in return for artillery shells and other munitions sent for the war in Ukraine.",
    ],
    {"Thursday": "2024-05-02"},
    None,
    [
        bg("2023-11-21", "SLV", kind="satellite_launch"),
        bg("2023-05-31", "SLV", ("Chollima-1",), kind="satellite_launch"),
        bg("2023-08-24", "SLV", kind="satellite_launch"),
        bg("2024-04-22", "MLRS"),
        bg("2012-12", "SLV", ("Unha-3",), kind="satellite_launch"),
    ],
    "NEGATIVE: analysis of commercial satellite imagery showing launch preparations at Sohae (Tongchang-ri), published Thursday 2024-05-02; nothing has been launched. Background: Malligyong-1 placed into orbit 'on Nov. 21' (2023-11-21; Malligyong-1 is the satellite, not the launcher); 'two failures last year': Chollima-1 on May 31 and the Aug. 24 attempt (2023); the super-large multiple rocket launcher drill 'on April 22' (2024-04-22, MLRS); the Unha-3 satellite launch in 'December 2012' (2012-12). 'every ... satellite launch since 2012' and 'three attempts last year' are aggregates already covered by the dated events. The launch-window notice is hypothetical here.",
)

add(
    "a34",
    "2023-07-11",
    "Peninsula Policy Wire",
    "kim-yo-jong-warns-spy-planes",
    "Kim Yo Jong threatens to shoot down U.S. spy planes",
    [
        "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned on Tuesday that U.S. reconnaissance aircraft flying near the North's coast could be shot down, and that Pyongyang would respond with stronger military action if the flights continued.",
        "In her second statement in two days, carried by the Korean Central News Agency, she accused a U.S. Air Force RQ-4 Global Hawk of intruding into the airspace above the North's exclusive economic zone on Monday.",
        "No launch accompanied the statements, but South Korean officials said they were watching for signs that the North could test a long-range missile in the coming days.",
        "The North fired two short-range ballistic missiles on June 15, two weeks after an attempt to launch a reconnaissance satellite failed on May 31. Its new solid-fuel Hwasong-18 ICBM was first flight-tested in April.",
    ],
    {"Tuesday": "2023-07-11", "Monday": "2023-07-10"},
    None,
    [
        bg("2023-06-15", "SRBM"),
        bg("2023-05-31", "SLV", kind="satellite_launch"),
        bg("2023-04", "ICBM", ("Hwasong-18",)),
    ],
    "NEGATIVE: a statement threatening military action (published Tuesday 2023-07-11); no launch. The 'Monday' (2023-07-10) flight is a US reconnaissance flight, not a launch. The possible upcoming long-range test is a prediction. Background: two SRBMs on June 15, the failed satellite launch on May 31 (2023), and the Hwasong-18's first flight 'in April' (2023-04, month precision).",
)

add(
    "a35",
    "2023-07-28",
    "Northern Affairs Journal",
    "victory-day-parade-hwasong-18",
    "North Korea parades new ICBMs as Russian defence minister looks on",
    [
        "North Korea paraded its newest solid-fuel intercontinental ballistic missiles and a pair of new military drones through Pyongyang late on Thursday, as Russian Defence Minister Sergei Shoigu and a Chinese delegation watched from the reviewing stand beside Kim Jong Un.",
        "The night-time procession marked the 70th anniversary of the armistice that halted the 1950-53 Korean War, which the North celebrates as Victory Day. State media on Friday showed Hwasong-18 and Hwasong-17 missiles rolling through Kim Il Sung Square on their launch vehicles.",
        "The Hwasong-18 was last launched on July 12 on a flight that lasted 74 minutes, the longest recorded for a North Korean missile at the time. Last week the North also fired cruise missiles into the Yellow Sea, and on Monday, just before midnight, it launched two short-range ballistic missiles toward the East Sea.",
        "No weapons were fired during Thursday's event.",
    ],
    {"Thursday": "2023-07-27", "Friday": "2023-07-28", "Monday": "2023-07-24"},
    None,
    [
        bg("2023-07-12", "ICBM", ("Hwasong-18",)),
        bg("2023-07", "cruise"),
        bg("2023-07-24", "SRBM"),
    ],
    "NEGATIVE: military parade 'late on Thursday' (2023-07-27), reported Friday 2023-07-28; missiles displayed, not launched. Background: Hwasong-18 'on July 12' (2023; its 74 minutes belong to that event); cruise missiles 'Last week' = 2023-07 (relative reckoning, month precision); two SRBMs 'on Monday, just before midnight' = 2023-07-24.",
)


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEY_RE = re.compile(r"^([A-Z]{2})-(\d{4}-\d{2}-\d{2})(-[b-z])?$")


def _valid_date(text: str) -> bool:
    """True when `text` is YYYY, YYYY-MM or a real YYYY-MM-DD."""
    if not DATE_RE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        try:
            dt.date(*parts)
        except ValueError:
            return False
    elif len(parts) == 2:
        return 1 <= parts[1] <= 12
    return True


def _sentences(text: str) -> list[str]:
    """Sentences of at least five words (furniture lines are shorter and may repeat)."""
    found = []
    for paragraph in text.split("\n"):
        for sentence in SENTENCE_RE.split(paragraph.strip()):
            if len(sentence.split()) >= 5:
                found.append(" ".join(sentence.split()))
    return found


def _check_record(record: dict[str, Any], errors: list[str]) -> None:
    """Check one article and its gold line; append readable errors."""
    article, gold = record["article"], record["gold"]
    aid = article["id"]
    published = dt.date.fromisoformat(article["published"])
    text = article["text"]
    words = len(text.split())
    if not 80 <= words <= 400:
        errors.append(f"{aid}: {words} words, outside 80-400")
    named = set(WEEKDAY_RE.findall(text))
    mapped = record["weekdays"]
    if named != set(mapped):
        errors.append(f"{aid}: weekdays in text {sorted(named)} != mapped {sorted(mapped)}")
    for word, date in mapped.items():
        day = dt.date.fromisoformat(date)
        if WEEKDAYS[day.weekday()] != word:
            errors.append(f"{aid}: {word} mapped to {date}, a {WEEKDAYS[day.weekday()]}")
        if not -7 <= (day - published).days <= 1:
            errors.append(f"{aid}: {word} {date} too far from published {published}")
    main = gold["main_event"]
    if main is not None:
        if tuple(main)[: len(MAIN_KEYS)] != MAIN_KEYS:
            errors.append(f"{aid}: main_event keys {list(main)}")
        match = KEY_RE.match(main["event_key"])
        if not match or match.group(1) != main["country"] or match.group(2) != main["date"]:
            errors.append(f"{aid}: event_key {main['event_key']} disagrees with country/date")
        if not _valid_date(main["date"]) or len(main["date"]) != 10:
            errors.append(f"{aid}: bad main date {main['date']}")
        # A new event is reported within a day or two; US-dated copies may precede it by a day.
        if not -2 <= (dt.date.fromisoformat(main["date"]) - published).days <= 1:
            errors.append(f"{aid}: main date {main['date']} too far from published")
        if main["type"] not in TYPES:
            errors.append(f"{aid}: type {main['type']}")
        if main["missile_class"] not in CLASSES | {None}:
            errors.append(f"{aid}: class {main['missile_class']}")
        if main["count_qualifier"] not in QUALIFIERS | {None}:
            errors.append(f"{aid}: qualifier {main['count_qualifier']}")
        if main["count_qualifier"] == "multiple" and main["count"] is not None:
            errors.append(f"{aid}: 'multiple' needs count null")
        if main["type"] == "nuclear_test" and (main["count"] is not None or main["missile_class"]):
            errors.append(f"{aid}: nuclear tests have count and class null")
        for field in ("range_km", "apogee_km"):
            span = main.get(field + "_span")
            if span and abs((span[0] + span[1]) / 2 - main[field]) > 0.06:
                errors.append(f"{aid}: {field} {main[field]} is not the midpoint of {span}")
    for event in gold["other_events_mentioned"]:
        if not _valid_date(event["date"]) or event["type"] not in TYPES or "country" not in event:
            errors.append(f"{aid}: bad background event {event}")
        if event["missile_class"] not in CLASSES | {None}:
            errors.append(f"{aid}: background class {event['missile_class']}")
        if event["date"] > article["published"][: len(event["date"])]:
            errors.append(f"{aid}: background {event['date']} after published")
    if not gold["notes"]:
        errors.append(f"{aid}: empty notes")


def validate(records: list[dict[str, Any]]) -> list[str]:
    """Return every problem found in the corpus (empty when it is consistent)."""
    errors: list[str] = []
    ids = [r["article"]["id"] for r in records]
    if ids != [f"a{n:02d}" for n in range(1, 36)]:
        errors.append(f"ids are not a01..a35 in order: {ids}")
    for record in records:
        _check_record(record, errors)
    owner: dict[str, str] = {}
    for record in records:
        for sentence in _sentences(record["article"]["text"]):
            other = owner.setdefault(sentence, record["article"]["id"])
            if other != record["article"]["id"]:
                errors.append(
                    f"{record['article']['id']} shares a sentence with {other}: {sentence[:60]}"
                )
    keys = Counter(r["gold"]["main_event"]["event_key"] for r in records if r["gold"]["main_event"])
    clusters = {k: n for k, n in keys.items() if n > 1}
    if len(clusters) != 9 or sum(clusters.values()) != 22:
        errors.append(f"expected 9 clusters over 22 articles, got {clusters}")
    if sum(1 for r in records if r["gold"]["main_event"] is None) != 3:
        errors.append("expected 3 negatives")
    return errors


def main() -> int:
    """Validate, then write both JSONL files; return the exit status."""
    errors = validate(RECORDS)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    with ARTICLES_PATH.open("w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record["article"], ensure_ascii=False) + "\n")
    with GOLD_PATH.open("w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record["gold"], ensure_ascii=False) + "\n")
    print(f"wrote {len(RECORDS)} articles to {ARTICLES_PATH.name} and {GOLD_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
