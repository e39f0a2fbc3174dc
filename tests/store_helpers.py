"""Helpers shared by the storage tests: the test articles and views of what a store holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from launchwatch.ingest import read_sources
from launchwatch.model import Article, Rejected
from launchwatch.store.database import Store
from launchwatch.store.schema import articles, events, mentions

DATA = Path(__file__).resolve().parent / "store" / "data"


def load_articles(name: str = "launches.jsonl") -> list[Article]:
    out = []
    for item in read_sources([str(DATA / name)]):
        assert not isinstance(item, Rejected), item
        out.append(item)
    return out


def snapshot(store: Store) -> dict[str, Any]:
    """What the database holds, without timestamps and surrogate keys (to compare two runs)."""
    with store.begin() as conn:
        ids = dict(conn.execute(select(events.c.pk, events.c.id)).all())
        return {
            "events": sorted(
                (
                    r.id,
                    r.status,
                    r.reports,
                    r.sources,
                    repr(sorted(r.record.items())),
                    repr(r.conflicts),
                )
                for r in conn.execute(select(events))
            ),
            "articles": sorted(
                (r.id, r.content_hash, r.duplicate_of, r.version)
                for r in conn.execute(select(articles))
            ),
            "mentions": sorted(
                (r.article_id, r.version, r.idx, r.role, ids.get(r.event_pk), r.valid_to is None)
                for r in conn.execute(select(mentions))
            ),
        }


def groups(store: Store) -> set[frozenset[str]]:
    """The partition of reporting articles into events."""
    with store.begin() as conn:
        rows = conn.execute(
            select(mentions.c.event_pk, mentions.c.article_id).where(
                mentions.c.role == "report", mentions.c.valid_to.is_(None)
            )
        ).all()
    by_event: dict[int, set[str]] = {}
    for pk, article_id in rows:
        by_event.setdefault(pk, set()).add(article_id)
    return {frozenset(v) for v in by_event.values()}
