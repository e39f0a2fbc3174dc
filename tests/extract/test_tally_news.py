"""A clause that counts launches loosely but tells the news (a verb of detecting or firing, in the
news's own time, over no span) is not a tally: its reporters and count belong to the main event."""

from __future__ import annotations

from extract_helpers import extract, main_event


def test_several_launches_detected_by_another_military_are_the_news() -> None:
    main = main_event(
        "North Korea fired a ballistic missile toward the East Sea on Tuesday, Japan's Defense "
        "Ministry said. South Korea's military also detected several missile launches from the "
        "Pyongyang area, officials said."
    )
    assert "South Korea military" in main.reported_by
    assert (main.count, main.count_qualifier) == (None, "multiple")
    assert main.date == "2024-05-28"


def test_several_launches_tracked_are_the_news_with_another_system() -> None:
    main = main_event(
        "Japan's Defense Ministry said North Korea launched a short-range ballistic missile on "
        "Sunday morning. The South Korean military also tracked several launches near Sunan.",
        "2024-03-18",
    )
    assert "South Korea military" in main.reported_by
    assert (main.count, main.count_qualifier) == (None, "multiple")


def test_a_count_over_a_span_stays_a_tally() -> None:
    found = extract(
        "North Korea fired a cruise missile on Tuesday, South Korea's Joint Chiefs of Staff "
        "said. The Japanese military has detected several missile launches since January."
    )
    main = next(m for m in found if m.role == "report")
    assert (main.count, main.count_qualifier) == (1, None)
    assert "Japan MoD" not in main.reported_by
    assert [m.role for m in found] == ["report"]


def test_a_history_of_occasions_stays_a_tally() -> None:
    main = main_event(
        "Russia test-fired a Bulava missile from a submarine in the White Sea on Wednesday, the "
        "Defence Ministry said. Norwegian monitors have tracked several launches this year."
    )
    assert (main.count, main.count_qualifier) == (1, None)
