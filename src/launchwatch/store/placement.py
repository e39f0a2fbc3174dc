"""Put mentions into canonical events, and keep each event's fused record up to date.

A new report re-clusters its neighbourhood: the report mentions of the same country and type within
a day of it, plus every mention of the events those are in (see `merge.cluster`). Candidates come
from the (country, type, day) index, so the work per article does not grow with the database.
Background mentions then attach to the event they refer to, or to a month-precision placeholder
event when none is known yet; placeholders are re-examined when a report lands in their month.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, update

from launchwatch.merge.cluster import (
    Point,
    assign_events,
    classes_compatible,
    cluster,
    type_family,
)
from launchwatch.merge.fusion import Claim, apply_corrections, first_day, fuse, is_official
from launchwatch.store.schema import articles, corrections, events, mentions

Row = Mapping[Any, Any]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def event_id(country: str, date: str, seed: str) -> str:
    """A stable, readable event id: country, date, and a short hash of the mention it began with."""
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:6]
    return f"{country or 'XX'}-{date}-{digest}"


def mention_key(article_id: str, idx: int) -> str:
    return f"{article_id}#{idx}"


def _point(row: Row, pinned_event: str | None) -> Point:
    fields = row["fields"]
    site = fields.get("launch_site") or {}
    return Point(
        key=mention_key(row["article_id"], row["idx"]),
        article=row["article_id"],
        day=dt.date.fromisoformat(row["day"]),
        type=fields.get("type") or "missile_launch",
        missile_class=fields.get("missile_class"),
        names=frozenset(fields.get("missile_names") or ()),
        site=site.get("name"),
        lat=site.get("lat"),
        lon=site.get("lon"),
        event=pinned_event,
    )


_MENTION_COLS = (
    mentions.c.pk,
    mentions.c.article_id,
    mentions.c.idx,
    mentions.c.day,
    mentions.c.fields,
    mentions.c.event_pk,
    mentions.c.pinned,
)


def _live(*conditions: Any) -> Any:
    return and_(mentions.c.valid_to.is_(None), *conditions)


# Statements run for every article, built once (building them costs more than running them).
_NEAR_REPORTS = select(*_MENTION_COLS).where(
    _live(
        mentions.c.country == bindparam("country"),
        mentions.c.type.in_(bindparam("types", expanding=True)),
        mentions.c.day.between(bindparam("lo"), bindparam("hi")),
        mentions.c.role == "report",
        mentions.c.date_precision == "day",
    )
)
_EVENT_REPORTS = select(*_MENTION_COLS).where(
    _live(
        mentions.c.event_pk.in_(bindparam("pks", expanding=True)),
        mentions.c.role == "report",
        mentions.c.date_precision == "day",
    )
)
_MOVE = (
    update(mentions)
    .where(mentions.c.pk.in_(bindparam("pks", expanding=True)))
    .values(event_pk=bindparam("target"))
)
_SET_EVENT = (
    update(mentions).where(mentions.c.pk == bindparam("m_pk")).values(event_pk=bindparam("target"))
)
_EVENT_BY_ID = select(events.c.pk, events.c.status).where(events.c.id == bindparam("eid"))
_INSERT_EVENT = insert(events)
_LIVE_REPORTS = (
    select(func.count())
    .where(
        mentions.c.event_pk == events.c.pk,
        mentions.c.valid_to.is_(None),
        mentions.c.role == "report",
    )
    .scalar_subquery()
)
# Events of a country and type family in a date range, with their live report count now (the
# stored count is only brought up to date when the batch is flushed).
_EVENTS_BETWEEN = (
    select(
        events.c.pk,
        events.c.id,
        events.c.type,
        events.c.date,
        events.c.day,
        events.c.missile_class,
        events.c.sources,
        events.c.status,
        events.c.record,
        _LIVE_REPORTS.label("reports"),
    )
    .where(
        events.c.country == bindparam("country"),
        events.c.type.in_(bindparam("types", expanding=True)),
        events.c.origin == "news",
        events.c.day.between(bindparam("lo"), bindparam("hi")),
    )
    .order_by(events.c.pk)
)
_BACKGROUND_OF = select(*_MENTION_COLS, mentions.c.date_precision, mentions.c.type).where(
    _live(mentions.c.event_pk == bindparam("pk"), mentions.c.role == "background")
)
_EVENT_ROW = select(
    events.c.id, events.c.status, events.c.date, events.c.origin, events.c.reviewed, events.c.type
).where(events.c.pk == bindparam("pk"))
_LIVE_OF_EVENT = (
    select(
        mentions.c.article_id,
        mentions.c.role,
        mentions.c.fields,
        mentions.c.pinned,
        articles.c.duplicate_of,
    )
    .join(articles, articles.c.pk == mentions.c.article_pk)
    .where(_live(mentions.c.event_pk == bindparam("pk")))
    .order_by(mentions.c.article_id, mentions.c.idx)
)
_EDITS_OF_EVENT = (
    select(corrections.c.action, corrections.c.field, corrections.c.new)
    .where(corrections.c.event_id == bindparam("event_id"))
    .order_by(corrections.c.pk)
)
_UPDATE_EVENT = (
    update(events)
    .where(events.c.pk == bindparam("b_pk"))
    .values(
        type=bindparam("b_type"),
        date=bindparam("b_date"),
        day=bindparam("b_day"),
        date_precision=bindparam("b_precision"),
        missile_class=bindparam("b_class"),
        record=bindparam("b_record", type_=events.c.record.type),
        conflicts=bindparam("b_conflicts", type_=events.c.conflicts.type),
        reports=bindparam("b_reports"),
        sources=bindparam("b_sources"),
        reviewed=bindparam("b_reviewed"),
        status=bindparam("b_status"),
        updated_at=bindparam("b_updated"),
    )
)


class Placer:
    """Places one transaction's new mentions; `flush()` re-fuses every event they touched."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.touched: set[int] = set()
        self._ids: dict[int, str] = {}
        # What the batch's new mentions ask for, done together by `place_batch`: a launch
        # reported by five articles of the batch is clustered once and fused once.
        self.reports: set[tuple[str, str, str]] = set()
        self.backgrounds: list[tuple[Row, str]] = []
        self.audit: list[dict[str, Any]] = []  # the batch's audit rows, written in one go

    def place_batch(self) -> None:
        """Place the batch's report mentions, then its background mentions, then re-fuse."""
        # Reports of a missile and of a satellite launch may be one launch: one neighbourhood.
        for country, type_, day in sorted({(c, type_family(t)[0], d) for c, t, d in self.reports}):
            self.place_report(country, type_, day)
        self.reports.clear()
        # Backgrounds are matched against the events' fused class and names: bring them up to date.
        self.flush()
        for row, country in self.backgrounds:
            self.place_background(row, country)
        self.backgrounds.clear()
        self.flush()

    # -- reports ---------------------------------------------------------------------------

    def place_report(self, country: str, type_: str, day: str) -> None:
        """Re-cluster the report mentions around (country, type, day)."""
        d = dt.date.fromisoformat(day)
        lo, hi = (d - dt.timedelta(days=1)).isoformat(), (d + dt.timedelta(days=1)).isoformat()
        near = self.conn.execute(
            _NEAR_REPORTS,
            {"country": country, "types": list(type_family(type_)), "lo": lo, "hi": hi},
        ).all()
        event_pks = {r.event_pk for r in near if r.event_pk is not None}
        rows = {r.pk: r for r in near}
        if event_pks:
            for r in self.conn.execute(_EVENT_REPORTS, {"pks": sorted(event_pks)}):
                rows[r.pk] = r
        ids = self._event_ids({r.event_pk for r in rows.values() if r.event_pk is not None})
        by_key: dict[str, Row] = {}
        points: list[Point] = []
        current: dict[str, str | None] = {}
        for r in rows.values():
            m = r._mapping
            event = ids.get(r.event_pk) if r.event_pk is not None else None
            point = _point(m, event if r.pinned else None)
            points.append(point)
            by_key[point.key] = m
            current[point.key] = event
        pk_of = {v: k for k, v in ids.items()}
        # Background-only events of the month around: a new launch may be one of them.
        window = self._events_between(
            country, type_, (d - dt.timedelta(days=1)).replace(day=1), d + dt.timedelta(days=1)
        )
        placeholders = [e for e in window if not e.reports and e.status == "active"]
        for group, chosen in assign_events(cluster(points), current):
            members = [by_key[p.key] for p in group.points]
            if chosen is None:
                # Seeded by the mention that came in first: the same id whatever the batches.
                first_in = min(members, key=lambda m: m["pk"])
                first = next(p for p in group.points if by_key[p.key] is first_in)
                date = first.day.isoformat()
                target = self._adopt_placeholder(placeholders, first) or self.create_event(
                    country, first.type, date, "day", event_id(country, date, first.key)
                )
            else:
                target = pk_of.get(chosen) or self._pk_of(chosen)
            moved = [m["pk"] for m in members if m["event_pk"] != target]
            if moved:
                self.conn.execute(_MOVE, {"pks": moved, "target": target})
                self.touched.update(m["event_pk"] for m in members if m["event_pk"] is not None)
            self.touched.add(target)
        for placeholder in placeholders:
            # Its background mentions may now have a launch to refer to.
            for waiting in self.conn.execute(_BACKGROUND_OF, {"pk": placeholder.pk}):
                if not waiting.pinned:
                    self.place_background(waiting._mapping, country, exclude_placeholders=True)

    @staticmethod
    def _adopt_placeholder(placeholders: list[Any], point: Point) -> int | None:
        """A background-only event this new launch is, if one was waiting for it (each is
        adopted once)."""
        for i, row in enumerate(placeholders):
            if (
                row.type == point.type
                and _date_covers(row.date, point.day)
                and classes_compatible(row.missile_class, point.missile_class)
            ):
                del placeholders[i]
                return int(row.pk)
        return None

    # -- background ------------------------------------------------------------------------

    def place_background(
        self, mention: Row, country: str, *, exclude_placeholders: bool = False
    ) -> None:
        """Attach a background mention to the event it refers to (or a placeholder event)."""
        fields = mention["fields"]
        date = fields.get("date") or mention["day"]
        precision = mention["date_precision"]
        type_ = fields.get("type") or mention.get("type")
        day = dt.date.fromisoformat(mention["day"])
        if precision == "day":
            lo, hi = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
        elif precision == "month":
            lo, hi = day, _month_end(day)
        else:
            lo, hi = day, dt.date(day.year, 12, 31)
        names = set(fields.get("missile_names") or ())
        klass = fields.get("missile_class")
        best: tuple[tuple[Any, ...], int] | None = None
        for row in self._events_between(country, str(type_), lo, hi):
            if row.status != "active" or not classes_compatible(row.missile_class, klass):
                continue
            record = row.record or {}
            if names and record.get("missile_names") and not names & set(record["missile_names"]):
                continue
            if not row.reports and (exclude_placeholders or row.date != date):
                continue
            rank = (row.reports > 0, row.day == mention["day"], row.sources, -row.pk)
            if best is None or rank > best[0]:
                best = (rank, int(row.pk))
        if best is not None:
            target = best[1]
        elif exclude_placeholders:
            return  # still nothing better than the placeholder it is in
        else:
            seed = mention_key(mention["article_id"], mention["idx"])
            target = self.create_event(
                country, str(type_), date, precision, event_id(country, date, seed)
            )
        if mention["event_pk"] != target:
            self.conn.execute(_SET_EVENT, {"m_pk": mention["pk"], "target": target})
            if mention["event_pk"] is not None:
                self.touched.add(mention["event_pk"])
        self.touched.add(target)

    # -- events ----------------------------------------------------------------------------

    def _events_between(self, country: str, type_: str, lo: dt.date, hi: dt.date) -> list[Any]:
        """Events of a country and type family in a date range, with their live report count."""
        params = {
            "country": country,
            "types": list(type_family(type_)),
            "lo": lo.isoformat(),
            "hi": hi.isoformat(),
        }
        return list(self.conn.execute(_EVENTS_BETWEEN, params))

    def create_event(self, country: str, type_: str, date: str, precision: str, eid: str) -> int:
        """A new, empty event (its record is filled when it is refreshed).

        An event of the same id that lost its mentions (a changed article) comes back instead.
        """
        existing = self.conn.execute(_EVENT_BY_ID, {"eid": eid}).first()
        if existing is not None:
            if existing.status == "retired":
                self.conn.execute(
                    update(events).where(events.c.pk == existing.pk).values(status="active")
                )
            self._ids[int(existing.pk)] = eid
            return int(existing.pk)
        stamp = now()
        pk = self.conn.execute(
            _INSERT_EVENT,
            {
                "id": eid,
                "type": type_,
                "country": country,
                "day": first_day(date).isoformat(),
                "date": date,
                "date_precision": precision,
                "record": {},
                "conflicts": [],
                "created_at": stamp,
                "updated_at": stamp,
            },
        ).inserted_primary_key
        assert pk is not None
        self._ids[int(pk[0])] = eid
        return int(pk[0])

    def _event_ids(self, pks: Iterable[int]) -> dict[int, str]:
        wanted = [pk for pk in pks if pk not in self._ids]
        if wanted:
            for pk, eid in self.conn.execute(
                select(events.c.pk, events.c.id).where(events.c.pk.in_(wanted))
            ):
                self._ids[pk] = eid
        return {pk: self._ids[pk] for pk in pks if pk in self._ids}

    def _pk_of(self, eid: str) -> int:
        pk = self.conn.execute(select(events.c.pk).where(events.c.id == eid)).scalar_one()
        self._ids[int(pk)] = eid
        return int(pk)

    def flush(self) -> None:
        """Re-fuse every touched event; drop events no mention is in any more."""
        for pk in sorted(self.touched):
            refresh_event(self.conn, pk)
        self.touched.clear()


def _month_end(day: dt.date) -> dt.date:
    nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def _date_covers(date: str, day: dt.date) -> bool:
    return day.isoformat().startswith(date)


def mention_claims(
    article_id: str, role: str, fields: Mapping[str, Any], duplicate_of: str | None
) -> list[Claim]:
    official = is_official(fields.get("reported_by") or ())
    source = duplicate_of or article_id
    return [
        Claim(name, value, article_id, source, official, role)
        for name, value in fields.items()
        if value not in (None, [], "")
    ]


def refresh_event(conn: Connection, pk: int) -> None:
    """Recompute one event's record from its live mentions and the analyst's corrections."""
    row = conn.execute(_EVENT_ROW, {"pk": pk}).first()
    if row is None or row.origin != "news":
        return
    live = conn.execute(_LIVE_OF_EVENT, {"pk": pk}).all()
    # Only an event an analyst touched has corrections (they set `reviewed` or the status).
    touched_by_analyst = row.reviewed or row.status not in ("active", "retired")
    edits = (
        [dict(r._mapping) for r in conn.execute(_EDITS_OF_EVENT, {"event_id": row.id})]
        if touched_by_analyst
        else []
    )
    if not live:
        referenced = conn.execute(
            select(mentions.c.pk).where(mentions.c.event_pk == pk).limit(1)
        ).first()
        if not edits and referenced is None:  # nothing ever spoke of it: no trace to keep
            conn.execute(delete(events).where(events.c.pk == pk))
        elif row.status == "active":  # kept for history (`show --as-of`), out of the lists
            conn.execute(
                update(events)
                .where(events.c.pk == pk)
                .values(status="retired", reports=0, sources=0, updated_at=now())
            )
        return
    claims = [
        c for r in live for c in mention_claims(r.article_id, r.role, r.fields, r.duplicate_of)
    ]
    fused = fuse(claims)
    record, _touched = apply_corrections(fused.fields, edits)
    reports = {r.article_id: (r.duplicate_of or r.article_id) for r in live if r.role == "report"}
    date = record.get("date") or row.date
    conn.execute(
        _UPDATE_EVENT,
        {
            "b_pk": pk,
            "b_type": record.get("type") or row.type,
            "b_date": date,
            "b_day": first_day(date).isoformat(),
            "b_precision": record.get("date_precision") or "day",
            "b_class": record.get("missile_class"),
            "b_record": record,
            "b_conflicts": fused.conflicts,
            "b_reports": len(reports),
            "b_sources": len(set(reports.values())),
            "b_reviewed": bool(edits),
            "b_status": "active" if row.status == "retired" else row.status,
            "b_updated": now(),
        },
    )
