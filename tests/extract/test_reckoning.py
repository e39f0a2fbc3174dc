"""Numbers inside system names are no counts, and earlier launches reached by relative reckoning
("eight days after", "the day before") are dated from the news without moving the news."""

from __future__ import annotations

from extract_helpers import background, extract, reports
from launchwatch.extract import wording as w
from launchwatch.model import Mention

# -- a figure that is part of a missile's name never counts -------------------------------------


def test_a_figure_inside_a_system_name_is_no_tally() -> None:
    text = "Pyongyang has test-fired its Pulhwasal-3-31 missiles from a submarine since March."
    assert w.AGGREGATE.finditer(text, 0, len(text)) == []
    text = "It was the third of the KN-25 launches seen over the past month."
    assert w.AGGREGATE.finditer(text, 0, len(text)) == []


def test_a_named_system_with_a_figure_keeps_its_launch() -> None:
    mentions = extract(
        "North Korea fired several Pulhwasal-3-31 cruise missiles over the Yellow Sea from "
        "Nampo on Sunday morning, its first cruise missile test since January, Seoul's "
        "Joint Chiefs of Staff said.",
        published="2024-08-12",
    )
    assert reports(mentions) == [("missile_launch", "2024-08-11")]


def test_a_real_count_over_a_span_stays_a_tally() -> None:
    mentions = extract(
        "Iran launched a Kheibar Shekan missile from Semnan on Tuesday, state television said. "
        "Tehran has carried out 14 missile tests since January, analysts say.",
        published="2025-02-05",
    )
    assert reports(mentions) == [("missile_launch", "2025-02-04")]
    assert background(mentions) == []
    text = "The North has fired 25 missiles so far this year."
    assert w.AGGREGATE.finditer(text, 0, len(text)) != []


# -- reckoning without a launch verb of its own dates an earlier launch ------------------------


def test_days_after_a_launch_that_failed_dates_the_earlier_launch() -> None:
    mentions = extract(
        "North Korea fired a short-range ballistic missile into the Yellow Sea on Thursday, "
        "South Korea's military said. The firing came six days after a suspected "
        "intermediate-range missile broke apart shortly after liftoff near Kusong.",
        published="2023-05-18",
    )
    assert reports(mentions) == [("missile_launch", "2023-05-18")]
    assert background(mentions) == [("missile_launch", "2023-05-12", "KP")]


def test_days_after_a_supervised_rocket_drill_dates_the_drill() -> None:
    mentions = extract(
        "Iran launched a Fattah missile from Semnan on Monday, state media reported. The launch "
        "came nine days after the Revolutionary Guards fired a barrage of rockets in a drill.",
        published="2025-03-10",
    )
    assert reports(mentions) == [("missile_launch", "2025-03-10")]
    assert background(mentions) == [("missile_launch", "2025-03-01", "IR")]


def test_the_day_before_dates_an_act_told_after_the_news() -> None:
    mentions = extract(
        "North Korea fired two cruise missiles off its west coast on Thursday, Seoul's "
        "military said. The day before, the North fired a short-range ballistic missile "
        "toward the East Sea.",
        published="2023-05-18",
    )
    assert reports(mentions) == [("missile_launch", "2023-05-18")]
    assert background(mentions) == [("missile_launch", "2023-05-17", "KP")]


def test_days_earlier_dates_an_act_told_after_the_news() -> None:
    mentions = extract(
        "Pakistan test-fired a Ghauri missile on Wednesday, the military's media wing said. "
        "Three days earlier, it launched a Babur cruise missile from a naval ship.",
        published="2024-10-09",
    )
    assert reports(mentions) == [("missile_launch", "2024-10-09")]
    assert background(mentions) == [("missile_launch", "2024-10-06", "PK")]


def test_loose_reckoning_gives_the_month() -> None:
    mentions = extract(
        "North Korea fired two cruise missiles off its west coast on Thursday, Seoul's "
        "military said. The launch came less than a week after it test-fired a solid-fuel ICBM.",
        published="2023-05-18",
    )
    assert background(mentions) == [("missile_launch", "2023-05", "KP")]


def test_reckoning_from_a_non_launch_makes_no_launch_and_keeps_the_news() -> None:
    mentions = extract(
        "North Korea launched a ballistic missile toward the East Sea on Tuesday, Japan's "
        "defence ministry said. The launch came five days after South Korean and US forces "
        "wrapped up joint air drills. The day before, the allies had held talks in Seoul.",
        published="2024-11-05",
    )
    assert reports(mentions) == [("missile_launch", "2024-11-05")]
    assert background(mentions) == []


def test_a_launch_said_to_be_the_previous_day_stays_the_news() -> None:
    mentions = extract(
        "North Korea said on Friday it had launched a new solid-fuel missile the previous day, "
        "and Seoul's military said it flew 800 km. The day before, the North's leader had "
        "visited a munitions factory.",
        published="2024-04-05",
    )
    assert reports(mentions) == [("missile_launch", "2024-04-04")]
    assert background(mentions) == []


# -- a clause that retells the news gives the news what only it named -------------------------


def sites(mentions: list[Mention], role: str) -> list[str | None]:
    return [m.launch_site.name if m.launch_site else None for m in mentions if m.role == role]


def test_a_retelling_of_the_news_gives_it_the_launch_site() -> None:
    mentions = extract(
        "North Korea said on Wednesday it had successfully tested a new hypersonic missile, a "
        "day after the North fired a ballistic missile from Pyongyang toward the East Sea, "
        "Japan's defence ministry said.",
        published="2024-04-03",
    )
    assert len(reports(mentions)) == 1
    assert background(mentions) == []
    assert sites(mentions, "report") == ["Pyongyang"]


def test_the_news_keeps_its_own_site_and_an_older_launch_keeps_its_own() -> None:
    mentions = extract(
        "North Korea fired a ballistic missile from Sunan on Tuesday, Seoul's military said. "
        "It came a week after the North fired a cruise missile from Nampo.",
        published="2024-04-03",
    )
    assert sites(mentions, "report") == ["Sunan"]
    assert sites(mentions, "background") == ["Nampo"]
