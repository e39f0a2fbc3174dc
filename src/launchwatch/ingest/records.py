"""One article record (CONTRACT section 1) -> Article: field checks, dates and stable ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from launchwatch.errors import SourceError
from launchwatch.ingest.html import text_from_html
from launchwatch.model import Article

__all__ = ["article_from_record", "parse_published", "stable_id"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A datetime must start with a full date and a "T" or a space before the time; the rest is left to
# datetime.fromisoformat, which also takes "Z" and "+09:00" offsets.
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", re.S)
_STRING_FIELDS = ("id", "url", "source", "title")


def parse_published(value: str) -> dt.date:
    """The date of a `published` value: "YYYY-MM-DD" or an ISO 8601 datetime.

    A datetime keeps the date as written (no shift to UTC). Anything else raises ValueError with
    a message fit to show a user.
    """
    text = value.strip() if isinstance(value, str) else value
    try:
        if isinstance(text, str) and _DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if isinstance(text, str) and _DATETIME.fullmatch(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass  # a well-shaped but impossible date ("2023-02-30") gets the message below
    raise ValueError(
        f"published must be YYYY-MM-DD or an ISO 8601 datetime "
        f"(e.g. 2023-11-21T09:19:00+09:00), got {value!r}"
    )


def stable_id(url: str, text: str) -> str:
    """An id that stays the same for the same input: from the url, else from the text."""
    # sha1 is used as a fingerprint, not for security; 16 hex digits keep ids short and
    # collisions out of reach for any realistic corpus.
    basis = url.strip() or text
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_from_record(
    record: dict[str, Any], where: str, *, published: dt.date | None = None
) -> Article:
    """An Article from one CONTRACT section 1 object; raises SourceError saying what is wrong.

    `where` becomes `Article.origin` and names the place in errors. `published` is the anchor
    date used when the record has none (a record's own date always wins). Unknown fields are
    ignored, so producers may add their own.
    """
    if not isinstance(record, dict):
        raise SourceError(where, f"expected a JSON object, got {_json_type(record)}")
    fields = {name: _string_field(record, name, where) for name in _STRING_FIELDS}
    text = _article_text(record, where)
    if not text.strip():
        raise SourceError(where, "empty text")
    date = _published_field(record, where) or published
    return Article(
        id=fields["id"].strip() or stable_id(fields["url"], text),
        text=text,
        published=date,
        url=fields["url"],
        source=fields["source"],
        title=fields["title"],
        origin=where,
    )


def _article_text(record: dict[str, Any], where: str) -> str:
    """The record's text, or its html turned into text: exactly one of the two must be given."""
    text, html = record.get("text"), record.get("html")
    if text is not None and html is not None:
        raise SourceError(where, "has both 'text' and 'html'; give exactly one")
    if text is None and html is None:
        raise SourceError(where, "missing 'text' (or 'html'); one of them is required")
    name, value = ("text", text) if text is not None else ("html", html)
    if not isinstance(value, str):
        raise SourceError(where, f"field {name!r} must be a string, got {_json_type(value)}")
    _check_encodable(name, value, where)
    return value if name == "text" else text_from_html(value, where)


def _string_field(record: dict[str, Any], name: str, where: str) -> str:
    """An optional string field; absent or null is ""."""
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SourceError(where, f"field {name!r} must be a string, got {_json_type(value)}")
    _check_encodable(name, value, where)
    return value


def _published_field(record: dict[str, Any], where: str) -> dt.date | None:
    """The record's own publication date, None when absent, null or empty."""
    value = record.get("published")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SourceError(
            where, f"field 'published' must be a string (YYYY-MM-DD), got {_json_type(value)}"
        )
    try:
        return parse_published(value)
    except ValueError as exc:
        raise SourceError(where, str(exc)) from exc


def _check_encodable(name: str, value: str, where: str) -> None:
    """Reject lone surrogates ("\\ud800" escapes in JSON): no later stage could write them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SourceError(
            where, f"field {name!r} holds an unpaired surrogate at character {exc.start}"
        ) from exc


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    if isinstance(value, bool) or type(value) in names:
        return names[type(value)]
    return "number" if isinstance(value, int | float) else type(value).__name__
