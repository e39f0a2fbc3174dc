"""Launch events from articles: roles, dates, fields and the evidence behind each."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_helpers import extract
from launchwatch.extract.launches import extract_article
from launchwatch.model import Article, Mention


def reports(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.role == "report"]


def test_report_and_background_in_one_paragraph() -> None:
    mentions = extract(
        "North Korea fired about ten short-range ballistic missiles toward the East Sea on "
        "Thursday morning, South Korea's Joint Chiefs of Staff said. The launch came three days "
        "after a military reconnaissance satellite exploded in flight on Monday."
    )
    main = reports(mentions)
    assert len(main) == 1
    assert (main[0].date, main[0].count, main[0].count_qualifier) == ("2024-05-30", 10, "about")
    assert main[0].missile_class == "SRBM" and main[0].landing == "East Sea"
    assert main[0].reported_by == ("South Korea JCS",)
    background = [m for m in mentions if m.role == "background"]
    assert [(b.type, b.date) for b in background] == [("satellite_launch", "2024-05-27")]


def test_korean_local_weekday_told_from_a_us_date_line() -> None:
    (main,) = reports(
        extract(
            "North Korea launched eight short-range ballistic missiles early Sunday local time, "
            "which was Saturday evening in Washington, South Korea's military said.",
            published="2022-06-04",
        )
    )
    assert main.date == "2022-06-05"
    assert main.count == 8


def test_conversions_in_brackets_count_once_and_spans_give_midpoints() -> None:
    (main,) = reports(
        extract(
            "North Korea fired a ballistic missile on Thursday that flew 354 miles (570 "
            "kilometers), the military said. It reached an altitude of between 50 and 60 km."
        )
    )
    assert main.range_km is not None and abs(main.range_km - 569.6) < 1
    assert main.apogee_km == 55 and main.apogee_km_span == (50, 60)


def test_a_named_system_gives_the_class_and_the_site_its_coordinates() -> None:
    (main,) = reports(
        extract(
            "North Korea test-fired a Hwasong-18 from the Sunan area of Pyongyang on Thursday, "
            "the Korean Central News Agency reported."
        )
    )
    assert main.missile_names == ("Hwasong-18",)
    assert main.missile_class == "ICBM"
    assert main.launch_site is not None and main.launch_site.name == "Sunan"
    assert main.launch_site.lat is not None
    assert main.reported_by == ("KCNA",)


def test_failed_satellite_launch() -> None:
    (main,) = reports(
        extract(
            "North Korea's attempt to put a spy satellite into orbit failed on Monday when the "
            "rocket exploded shortly after liftoff from the Sohae Satellite Launching Station."
        )
    )
    assert (main.type, main.date, main.outcome) == ("satellite_launch", "2024-05-27", "failure")
    assert main.missile_class == "SLV"
    assert main.launch_site is not None and main.launch_site.name == "Sohae"


def test_nuclear_test_has_no_count_or_class() -> None:
    (main,) = reports(
        extract(
            "North Korea conducted its sixth nuclear test on Sunday at the Punggye-ri site, and "
            "the U.S. Geological Survey said it recorded a magnitude 6.3 tremor.",
            published="2017-09-03",
        )
    )
    assert (main.type, main.date) == ("nuclear_test", "2017-09-03")
    assert main.count is None and main.missile_class is None
    assert main.launch_site is not None and main.launch_site.name == "Punggye-ri"


def test_articles_that_report_nothing_new_have_no_report() -> None:
    negatives = [
        "North Korea displayed its newest ICBMs at a night parade in Pyongyang on Thursday.",
        "Satellite images show North Korea may be preparing to launch another satellite soon.",
        "The United States and South Korea began large-scale drills on Monday, days after North "
        "Korea fired a ballistic missile.",
        "An unarmed Minuteman III test launch is set for next week from Vandenberg.",
    ]
    for text in negatives:
        assert reports(extract(text)) == [], text


def test_a_second_state_testing_the_same_day_is_a_second_report() -> None:
    mentions = reports(
        extract(
            "North Korea fired two short-range ballistic missiles on Thursday, the JCS said. "
            "South Korea test-fired a Hyunmoo-2 ballistic missile on Thursday in response, its "
            "defense ministry said."
        )
    )
    assert [(m.country, m.date) for m in mentions] == [("KP", "2024-05-30"), ("KR", "2024-05-30")]


def test_without_a_publication_date_a_weekday_is_not_guessed() -> None:
    (main,) = reports(extract("North Korea fired a missile on Sunday.", published=None))
    assert main.date is None


_SENTENCES = st.sampled_from(
    [
        "North Korea fired two ballistic missiles on Sunday, the JCS said.",
        "Advertisement",
        "The missile flew 600 km (373 miles) and reached an altitude of 50 km.",
        "It was the third launch this month, after a Hwasong-18 test on May 3.",
        "Photo : YONHAP News",
        "Japan's defense ministry said the missile fell outside its exclusive economic zone.",
        "Iran launched a satellite from the Imam Khomeini Spaceport on Saturday.",
        "SEOUL, May 30 (Yonhap) -- North Korea fired a cruise missile.",
        "The test failed when the rocket exploded.",
        "Kim Jong Un watched the launch.",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCES, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_evidence_always_slices_the_cleaned_text(parts: list[str], joiner: str) -> None:
    article = Article(id="h", text=joiner.join(parts), published=dt.date(2024, 5, 30))
    extraction = extract_article(article)
    for mention in extraction.mentions:
        for spans in mention.evidence.values():
            for span in spans:
                assert extraction.text[span.start : span.end] == span.text


def test_a_number_beats_a_barrage_and_a_drill_is_not_an_aggregate() -> None:
    (main,) = reports(
        extract(
            "North Korea fired a barrage of short-range ballistic missiles on Thursday. Japan's "
            "defense minister said at least six North Korean missiles flew up to 350 km."
        )
    )
    assert (main.count, main.count_qualifier) == (6, "at least")
    (salvo,) = reports(
        extract(
            "North Korea said it fired 18 short-range ballistic missiles during a drill on "
            "Thursday."
        )
    )
    assert salvo.count == 18


def test_a_target_hit_is_the_landing_a_target_aimed_at_is_not() -> None:
    (hit,) = reports(
        extract(
            "Russia test-fired a Yars missile from Plesetsk on Wednesday, and its warheads hit the "
            "target at the Kura test range, the defense ministry said.",
            published="2017-09-20",
        )
    )
    assert hit.landing == "Kura test site"
    (missed,) = reports(
        extract(
            "A Trident II missile fired from a British submarine on Tuesday failed; its target was "
            "supposed to be far away in the Atlantic.",
            published="2024-01-31",
        )
    )
    assert missed.landing is None


def test_a_nuclear_test_is_sited_at_the_test_site_not_its_county() -> None:
    (main,) = reports(
        extract(
            "North Korea conducted a nuclear test on Tuesday; the tremor's epicentre was in Kilju "
            "county, where the Punggye-ri test site is located, the USGS said.",
            published="2013-02-12",
        )
    )
    assert main.launch_site is not None and main.launch_site.name == "Punggye-ri"


def test_last_week_in_the_same_month_and_a_different_launch_the_day_before_are_background() -> None:
    mentions = extract(
        "Russia test-fired a Yars intercontinental ballistic missile from Plesetsk on Wednesday, "
        "the defense ministry said. The launch came a day after the Northern Fleet fired cruise "
        "missiles in the Barents Sea. Last week, another Yars was launched from a silo.",
        published="2017-09-20",
    )
    assert [(m.role, m.date, m.missile_class) for m in mentions] == [
        ("report", "2017-09-20", "ICBM"),
        ("background", "2017-09-19", "cruise"),
        ("background", "2017-09", "ICBM"),
    ]


def test_a_launch_disclosed_weeks_later_takes_the_day_it_happened() -> None:
    (main,) = reports(
        extract(
            "A Trident missile misfired and crashed into the sea during a rare test launch by a "
            "British submarine.\n\nThe Ministry of Defence on Tuesday confirmed an anomaly.\n\n"
            "A newspaper first revealed the drama, which happened on 30 January.",
            published="2024-02-21",
        )
    )
    assert (main.date, main.country) == ("2024-01-30", "GB")


def test_named_plurals_count_and_flight_words_give_roles() -> None:
    (main,) = reports(
        extract(
            "North Korea fired two KN-23s from near Wonsan on Thursday. The missiles crossed "
            "about 600 km, peaking at around 50 km, the JCS said."
        )
    )
    assert main.count == 2
    assert (main.range_km, main.apogee_km) == (600, 50)


def test_a_satellite_launch_has_no_apogee_or_range() -> None:
    (main,) = reports(
        extract(
            "South Korea's Nuri rocket placed a satellite into orbit on Tuesday; the satellite "
            "separated from the rocket at an altitude of 700 km, the science minister said.",
            published="2022-06-21",
        )
    )
    assert main.type == "satellite_launch"
    assert main.apogee_km is None and main.range_km is None


def test_a_second_launch_of_another_class_the_same_day_keeps_its_own_facts() -> None:
    mentions = extract(
        "North Korea launched several cruise missiles toward the Yellow Sea on Thursday "
        "evening, South Korea's military said.\n"
        "The missiles were fired from near Nampo at about 8:30 p.m., the Joint Chiefs of Staff "
        "said, without saying how far they flew.\n"
        "Earlier in the day, the North fired two short-range ballistic missiles into the East "
        "Sea. Those missiles flew about 400 km, the JCS said.",
        published="2024-05-30",
    )
    [report] = [m for m in mentions if m.role == "report"]
    assert (report.date, report.missile_class, report.range_km) == ("2024-05-30", "cruise", None)
    assert report.count is None
    [other] = [m for m in mentions if m.role == "background"]
    assert (other.date, other.missile_class, other.count) == ("2024-05-30", "SRBM", 2)
    assert other.range_km == 400


def test_a_habit_is_not_a_launch() -> None:
    mentions = extract(
        "When North Korea fires a ballistic missile, Japan's alert system warns residents "
        "within minutes. Officials say the system has grown faster since 2017.",
        published="2024-07-10",
    )
    assert not [m for m in mentions if m.role == "report"]


def test_the_countrys_economic_zone_in_a_tokyo_report_is_japans() -> None:
    [report] = extract(
        "TOKYO -- North Korea fired a ballistic missile on Thursday that came down outside the "
        "country's exclusive economic zone, Japan's Defense Ministry said.",
        published="2024-05-30",
    )
    assert report.landing == "outside Japan EEZ"


def test_a_day_after_it_fired_is_another_launch_and_the_news_keeps_the_focus() -> None:
    mentions = extract(
        "North Korea fired several cruise missiles into the Yellow Sea on Tuesday, South "
        "Korea's military said, a day after it launched two ballistic missiles eastward.\n"
        "The cruise missiles were fired from near Nampo and flew about 1,500 km.",
        published="2024-07-02",
    )
    [report] = [m for m in mentions if m.role == "report"]
    assert (report.count, report.count_qualifier, report.range_km) == (None, "multiple", 1500)
    [other] = [m for m in mentions if m.role == "background"]
    assert (other.date, other.count, other.missile_class) == ("2024-07-01", 2, "ballistic")


def test_a_tally_of_occasions_is_not_a_launch() -> None:
    mentions = extract(
        "North Korea fired missiles on 11 occasions this year, South Korea's military said on "
        "Friday in its annual review.",
        published="2019-12-27",
    )
    assert not [m for m in mentions if m.role == "report"]


def test_a_system_tested_many_times_is_still_named() -> None:
    [report] = extract(
        "North Korea fired two ballistic missiles on Monday, South Korea's military said. The "
        "first appeared to be a Hwasong-11, a short-range missile the North has tested many "
        "times, officials said.",
        published="2024-07-01",
    )
    assert report.missile_names == ("Hwasong-11",) and report.missile_class == "SRBM"


def test_a_system_the_new_one_replaces_is_not_what_was_fired() -> None:
    [report] = extract(
        "India successfully test-fired the Agni-Prime ballistic missile off Odisha on Wednesday "
        "night, the defence ministry said. The missile is meant to replace the older Agni-1 in "
        "the country's arsenal.",
        published="2023-06-08",
    )
    assert report.missile_names == ("Agni-Prime",)


def test_a_launch_of_another_class_told_in_a_participle_stays_apart_from_the_news() -> None:
    mentions = extract(
        "North Korea fired several cruise missiles off its west coast on Thursday, the JCS said. "
        "Officials said the last of Wednesday's three ballistic missiles, launched from Sinpo, "
        "appeared to have failed."
    )
    (main,) = reports(mentions)
    assert (main.count, main.count_qualifier, main.missile_class) == (None, "multiple", "cruise")
    assert main.launch_site is None and main.outcome == "unknown"
    (earlier,) = [m for m in mentions if m.role == "background"]
    assert (earlier.date, earlier.count, earlier.outcome) == ("2024-05-29", 3, "failure")


def test_a_name_listed_with_a_compared_one_is_compared_too() -> None:
    (main,) = reports(
        extract(
            "India test-fired an Agni-Prime missile off Odisha on Thursday, the Defence Ministry "
            "said. The new missile is to replace the ageing Agni-1 and Agni-2."
        )
    )
    assert main.missile_names == ("Agni-Prime",)


def test_a_system_the_launched_one_takes_over_from_is_not_launched() -> None:
    (main,) = reports(
        extract(
            "Russia test-fired a Sarmat missile from Plesetsk on Thursday, the Defence Ministry "
            "said. The new missile is to take over from the Topol-M."
        )
    )
    assert main.missile_names == ("Sarmat",)


def test_a_when_clause_keeps_its_earlier_time_across_a_merged_aside() -> None:
    mentions = extract(
        "North Korea said on Thursday it had test-fired a Hwasong-18 ICBM. Its previous ICBM "
        "launch was on April 2, when it fired a Hwasong-17 hours before a summit opened.",
    )
    (main,) = reports(mentions)
    assert main.missile_names == ("Hwasong-18",)
    earlier = [m for m in mentions if m.role == "background"]
    assert [(m.date, m.missile_names) for m in earlier] == [("2024-04-02", ("Hwasong-17",))]


def test_a_landing_told_after_open_waters_of() -> None:
    (main,) = reports(
        extract(
            "North Korea fired an ICBM on Thursday that came down in a planned zone of the open "
            "waters of the East Sea, state media said."
        )
    )
    assert main.landing == "East Sea"


def test_a_target_hit_on_a_coast_is_where_the_missile_came_down() -> None:
    (main,) = reports(
        extract(
            "Russia test-fired a Zircon missile on Thursday, launching it from a frigate in the "
            "White Sea and hitting a target on the Barents Sea coast, the Defence Ministry said."
        )
    )
    assert main.landing == "Barents Sea"


def test_a_day_that_names_the_test_after_a_verb_of_saying_dates_the_test() -> None:
    (main,) = reports(
        extract(
            "North Korea said on Friday it had test-fired two new cruise missiles. State media "
            "said the Thursday evening test checked a new engine.",
            published="2024-05-31",
        )
    )
    assert main.date == "2024-05-30"


def test_a_launch_in_the_same_drill_as_an_earlier_one_is_told_of_that_one() -> None:
    (main,) = reports(
        extract(
            "Russia test-fired a Yars missile from Plesetsk on Thursday, the Defence Ministry "
            "said. Russia last fired a Yars on October 25, 2023, in a drill. In the same drill, "
            "a Sineva missile was fired from a submarine.",
        )
    )
    assert main.missile_names == ("Yars",)


def test_a_place_a_distance_is_measured_from_is_no_launch_site() -> None:
    (main,) = reports(
        extract(
            "North Korea fired a ballistic missile over Japan on Thursday, Tokyo said. The "
            "missile flew farther than Guam, which lies 3,400 km from Pyongyang."
        )
    )
    assert main.launch_site is None


def test_a_salvo_of_a_dozen_missiles_is_the_news_not_a_tally() -> None:
    # A two-digit count as the object of the act is one salvo; only a count over a span of time
    # ("more than 30 missiles this year") tallies earlier launches.
    mentions = extract(
        "Iran said on Sunday it had fired 16 short-range ballistic missiles during a naval "
        "exercise in the Gulf, state television reported. Tehran has fired more than 40 "
        "missiles this year.",
        published="2024-06-02",
    )
    (main,) = reports(mentions)
    assert (main.country, main.count, main.missile_class) == ("IR", 16, "SRBM")
    assert main.date == "2024-06-02"


def test_a_launch_told_later_to_be_late_at_night_is_dated_the_day_before_it_was_told() -> None:
    # The day comes only from the saying ("said on Sunday"); the act, told in the next
    # sentence, was "just before midnight": on the evening before.
    (main,) = reports(
        extract(
            "Iran put two research satellites into orbit with a Simorgh rocket, state television "
            "said on Sunday. The rocket lifted off just before midnight from the Imam Khomeini "
            "spaceport in Semnan province.",
            published="2024-06-02",
        )
    )
    assert (main.type, main.country, main.date) == ("satellite_launch", "IR", "2024-06-01")


def test_a_late_night_launch_told_with_its_own_day_keeps_that_day() -> None:
    (main,) = reports(
        extract(
            "Pakistan test-fired an Ababeel missile on Saturday, the military's media wing said "
            "on Sunday. The missile was fired late at night from a site in Balochistan.",
            published="2024-06-02",
        )
    )
    assert main.date == "2024-06-01"


def test_a_place_inside_the_waters_a_missile_went_to_is_no_launch_site() -> None:
    (main,) = reports(
        extract(
            "China fired a ballistic missile on Wednesday that splashed down in waters south of "
            "Wenchang in Hainan, the Chinese Defense Ministry said.",
            published="2024-05-29",
        )
    )
    assert main.launch_site is None


def test_a_site_told_after_where_is_the_launch_site() -> None:
    (main,) = reports(
        extract(
            "A Soyuz rocket carrying a military satellite lifted off on Friday in the snow-covered "
            "forests of the far north, where the Russian military's Plesetsk cosmodrome lies, the "
            "Defense Ministry said.",
            published="2024-05-31",
        )
    )
    assert main.launch_site is not None and main.launch_site.name == "Plesetsk"


def test_from_right_before_a_place_beats_an_earlier_into() -> None:
    (main,) = reports(
        extract(
            "China launched three remote-sensing satellites on Tuesday, state media said. The "
            "Long March rocket soared into the dawn sky from the Xichang launch centre.",
            published="2024-05-28",
        )
    )
    assert main.launch_site is not None and main.launch_site.name == "Xichang"


def test_a_month_inside_a_system_name_is_no_date() -> None:
    mentions = extract(
        "China put a weather satellite into orbit on Thursday, state media said. The Long March "
        "rocket lifted off from the Jiuquan centre in the Gobi desert."
    )
    assert [(m.role, m.date) for m in mentions] == [("report", "2024-05-30")]
    assert mentions[0].launch_site is not None and mentions[0].launch_site.name == "Jiuquan"


def test_a_new_paragraph_on_the_launch_returns_to_the_news() -> None:
    # "The ..." right after an earlier launch tells on of that launch only within its paragraph.
    mentions = extract(
        "Iran's attempt to put a communications satellite into orbit failed on Sunday, state "
        "television said. Iran had successfully placed three satellites in orbit with a "
        "Simorgh rocket in January.\n\n"
        '"The satellite carrier rocket exploded during the flight of its second stage," the '
        "Defense Ministry said in a statement.",
        published="2024-06-02",
    )
    (main,) = reports(mentions)
    assert set(main.reported_by) == {"Iran state TV", "Iran government"}
    (earlier,) = [m for m in mentions if m.role == "background"]
    assert earlier.outcome == "success" and earlier.reported_by == ()


def test_a_system_named_only_for_its_capability_is_not_what_was_fired() -> None:
    (main,) = reports(
        extract(
            "Pakistan test-fired a ballistic missile from a site in Balochistan on Thursday, the "
            "ISPR said, adding that experts put the maximum range of the Shaheen-III at 2,750 km."
        )
    )
    assert main.missile_names == ()


def test_an_airburst_over_a_sea_is_where_the_missile_came_down() -> None:
    (main,) = reports(
        extract(
            "Russia fired a ballistic missile on Thursday whose mock warhead detonated as planned "
            "500 meters above the Barents Sea, the Russian Defense Ministry said."
        )
    )
    assert main.landing == "Barents Sea"


def test_the_news_count_told_again_is_no_tally() -> None:
    # "showed 12 missiles": the salvo just reported, so what the sentence names is its system.
    (main,) = reports(
        extract(
            "Russia said on Thursday it had fired 12 short-range ballistic missiles during a drill "
            "in the Kaliningrad region. Footage released by the Defense Ministry showed 12 "
            "missiles, identified by analysts as Iskanders, rising from mobile launchers."
        )
    )
    assert (main.count, main.missile_names) == (12, ("Iskander",))


def test_told_reporters_in_a_city_on_a_day_dates_the_telling() -> None:
    (main,) = reports(
        extract(
            "Pakistan test-fired a Shaheen-III missile, a defence ministry spokesman told "
            "reporters in Islamabad on Tuesday. The missile was fired late at night from a range "
            "in Sindh.",
            published="2025-02-11",
        )
    )
    assert main.date == "2025-02-10"


def test_prepare_loads_everything_once_and_exempts_it_from_collection() -> None:
    code = (
        "import gc\n"
        "from launchwatch.extract.launches import prepare\n"
        "assert gc.get_freeze_count() == 0\n"
        "prepare()\n"
        "frozen = gc.get_freeze_count()\n"
        "assert frozen > 10_000, frozen  # the vocabularies and patterns among them\n"
        "prepare()\n"
        "assert gc.get_freeze_count() == frozen\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
