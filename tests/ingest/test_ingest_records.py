"""article_from_record, parse_published and stable ids: one record at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.errors import SourceError
from launchwatch.ingest import article_from_record, parse_published, stable_id
from launchwatch.ingest.html import HTML_NOT_SUPPORTED

TEXT = "SEOUL, May 2 (Example News) -- A missile was fired toward the sea on Thursday."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-21", dt.date(2023, 11, 21)),
        (" 2023-11-21 ", dt.date(2023, 11, 21)),
        ("2023-11-21T09:19:00Z", dt.date(2023, 11, 21)),
        ("2023-11-21T09:19", dt.date(2023, 11, 21)),
        ("2023-11-21 09:19:00", dt.date(2023, 11, 21)),
        # the date as written is kept: late evening in New York stays that day
        ("2023-11-21T23:30:00-05:00", dt.date(2023, 11, 21)),
        ("2024-02-29T00:10:00.123+09:00", dt.date(2024, 2, 29)),
    ],
)
def test_parse_published_accepts_dates_and_datetimes(value: str, expected: dt.date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "2023-02-30", "2023-13-01", "21/11/2023", "18 April 2031", "2023-11", "20231121",
     "2023-W47-2", "2023-11-21T25:00", "2023-11-21 junk"],
)  # fmt: skip
def test_parse_published_rejects_other_forms_with_a_clear_message(value: str) -> None:
    with pytest.raises(ValueError, match=r"published must be YYYY-MM-DD or an ISO 8601 datetime"):
        parse_published(value)


def test_full_record_becomes_an_article() -> None:
    record = {
        "id": "wire-1",
        "url": "https://news.example.org/a",
        "source": "Example News",
        "published": "2031-05-02",
        "title": "Missile fired",
        "text": TEXT,
        "extra": {"producers": "may add fields"},
    }
    article = article_from_record(record, "batch.jsonl:7")
    assert article.id == "wire-1"
    assert article.text == TEXT
    assert article.published == dt.date(2031, 5, 2)
    assert (article.url, article.source, article.title) == (
        "https://news.example.org/a",
        "Example News",
        "Missile fired",
    )
    assert article.origin == "batch.jsonl:7"


def test_published_argument_anchors_only_records_without_a_date() -> None:
    anchor = dt.date(2030, 1, 1)
    without = article_from_record({"text": TEXT}, "x", published=anchor)
    null = article_from_record({"text": TEXT, "published": None}, "x", published=anchor)
    own = article_from_record({"text": TEXT, "published": "2031-05-02"}, "x", published=anchor)
    assert without.published == anchor
    assert null.published == anchor
    assert own.published == dt.date(2031, 5, 2)
    assert article_from_record({"text": TEXT}, "x").published is None


def test_ids_are_stable_and_derived_from_url_then_text() -> None:
    url = "https://news.example.org/a"
    by_url = article_from_record({"url": url, "text": TEXT}, "a")
    again = article_from_record({"url": url, "text": TEXT + " Updated."}, "b")
    by_text = article_from_record({"text": TEXT}, "c")
    other_text = article_from_record({"text": TEXT + "!"}, "d")
    assert by_url.id == again.id == stable_id(url, "")
    assert by_text.id == stable_id("", TEXT)
    assert by_text.id != other_text.id
    assert by_url.id != by_text.id
    assert len(by_url.id) == len(by_text.id) == 16
    # blank ids count as absent
    assert article_from_record({"id": "  ", "text": TEXT}, "e").id == by_text.id
    # pinned (sha1 of "abc", the FIPS 180 test vector): a changed derivation would silently
    # re-key every stored article
    assert stable_id("", "abc") == "a9993e364706816a"
    assert stable_id(" abc ", TEXT) == "a9993e364706816a"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (["not", "an", "object"], "expected a JSON object, got array"),
        ("text", "expected a JSON object, got string"),
        ({"id": "x"}, "missing 'text' (or 'html')"),
        ({"text": TEXT, "html": "<p>x</p>"}, "has both 'text' and 'html'"),
        ({"html": "<p>A missile was fired.</p>"}, HTML_NOT_SUPPORTED),
        ({"text": 12}, "field 'text' must be a string, got number"),
        ({"html": ["<p>"]}, "field 'html' must be a string, got array"),
        ({"text": TEXT, "id": 9}, "field 'id' must be a string, got number"),
        ({"text": TEXT, "title": True}, "field 'title' must be a string, got boolean"),
        ({"text": TEXT, "url": {}}, "field 'url' must be a string, got object"),
        ({"text": TEXT, "published": 20230101}, "field 'published' must be a string"),
        ({"text": TEXT, "published": "yesterday"}, "published must be YYYY-MM-DD"),
        ({"text": "  \n\t "}, "empty text"),
        ({"text": ""}, "empty text"),
        ({"text": "lone \ud800 surrogate"}, "field 'text' holds an unpaired surrogate"),
        ({"text": TEXT, "id": "\udc80"}, "field 'id' holds an unpaired surrogate"),
    ],
)
def test_bad_records_raise_source_error_with_place_and_reason(record: Any, reason: str) -> None:
    with pytest.raises(SourceError) as info:
        article_from_record(record, "feed.jsonl:3")
    assert info.value.where == "feed.jsonl:3"
    assert reason in info.value.reason
    assert str(info.value).startswith("feed.jsonl:3: ")


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(alphabet=st.characters(codec=None), max_size=30),  # surrogates included
    st.sampled_from(["2023-11-21", "2023-11-21T09:19:00Z", "2023-02-30", "", " ", TEXT]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
field_names = st.sampled_from(["id", "url", "source", "title", "published", "text", "html", "x"])
records = st.one_of(json_values, st.dictionaries(field_names, json_values, max_size=7))


@settings(max_examples=500, deadline=None)
@given(records, st.text(max_size=20), st.one_of(st.none(), st.dates()))
def test_article_from_record_raises_only_source_error(
    record: Any, where: str, published: dt.date | None
) -> None:
    try:
        article = article_from_record(record, where, published=published)
    except SourceError as exc:
        assert exc.where == where
        assert exc.reason
    else:
        assert article.text.strip()
        assert article.id
        assert article.origin == where
        assert article.published is None or isinstance(article.published, dt.date)
