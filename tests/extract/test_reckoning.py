"""Numbers inside system names are no counts, and earlier launches reached by relative reckoning
("eight days after", "the day before") are dated from the news without moving the news."""

from __future__ import annotations

import datetime as dt

from launchwatch.extract import wording as w
from launchwatch.extract.launches import extract_article
from launchwatch.model import Article, Mention


def extract(text: str, published: str) -> list[Mention]:
    day = dt.date.fromisoformat(published)
    return list(extract_article(Article(id="t", text=text, published=day)).mentions)


def background(mentions: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    return sorted((m.type, m.date, m.country) for m in mentions if m.role == "background")


def reports(mentions: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.type, m.date) for m in mentions if m.role == "report"]


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
