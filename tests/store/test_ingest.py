"""Ingest into both backends: merging, near-duplicates, idempotence, changed articles, history."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from launchwatch.model import Article, Rejected
from launchwatch.store import placement
from launchwatch.store.database import Store, open_store
from launchwatch.store.load import ingest, reported_events
from launchwatch.store.query import EventFilter, event_record, list_events
from launchwatch.store.schema import audit, mentions
from store_helpers import groups, load_articles, snapshot


def _events(store: Store) -> list[dict]:
    with store.begin() as conn:
        return list(list_events(conn, EventFilter()))


def _event_of(store: Store, article_id: str) -> dict:
    with store.begin() as conn:
        event_id = reported_events(conn)[article_id][0]
        return event_record(conn, event_id)


def test_reports_of_one_launch_merge_and_same_day_launches_stay_apart(store: Store) -> None:
    report = ingest(store, load_articles(), batch_size=3)
    assert report.added == 8 and report.rejected == 0
    assert groups(store) == {
        frozenset({"s01", "s02", "s03"}),  # the morning SRBMs, three reports
        frozenset({"s04", "s05"}),  # the ICBM
        frozenset({"s06"}),  # cruise missiles the same evening: another launch
        frozenset({"s08"}),  # a month later
    }
    srbm = _event_of(store, "s01")
    assert srbm["date"] == "2023-03-14"
    assert srbm["missile_class"] == "SRBM"  # the specific class beats "ballistic"
    assert srbm["count"] == 2
    assert srbm["reports"] == ["s01", "s02", "s03"]
    # s03 is a syndicated copy of s01: three reports, two independent sources.
    assert srbm["sources"] == 2


def test_near_duplicate_copy_is_linked_to_its_original(store: Store) -> None:
    report = ingest(store, load_articles())
    assert report.near_duplicates == 1
    record = _event_of(store, "s03")
    copies = {c["article"]: c["duplicate_of"] for c in record["claims"]}
    assert copies["s03"] == "s01" and copies["s01"] is None


def test_disagreeing_sources_show_a_conflict_with_both_sides(store: Store) -> None:
    ingest(store, load_articles())
    record = _event_of(store, "s01")
    # JCS: 620 km (s01 and its copy s03), Japan MoD: 600 km: within 10%, no conflict.
    assert record["range_km"] in (600, 620)
    assert not [c for c in record["conflicts"] if c["field"] == "range_km"]
    extra = Article(
        id="s09",
        text="North Korea fired two short-range ballistic missiles on Tuesday that flew about "
        "900 km before falling into the sea, a U.S. official said.",
        published=dt.date(2023, 3, 14),
    )
    ingest(store, [extra])
    record = _event_of(store, "s01")
    conflicts = [c for c in record["conflicts"] if c["field"] == "range_km"]
    assert len(conflicts) == 1
    assert 900 in conflicts[0]["values"]
    assert ["s09"] in conflicts[0]["articles"]
    assert all(conflicts[0]["evidence"])  # each side with its sentences


def test_background_mention_attaches_to_the_event_it_refers_to(store: Store) -> None:
    ingest(store, load_articles())
    icbm = _event_of(store, "s04")
    # s08 speaks of "last month's ICBM, a Hwasong-17": that is the March 16 launch.
    assert "s08" in icbm["mentions"]


def test_placeholder_for_an_unknown_earlier_launch_is_adopted_by_its_reports(
    store: Store,
) -> None:
    articles = {a.id: a for a in load_articles()}
    ingest(store, [articles["s08"]])  # mentions March's ICBM before any report of it is in
    placeholders = [e for e in _events(store) if not e["reports"]]
    assert [(e["date"], e["date_precision"]) for e in placeholders] == [("2023-03", "month")]
    ingest(store, [articles["s04"], articles["s05"]])
    icbm = _event_of(store, "s04")
    assert icbm["mentions"] == ["s08"] and icbm["reports"] == ["s04", "s05"]
    assert not [e for e in _events(store) if not e["reports"] and e["date"] == "2023-03"]


def test_ingest_twice_changes_nothing(store: Store) -> None:
    ingest(store, load_articles())
    before = snapshot(store)
    report = ingest(store, load_articles())
    assert (report.added, report.unchanged, report.replaced) == (0, 8, 0)
    assert snapshot(store) == before


def test_same_content_under_another_id_is_not_added_again(store: Store) -> None:
    first = load_articles()[0]
    ingest(store, [first])
    report = ingest(store, [dataclasses.replace(first, id="other-id", url="https://x.example")])
    assert (report.added, report.unchanged) == (0, 1)


def test_changed_article_replaces_its_claims_and_history_keeps_the_old(
    store: Store, monkeypatch
) -> None:
    articles = load_articles()
    monkeypatch.setattr(placement, "now", lambda: "2026-01-01T00:00:00+00:00")
    ingest(store, articles)
    assert _event_of(store, "s04")["apogee_km"] == 6000
    s04 = next(a for a in articles if a.id == "s04")
    changed = dataclasses.replace(
        s04, text=s04.text.replace("maximum altitude of 6,000 km", "maximum altitude of 6,500 km")
    )
    monkeypatch.setattr(placement, "now", lambda: "2026-02-01T00:00:00+00:00")
    report = ingest(store, [changed])
    assert report.replaced == 1
    record = _event_of(store, "s04")
    assert {c["value"] for c in record["claims"] if c["field"] == "apogee_km"} == {6500, 6000}
    with store.begin() as conn:
        closed = conn.execute(
            select(func.count()).where(
                mentions.c.article_id == "s04", mentions.c.valid_to.is_not(None)
            )
        ).scalar_one()
        then = event_record(conn, record["id"], as_of="2026-01-15T00:00:00+00:00")
        actions = [r.action for r in conn.execute(select(audit.c.action))]
    assert closed == 2  # the report and the background mention of the first version
    assert {c["value"] for c in then["claims"] if c["field"] == "apogee_km"} == {6000}
    assert "replace article" in actions


def test_as_of_tells_what_was_known_by_publication_date(store: Store) -> None:
    ingest(store, load_articles())
    event_id = _event_of(store, "s01")["id"]
    with store.begin() as conn:
        early = event_record(conn, event_id, as_of="2023-03-13T00:00:00+00:00")
        later = event_record(conn, event_id, as_of="2023-03-14T12:00:00+00:00")
    assert early["reports"] == [] and early["count"] is None
    assert later["reports"] == ["s01", "s02", "s03"] and later["count"] == 2


def test_rejected_inputs_are_counted_and_the_rest_goes_in(store: Store) -> None:
    items: list[Article | Rejected] = [Rejected("bad.jsonl:3", "invalid JSON"), *load_articles()]
    report = ingest(store, items)
    assert report.rejected == 1 and report.added == 8
    assert report.problems[0].where == "bad.jsonl:3"


def test_an_analysis_piece_makes_no_event(store: Store) -> None:
    ingest(store, load_articles())
    with store.begin() as conn:
        assert "s07" not in reported_events(conn)


def test_rocket_and_satellite_reports_of_one_launch_merge(store: Store) -> None:
    rocket = Article(
        id="k1",
        text="TOKYO -- North Korea launched a long-range rocket on Wednesday morning, Japan's "
        "Defense Ministry said, adding that it was still assessing the flight.",
        published=dt.date(2023, 11, 22),
    )
    satellite = Article(
        id="k2",
        text="SEOUL -- North Korea launched a rocket carrying a military reconnaissance satellite "
        "from the Sohae satellite launching station on Wednesday, state media said, claiming it "
        "had put the satellite into orbit.",
        published=dt.date(2023, 11, 22),
    )
    ingest(store, [rocket, satellite])
    assert frozenset({"k1", "k2"}) in groups(store)
    assert _event_of(store, "k1")["type"] == "satellite_launch"


def _runs_in_batches_of(size: int, where: Path) -> dict:
    """The launches, then a second run in which s01 changes and two more copies of it come in."""
    store = open_store(f"sqlite:///{where / f'batch{size}.db'}")
    articles = load_articles()
    ingest(store, articles, batch_size=size)
    s01 = next(a for a in articles if a.id == "s01")
    changed = dataclasses.replace(s01, text=s01.text + "\n\nThe launch was the third this month.")
    copies = [
        dataclasses.replace(
            s01,
            id=f"copy{i}",
            url=f"https://copy{i}.example",
            text=s01.text.replace("Tuesday", day),
        )
        for i, day in enumerate(("Tuesday morning local time", "Tuesday, the military said"))
    ]
    ingest(store, [copies[0], changed, copies[1]], batch_size=size)
    try:
        return snapshot(store)
    finally:
        store.engine.dispose()


def test_batch_size_changes_nothing_in_the_database(tmp_path: Path) -> None:
    one = _runs_in_batches_of(1, tmp_path)
    roots = {article: root for article, _, root, _ in one["articles"]}
    assert roots["s03"] == "s01" and roots["copy0"] == "s01" and roots["copy1"] == "s01"
    assert _runs_in_batches_of(3, tmp_path) == one
    assert _runs_in_batches_of(500, tmp_path) == one
