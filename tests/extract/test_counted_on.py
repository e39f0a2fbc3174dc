""" "N days later" after an act dated explicitly in the same passage counts from that date, not
from the publication date; with nothing dated before it, it still counts from the news."""

from __future__ import annotations

from extract_helpers import extract


def background_dates(text: str, published: str) -> list[str | None]:
    return [m.date for m in extract(text, published) if m.role == "background"]


def test_later_in_the_same_clause_counts_from_the_date_told() -> None:
    dates = background_dates(
        "North Korea fired a cruise missile on Wednesday, the JCS said. The North fired several "
        "Hwasal-1 cruise missiles into the Yellow Sea on January 24 and launched two of them "
        "again four days later off its east coast.",
        "2024-02-14",
    )
    assert "2024-01-28" in dates


def test_later_in_the_next_sentence_counts_from_the_launch_just_told() -> None:
    found = extract(
        "Iran put a satellite into orbit on Thursday, state TV said. The Guards fired a Sejjil "
        "missile on Feb. 3. Four days later, they launched two Ghadr missiles from Semnan.",
        "2024-02-22",
    )
    assert "2024-02-07" in [m.date for m in found if m.role == "background"]
    main = next(m for m in found if m.role == "report")
    assert main.type == "satellite_launch" and main.count == 1


def test_later_after_a_semicolon_counts_from_the_date_before_it() -> None:
    found = extract(
        "Pakistan test-fired a Shaheen-3 missile on Tuesday, the ISPR said. It had launched an "
        "Ababeel missile on March 2; six days later it fired a Ghauri.",
        "2024-03-27",
    )
    assert "2024-03-08" in [m.date for m in found if m.role == "background"]
    assert [m.date for m in found if m.role == "report"] == ["2024-03-26"]


def test_four_days_later_with_no_earlier_date_still_counts_from_the_news() -> None:
    found = extract(
        "India test-fired an Agni-5 missile on Monday, the Defence Ministry said. Four days "
        "later, it plans to launch a Prithvi missile.",
        "2024-02-22",
    )
    assert [m.date for m in found if m.role == "report"] == ["2024-02-19"]
    assert [m for m in found if m.role == "background"] == []


def test_days_after_another_event_still_counts_back() -> None:
    found = extract(
        "North Korea fired two ballistic missiles four days after the United States and South "
        "Korea began drills, the JCS said on Monday.",
        "2024-02-22",
    )
    assert [m.date for m in found if m.role == "report"] == ["2024-02-19"]
