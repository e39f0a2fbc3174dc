"""What the extraction tests share: extracting from a sentence or two, and views of the result."""

from __future__ import annotations

import datetime as dt

from launchwatch.extract.launches import extract_article
from launchwatch.model import Article, Mention


def extract(text: str, published: str | None = "2024-05-30") -> list[Mention]:
    """The mentions of `text` as an article published on `published` (None: no date)."""
    day = dt.date.fromisoformat(published) if published else None
    return list(extract_article(Article(id="t", text=text, published=day)).mentions)


def main_event(text: str, published: str = "2024-05-30") -> Mention:
    """The first report mention of `text`."""
    return next(m for m in extract(text, published) if m.role == "report")


def background(mentions: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    """The background mentions as (type, date, country), sorted."""
    return sorted((m.type, m.date, m.country) for m in mentions if m.role == "background")


def reports(mentions: list[Mention]) -> list[tuple[str, str | None]]:
    """The report mentions as (type, date), in order."""
    return [(m.type, m.date) for m in mentions if m.role == "report"]
