"""Read canonical events back: lists with filters, one event in full, and what was believed when.

`event_record` gives the CONTRACT section 4 record: the fused fields, the articles that report or
mention the event, every claim with its sentence, the conflicts, and the analyst's corrections.
With `as_of`, the record is rebuilt from what was known at that moment: articles published by then
(or, without a date, ingested by then) in the version the database held then, and corrections made
by then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from launchwatch.errors import UsageError
from launchwatch.merge.fusion import FIELDS, apply_corrections, fuse
from launchwatch.store.placement import mention_claims
from launchwatch.store.schema import articles, claims, corrections, events, mentions


@dataclass(frozen=True)
class EventFilter:
    """What `events` lists; every part optional."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    type: str | None = None
    missile_class: str | None = None
    include_rejected: bool = False
    origin: str = "news"
    min_sources: int = 0
    include_background_only: bool = True


class UnknownEvent(UsageError):
    def __init__(self, event_id: str) -> None:
        super().__init__(f"no event with id {event_id!r} (see `launchwatch events` for ids)")
        self.event_id = event_id


def list_events(conn: Connection, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Event records (without claims) in date order, filtered."""
    query = select(events).where(events.c.origin == flt.origin).order_by(events.c.day, events.c.id)
    if flt.since:
        query = query.where(events.c.day >= flt.since)
    if flt.until:
        query = query.where(events.c.day <= flt.until)
    if flt.country:
        query = query.where(events.c.country == flt.country.upper())
    if flt.type:
        query = query.where(events.c.type == flt.type)
    if flt.missile_class:
        query = query.where(events.c.missile_class == flt.missile_class)
    if not flt.include_rejected:
        query = query.where(events.c.status == "active")
    if flt.min_sources:
        query = query.where(events.c.sources >= flt.min_sources)
    if not flt.include_background_only:
        query = query.where(events.c.reports > 0)
    rows = conn.execute(query).all()
    links = _links(conn, [r.pk for r in rows])
    for row in rows:
        yield _record(row, links.get(row.pk, ([], [])))


def _links(conn: Connection, pks: Sequence[int]) -> dict[int, tuple[list[str], list[str]]]:
    out: dict[int, tuple[list[str], list[str]]] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        for pk, article_id, role in conn.execute(
            select(mentions.c.event_pk, mentions.c.article_id, mentions.c.role)
            .where(mentions.c.event_pk.in_(chunk), mentions.c.valid_to.is_(None))
            .order_by(mentions.c.article_id)
        ):
            reports, mentioned = out.setdefault(pk, ([], []))
            target = reports if role == "report" else mentioned
            if article_id not in target:
                target.append(article_id)
    return out


def _record(row: Any, links: tuple[list[str], list[str]]) -> dict[str, Any]:
    record: dict[str, Any] = {"id": row.id}
    fields = row.record or {}
    for name in FIELDS:
        record[name] = fields.get(name)
    record["type"] = record["type"] or row.type
    record["country"] = record["country"] or row.country or None
    record["date"] = record["date"] or row.date
    record["date_precision"] = record["date_precision"] or row.date_precision
    record["missile_names"] = record["missile_names"] or []
    record["reported_by"] = record["reported_by"] or []
    record["outcome"] = record["outcome"] or "unknown"
    for span in ("apogee_km_span", "range_km_span"):
        if fields.get(span):
            record[span] = fields[span]
    reports, mentioned = links
    record["reports"] = [a for a in reports]
    record["mentions"] = [a for a in mentioned if a not in reports]
    record["sources"] = row.sources
    record["conflicts"] = row.conflicts or []
    record["reviewed"] = bool(row.reviewed)
    record["status"] = row.status
    return record


def find_event(conn: Connection, event_id: str) -> Any:
    row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise UnknownEvent(event_id)
    return row


def event_record(conn: Connection, event_id: str, *, as_of: str | None = None) -> dict[str, Any]:
    """The full record of one event: fields, links, claims with evidence, conflicts, corrections."""
    row = find_event(conn, event_id)
    edit_query = (
        select(
            corrections.c.action,
            corrections.c.field,
            corrections.c.old,
            corrections.c.new,
            corrections.c.target,
            corrections.c.note,
            corrections.c.who,
            corrections.c.at,
        )
        .where(corrections.c.event_id == event_id)
        .order_by(corrections.c.pk)
    )
    if as_of:
        edit_query = edit_query.where(corrections.c.at <= as_of)
    edits = [dict(r._mapping) for r in conn.execute(edit_query)]
    live = _mentions_at(conn, row.pk, as_of)
    if as_of is None:
        record = _record(row, _links(conn, [row.pk]).get(row.pk, ([], [])))
    else:
        fused = fuse(
            [
                c
                for m in live
                for c in mention_claims(m.article_id, m.role, m.fields, m.duplicate_of)
            ]
        )
        fields, touched = apply_corrections(fused.fields, edits)
        reports = sorted({m.article_id for m in live if m.role == "report"})
        roots = {m.duplicate_of or m.article_id for m in live if m.role == "report"}
        fake = _AsOfRow(row, fields, fused.conflicts, len(roots), bool(touched or edits))
        record = _record(fake, (reports, sorted({m.article_id for m in live})))
        record["as_of"] = as_of
    record["claims"] = _claims(conn, live)
    record["conflicts"] = [_with_evidence(c, record["claims"]) for c in record["conflicts"]]
    record["reviewed_fields"] = sorted({e["field"] for e in edits if e["action"] == "set"})
    record["corrections"] = edits
    return record


@dataclass(frozen=True)
class _AsOfRow:
    base: Any
    record: dict[str, Any]
    conflicts: list[dict[str, Any]]
    sources: int
    reviewed: bool

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)


def _mentions_at(conn: Connection, event_pk: int, as_of: str | None) -> list[Any]:
    query = (
        select(
            mentions.c.pk,
            mentions.c.article_id,
            mentions.c.role,
            mentions.c.fields,
            mentions.c.valid_from,
            mentions.c.valid_to,
            mentions.c.version,
            articles.c.duplicate_of,
            articles.c.source,
            articles.c.published,
        )
        .join(articles, articles.c.pk == mentions.c.article_pk)
        .where(mentions.c.event_pk == event_pk)
        .order_by(mentions.c.article_id, mentions.c.version, mentions.c.idx)
    )
    if as_of is None:
        return list(conn.execute(query.where(mentions.c.valid_to.is_(None))))
    day = as_of[:10]
    rows = conn.execute(
        query.where(
            or_(
                and_(articles.c.published.is_not(None), articles.c.published <= day),
                and_(articles.c.published.is_(None), mentions.c.valid_from <= as_of),
            )
        )
    ).all()
    # Each article in the version the database held at `as_of` (the first one if it came later).
    by_article: dict[str, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    chosen: list[Any] = []
    for versions in by_article.values():
        held = [r for r in versions if r.valid_from <= as_of]
        version = max(r.version for r in held) if held else min(r.version for r in versions)
        chosen.extend(r for r in versions if r.version == version)
    return chosen


def _claims(conn: Connection, live: Sequence[Any]) -> list[dict[str, Any]]:
    by_mention = {m.pk: m for m in live}
    out: list[dict[str, Any]] = []
    if not by_mention:
        return out
    for c in conn.execute(
        select(claims)
        .where(claims.c.mention_pk.in_(list(by_mention)))
        .order_by(claims.c.mention_pk, claims.c.pk)
    ):
        m = by_mention[c.mention_pk]
        out.append(
            {
                "field": c.field,
                "value": c.value,
                "article": m.article_id,
                "source": m.source,
                "role": m.role,
                "reporter": (m.fields or {}).get("reported_by") or [],
                "duplicate_of": m.duplicate_of,
                "evidence": {"text": c.evidence, "start": c.start, "end": c.end},
                "extractor": c.extractor,
            }
        )
    return out


def _with_evidence(conflict: dict[str, Any], claims: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A conflict with, for each side, the sentences its articles said it in."""
    sides = []
    for articles_of_side in conflict.get("articles", []):
        sides.append(
            [
                c["evidence"]["text"]
                for c in claims
                if c["field"] == conflict["field"]
                and c["article"] in articles_of_side
                and c["evidence"]["text"]
            ]
        )
    return {**conflict, "evidence": sides}


def parse_as_of(value: str) -> str:
    """An ISO timestamp from `2023-06-16` or `2023-06-16T00:00` (UTC unless it says otherwise)."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(
            f"--as-of {value!r}: expected a date or time like 2023-06-16T00:00"
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")
