"""Analyst corrections: kept through later ingests, replayed on re-extraction, checked first."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from launchwatch.errors import UsageError
from launchwatch.model import Article
from launchwatch.store.database import Store
from launchwatch.store.load import ingest, reported_events
from launchwatch.store.query import EventFilter, UnknownEvent, event_record, list_events
from launchwatch.store.review import merge_events, reject_event, set_fields, split_article
from launchwatch.store.schema import audit, corrections
from store_helpers import groups, load_articles


def _event_id(store: Store, article_id: str) -> str:
    with store.begin() as conn:
        return reported_events(conn)[article_id][0]


def _record(store: Store, event_id: str) -> dict:
    with store.begin() as conn:
        return event_record(conn, event_id)


def test_set_field_survives_later_ingests(store: Store) -> None:
    articles = load_articles()
    ingest(store, articles[:4])  # s01-s04
    icbm = _event_id(store, "s04")
    with store.begin() as conn:
        set_fields(conn, icbm, ["apogee_km=6200"], note="JCS revised", who="kim")
    record = _record(store, icbm)
    assert record["apogee_km"] == 6200 and record["reviewed"]
    assert record["reviewed_fields"] == ["apogee_km"]
    assert record["corrections"][0]["old"] == 6000 and record["corrections"][0]["who"] == "kim"
    ingest(store, articles[4:])  # s05 also says about 6,000 km
    record = _record(store, icbm)
    assert record["reports"] == ["s04", "s05"]
    assert record["apogee_km"] == 6200
    with store.begin() as conn:
        assert "review set" in conn.execute(select(audit.c.action)).scalars().all()


def test_set_is_replayed_when_an_article_is_re_extracted(store: Store) -> None:
    articles = load_articles()
    ingest(store, articles)
    icbm = _event_id(store, "s04")
    with store.begin() as conn:
        set_fields(conn, icbm, ["count=1", "missile_names=Hwasong-17"], who="kim")
    s04 = next(a for a in articles if a.id == "s04")
    ingest(store, [dataclasses.replace(s04, text=s04.text.replace("1,000 km", "1,010 km"))])
    record = _record(store, icbm)
    assert record["count"] == 1 and record["missile_names"] == ["Hwasong-17"]
    assert record["range_km"] in (1000, 1010)


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("altitude=500", "unknown field 'altitude'; fields that can be set: type, country"),
        ("apogee_km=high", "apogee_km must be a number"),
        ("count=2.5", "count must be a whole number"),
        ("missile_class=rocket", "missile_class must be one of SRBM"),
        ("date=March 3", "date must be YYYY-MM-DD"),
        ("apogee_km", "expected FIELD=VALUE"),
    ],
)
def test_bad_corrections_say_why_and_change_nothing(
    store: Store, assignment: str, message: str
) -> None:
    ingest(store, load_articles())
    icbm = _event_id(store, "s04")
    before = _record(store, icbm)
    with pytest.raises(UsageError, match=message), store.begin() as conn:
        set_fields(conn, icbm, ["count=1", assignment], who="kim")
    assert _record(store, icbm) == before
    with store.begin() as conn:
        assert conn.execute(select(func.count()).select_from(corrections)).scalar_one() == 0


def test_unknown_event_is_a_clear_error(store: Store) -> None:
    ingest(store, load_articles())
    missing = "KP-1999-01-01-abcdef"
    with pytest.raises(UnknownEvent, match=f"no event with id '{missing}'"), store.begin() as conn:
        set_fields(conn, missing, ["count=1"], who="kim")


def test_merge_keeps_one_event_and_survives_re_extraction(store: Store) -> None:
    articles = load_articles()
    ingest(store, articles)
    icbm, cruise = _event_id(store, "s04"), _event_id(store, "s06")
    with store.begin() as conn:
        merge_events(conn, icbm, cruise, note="one salvo", who="kim")
    assert frozenset({"s04", "s05", "s06"}) in groups(store)
    s06 = next(a for a in articles if a.id == "s06")
    ingest(store, [dataclasses.replace(s06, text=s06.text + "\nNo damage was reported.")])
    assert frozenset({"s04", "s05", "s06"}) in groups(store)
    with store.begin() as conn:
        listed = {e["id"] for e in list_events(conn, EventFilter())}
        assert cruise not in listed and icbm in listed
        assert event_record(conn, cruise)["status"] == "merged"


def test_split_moves_an_article_out_and_stays_split(store: Store) -> None:
    articles = load_articles()
    ingest(store, articles)
    srbm = _event_id(store, "s01")
    with store.begin() as conn:
        new_id = split_article(conn, srbm, "s02", note="different salvo", who="kim")
    assert {frozenset({"s01", "s03"}), frozenset({"s02"})} <= groups(store)
    s02 = next(a for a in articles if a.id == "s02")
    ingest(store, [dataclasses.replace(s02, text=s02.text + "\nThe ministry gave no details.")])
    assert {frozenset({"s01", "s03"}), frozenset({"s02"})} <= groups(store)
    assert _event_id(store, "s02") == new_id
    with pytest.raises(UsageError, match="not linked"), store.begin() as conn:
        split_article(conn, srbm, "s08", who="kim")


def test_rejected_event_stays_rejected_when_more_reports_come(store: Store) -> None:
    articles = load_articles()
    ingest(store, [a for a in articles if a.id != "s05"])
    icbm = _event_id(store, "s04")
    with store.begin() as conn:
        reject_event(conn, icbm, note="old footage", who="kim")
    ingest(store, [a for a in articles if a.id == "s05"])
    with store.begin() as conn:
        assert icbm not in {e["id"] for e in list_events(conn, EventFilter())}
        record = event_record(conn, icbm)
    assert record["status"] == "rejected" and record["reports"] == ["s04", "s05"]


def test_a_new_report_can_join_an_event_an_analyst_placed(store: Store) -> None:
    ingest(store, load_articles())
    srbm = _event_id(store, "s01")
    with store.begin() as conn:
        split_article(conn, srbm, "s03", who="kim")
    late = Article(
        id="s10",
        text="North Korea fired two short-range ballistic missiles on Tuesday morning from "
        "South Hwanghae Province, South Korea's Joint Chiefs of Staff said.",
        published=dt.date(2023, 3, 14),
    )
    ingest(store, [late])
    assert any("s10" in g and len(g) > 1 for g in groups(store))
