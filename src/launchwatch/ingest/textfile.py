"""A plain-text article file, with an optional `---` front-matter block, -> Article."""

from __future__ import annotations

import datetime as dt

from launchwatch.errors import SourceError
from launchwatch.ingest.records import article_from_record
from launchwatch.model import Article

__all__ = ["FRONT_MATTER_KEYS", "article_from_text"]

FRONT_MATTER_KEYS = ("id", "published", "url", "source", "title")
_DELIMITER = "---"


def article_from_text(
    content: str, where: str, *, default_id: str, published: dt.date | None = None
) -> Article:
    """An Article from a text file's decoded content; raises SourceError.

    The file may open with a front-matter block: a line `---`, `key: value` lines (keys in
    FRONT_MATTER_KEYS; blank lines and `#` comments allowed), and a closing `---`. The rest is
    the text, kept as written. Without an `id` the article takes `default_id` (the file stem).
    """
    fields, text = _split_front_matter(content, where)
    record: dict[str, str] = {**fields, "text": text}
    if not record.get("id", "").strip():
        record["id"] = default_id
    return article_from_record(record, where, published=published)


def _split_front_matter(content: str, where: str) -> tuple[dict[str, str], str]:
    """The front-matter fields and the text after the block ({} and all of it when absent)."""
    first, _, rest = content.partition("\n")
    if first.rstrip() != _DELIMITER:
        return {}, content
    fields: dict[str, str] = {}
    line_number = 1
    while rest:
        line, _, rest = rest.partition("\n")
        line_number += 1
        line = line.strip()
        if line == _DELIMITER:
            return fields, rest
        if not line or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or key not in FRONT_MATTER_KEYS:
            raise SourceError(
                where,
                f"front matter line {line_number} is not 'key: value' with a key among "
                f"{', '.join(FRONT_MATTER_KEYS)} (is the closing '---' missing?): {line[:60]!r}",
            )
        fields[key] = _unquote(value.strip())
    raise SourceError(where, "front matter opened with '---' on line 1 is never closed by '---'")


def _unquote(value: str) -> str:
    """A value without one pair of matching surrounding quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
