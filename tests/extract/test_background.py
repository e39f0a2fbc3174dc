"""Background events: the earlier launches an article recalls, each dated to the precision told,
and nothing recalled that is a tally, a plan, a non-launch or the news itself."""

from __future__ import annotations

from extract_helpers import background, extract, reports

# -- a date of its own after an earlier launch is another launch --------------------------------


def test_a_dated_clause_after_an_earlier_launch_is_a_launch_of_its_own() -> None:
    mentions = extract(
        "North Korea fired a cruise missile off its west coast on Wednesday, South Korea's "
        "military said. On Monday it had fired two short-range ballistic missiles from Sukchon. "
        "The last North Korean missile to come down inside Japan's economic zone was a "
        "Hwasong-15 that splashed down west of Hokkaido on Feb. 18, 2023."
    )
    assert reports(mentions) == [("missile_launch", "2024-05-29")]
    assert background(mentions) == [
        ("missile_launch", "2023-02-18", "KP"),
        ("missile_launch", "2024-05-27", "KP"),
    ]


def test_a_year_told_of_is_not_refined_by_a_month_of_another_launch() -> None:
    mentions = extract(
        "Iran's satellite launch on Sunday failed to reach orbit, state media said, after two "
        "unsuccessful attempts last year. Iran had earlier succeeded in placing a research "
        "satellite in orbit in November.",
        published="2024-03-04",
    )
    assert ("satellite_launch", "2023", "IR") in background(mentions)
    assert ("satellite_launch", "2023-11", "IR") in background(mentions)


# -- a launch noun of no type is of the kind the article speaks of ------------------------------


def test_a_previous_test_flight_takes_the_type_and_state_of_the_news() -> None:
    mentions = extract(
        "India flight-tested an Agni-4 ballistic missile from Abdul Kalam Island on Tuesday, "
        "the defence ministry said. Its previous test flight took place in March last year.",
        published="2024-05-29",
    )
    assert reports(mentions) == [("missile_launch", "2024-05-28")]
    assert background(mentions) == [("missile_launch", "2023-03", "IN")]


def test_an_earlier_attempt_of_a_satellite_launcher_is_a_satellite_launch() -> None:
    mentions = extract(
        "South Korea's Nuri rocket put eight small satellites into orbit on Thursday, the "
        "science ministry said. The success follows a failed attempt on Oct. 21, 2021, when "
        "the third stage shut down too early."
    )
    assert background(mentions) == [("satellite_launch", "2021-10-21", "KR")]


def test_a_date_before_the_launch_noun_dates_it() -> None:
    mentions = extract(
        "Pakistan test-fired a Shaheen-3 ballistic missile on Thursday, the military's media "
        "wing said. Officials believe the Aug. 3 launch that broke up over the Arabian Sea "
        "used the same motor. A 2019 test from the same range went as planned."
    )
    assert background(mentions) == [
        ("missile_launch", "2019", "PK"),
        ("missile_launch", "2023-08-03", "PK"),
    ]


def test_a_maiden_flight_and_a_first_flown_system_are_launches() -> None:
    mentions = extract(
        "Russia launched a Bulava missile from a submarine in the White Sea on Wednesday, the "
        "defence ministry said. The Sarmat made its maiden flight in April 2022. An older "
        "Topol, first flown in February 1982, is being retired.",
    )
    assert background(mentions) == [
        ("missile_launch", "1982-02", "RU"),
        ("missile_launch", "2022-04", "RU"),
    ]


# -- and what is none ---------------------------------------------------------------------------


def test_a_dated_thing_near_a_launch_noun_is_no_launch() -> None:
    mentions = extract(
        "North Korea fired two ballistic missiles on Thursday, Japan's defence ministry said. "
        "The launch came after talks in Hanoi in February 2019 collapsed. Engineers carried "
        "out important tests on April 7 and April 13 that analysts believe were static engine "
        "firings."
    )
    assert reports(mentions) == [("missile_launch", "2024-05-30")]
    assert background(mentions) == []


def test_last_months_launch_told_again_is_the_news() -> None:
    mentions = extract(
        "A Trident missile fired from a British submarine in a test last month veered off "
        "course and fell into the Atlantic, the defence ministry said on Tuesday. Navy chiefs "
        "were aboard the submarine during last month's launch, the ministry said.",
        published="2024-02-21",
    )
    assert [m.date[:7] for m in mentions if m.date] == ["2024-01"]
    assert len(mentions) == 1


def test_the_month_of_may_is_no_modal() -> None:
    mentions = extract(
        "Iran put a Noor-3 satellite into orbit on Wednesday, the Revolutionary Guards said. "
        "Two earlier tries, in May and August 2023, ended in failure."
    )
    assert background(mentions) == [
        ("satellite_launch", "2023-05", "IR"),
        ("satellite_launch", "2023-08", "IR"),
    ]


# -- lists of dates and the type of each ---------------------------------------------------------


def test_each_day_of_a_listed_month_is_a_launch() -> None:
    mentions = extract(
        "Iran fired a Kheibar Shekan missile on Thursday, state television said, following "
        "earlier ballistic missile launches on Feb. 6, 11 and 19."
    )
    assert [d for _, d, _ in background(mentions)] == ["2024-02-06", "2024-02-11", "2024-02-19"]


def test_a_later_satellite_in_the_clause_does_not_retype_the_missiles_before_it() -> None:
    mentions = extract(
        "North Korea fired a cruise missile on Thursday, the military said. It last fired a "
        "solid-fuel missile on March 2, a test of the KN-23, and it put a small satellite into "
        "orbit for the first time in April. It also fired ballistic missiles on Jan. 8 and "
        "Jan. 15 in what it called tests for a satellite programme."
    )
    assert background(mentions) == [
        ("missile_launch", "2024-01-08", "KP"),
        ("missile_launch", "2024-01-15", "KP"),
        ("missile_launch", "2024-03-02", "KP"),
        ("satellite_launch", "2024-04", "KP"),
    ]


def test_a_rocket_recalled_in_a_satellite_report_is_a_satellite_launcher() -> None:
    mentions = extract(
        "Iran said its Simorgh rocket placed two satellites into orbit on Wednesday. The launch "
        "followed failures on Jan. 3 and March 9, both blamed on the rocket's second stage."
    )
    assert background(mentions) == [
        ("satellite_launch", "2024-01-03", "IR"),
        ("satellite_launch", "2024-03-09", "IR"),
    ]


def test_multiple_rocket_launchers_stay_missiles_in_a_satellite_report() -> None:
    mentions = extract(
        "North Korea put a satellite into orbit on Wednesday, state media said. Its most recent "
        "weapons test, on April 22, used super-large multiple rocket launchers."
    )
    assert background(mentions) == [("missile_launch", "2024-04-22", "KP")]


# -- counts with dates list launches; counts over a span are tallies -----------------------------


def test_a_count_of_launches_told_with_their_dates_lists_them() -> None:
    mentions = extract(
        "Pakistan test-fired an Ababeel missile on Thursday, the military said, its third "
        "test this year after two Fatah-2 launches in February. Officials said Pakistan had "
        "used two earlier launches, on Jan. 9 and Jan. 23, to check a new guidance system."
    )
    assert background(mentions) == [
        ("missile_launch", "2024-01-09", "PK"),
        ("missile_launch", "2024-01-23", "PK"),
        ("missile_launch", "2024-02", "PK"),
    ]


def test_a_count_over_a_span_is_still_a_tally() -> None:
    mentions = extract(
        "North Korea fired a ballistic missile on Thursday, Japan's defence ministry said. The "
        "North has fired more than 20 missiles this year, and it has launched missiles on 11 "
        "occasions since January."
    )
    assert reports(mentions) == [("missile_launch", "2024-05-30")]
    assert background(mentions) == []
