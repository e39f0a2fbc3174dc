"""The analyst's corrections: set a field, merge two events, split an article off, reject an event.

Corrections are rows of their own, never edits of extracted claims: fusion replays `set`
corrections on top of whatever the articles say, so a later ingest cannot overwrite them. Merge,
split and reject pin the mentions involved to their event, and a re-extracted article inherits its
old mentions' pins. Each correction is checked before anything is written (unknown field, wrong
type, unknown event: a clear message, nothing changed) and leaves an audit row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, insert, select, update

from launchwatch.errors import UsageError
from launchwatch.extract.vocab import site_by_name
from launchwatch.model import COUNT_QUALIFIERS, EVENT_TYPES, MISSILE_CLASSES, OUTCOMES
from launchwatch.store.placement import Placer, event_id, now, refresh_event
from launchwatch.store.query import find_event
from launchwatch.store.schema import audit, corrections, events, mentions

_NULL = ("", "null", "none")


def _own_event(conn: Connection, event_id_: str) -> Any:
    """The event to correct; reference events (imported CNS rows) are read-only."""
    event = find_event(conn, event_id_)
    if event.origin != "news":
        raise UsageError(
            f"{event.id} is a reference event ({event.origin}); it changes only by importing "
            "its source again"
        )
    return event


def _number(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError as exc:
        raise UsageError(f"{name} must be a number (km or minutes), not {raw!r}") from exc
    if value < 0:
        raise UsageError(f"{name} cannot be negative ({raw})")
    return value


def _count(name: str, raw: str) -> int:
    if not raw.isdigit():
        raise UsageError(f"{name} must be a whole number, not {raw!r}")
    return int(raw)


def _choice(options: tuple[str, ...]) -> Callable[[str, str], str]:
    def parse(name: str, raw: str) -> str:
        for option in options:
            if raw.lower() == option.lower():
                return option
        raise UsageError(f"{name} must be one of {', '.join(options)}, not {raw!r}")

    return parse


def _date(name: str, raw: str) -> str:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", raw):
        raise UsageError(f"{name} must be YYYY-MM-DD, YYYY-MM or YYYY, not {raw!r}")
    return raw


def _country(name: str, raw: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", raw):
        raise UsageError(f"{name} must be a two-letter country code such as KP, not {raw!r}")
    return raw.upper()


def _names(name: str, raw: str) -> list[str]:
    return sorted({part.strip() for part in raw.split(",") if part.strip()})


def _site(name: str, raw: str) -> dict[str, Any]:
    site = site_by_name(raw)
    if site is not None:
        return site.to_json()
    return {"name": raw, "lat": None, "lon": None}


def _text(name: str, raw: str) -> str:
    return raw


EDITABLE: dict[str, Callable[[str, str], Any]] = {
    "type": _choice(EVENT_TYPES),
    "country": _country,
    "date": _date,
    "count": _count,
    "count_qualifier": _choice(COUNT_QUALIFIERS),
    "missile_class": _choice(MISSILE_CLASSES),
    "missile_names": _names,
    "launch_site": _site,
    "landing": _text,
    "apogee_km": _number,
    "range_km": _number,
    "flight_time_min": _number,
    "reported_by": _names,
    "outcome": _choice(OUTCOMES),
}


def parse_assignment(text: str) -> tuple[str, Any]:
    """`field=value` checked against the field's type; `field=null` clears it."""
    if "=" not in text:
        raise UsageError(f"--set {text!r}: expected FIELD=VALUE, e.g. apogee_km=6000")
    name, raw = (part.strip() for part in text.split("=", 1))
    if name not in EDITABLE:
        raise UsageError(f"unknown field {name!r}; fields that can be set: {', '.join(EDITABLE)}")
    if raw.lower() in _NULL:
        if name in ("type", "country", "date", "outcome"):
            raise UsageError(f"{name} cannot be cleared, only changed")
        return name, [] if name in ("missile_names", "reported_by") else None
    return name, EDITABLE[name](name, raw)


def _correct(
    conn: Connection,
    event: Any,
    action: str,
    who: str,
    note: str,
    stamp: str,
    **values: Any,
) -> None:
    conn.execute(
        insert(corrections).values(
            event_id=event.id, action=action, who=who, note=note, at=stamp, **values
        )
    )
    conn.execute(update(events).where(events.c.pk == event.pk).values(reviewed=True))
    conn.execute(
        insert(audit).values(
            at=stamp,
            who=who,
            action=f"review {action}",
            event_id=event.id,
            detail={k: v for k, v in values.items() if v is not None} | {"note": note},
        )
    )


def set_fields(
    conn: Connection, event_id_: str, assignments: list[str], *, note: str = "", who: str
) -> None:
    """Set fields of an event (all assignments checked before any is written)."""
    event = _own_event(conn, event_id_)
    parsed = [parse_assignment(a) for a in assignments]
    stamp = now()
    record = event.record or {}
    for name, value in parsed:
        _correct(conn, event, "set", who, note, stamp, field=name, old=record.get(name), new=value)
    refresh_event(conn, event.pk)


def _pin(conn: Connection, event_pk: int, where: Any) -> None:
    conn.execute(update(mentions).where(where).values(event_pk=event_pk, pinned=True))


def merge_events(
    conn: Connection, keep_id: str, other_id: str, *, note: str = "", who: str
) -> None:
    """Merge `other_id` into `keep_id`: every mention of both is pinned to `keep_id`."""
    keep = _own_event(conn, keep_id)
    other = _own_event(conn, other_id)
    if keep.pk == other.pk:
        raise UsageError("an event cannot be merged with itself")
    stamp = now()
    live = mentions.c.valid_to.is_(None)
    _pin(conn, keep.pk, live & mentions.c.event_pk.in_([keep.pk, other.pk]))
    conn.execute(update(events).where(events.c.pk == other.pk).values(status="merged"))
    _correct(conn, keep, "merge", who, note, stamp, target=other.id)
    _correct(conn, other, "merge", who, note, stamp, target=keep.id)
    refresh_event(conn, keep.pk)
    refresh_event(conn, other.pk)


def split_article(
    conn: Connection, event_id_: str, article_id: str, *, note: str = "", who: str
) -> str:
    """Move one article's mentions of an event into a new event of their own; its id."""
    event = _own_event(conn, event_id_)
    live = mentions.c.valid_to.is_(None) & (mentions.c.event_pk == event.pk)
    moving = conn.execute(
        select(mentions.c.pk).where(live, mentions.c.article_id == article_id)
    ).all()
    if not moving:
        raise UsageError(f"article {article_id!r} is not linked to event {event.id}")
    staying = conn.execute(
        select(mentions.c.pk).where(live, mentions.c.article_id != article_id)
    ).all()
    if not staying:
        raise UsageError(f"article {article_id!r} is the only article of event {event.id}")
    placer = Placer(conn)
    new_id = event_id(event.country, event.date, f"split:{event.id}:{article_id}")
    new_pk = placer.create_event(
        event.country, event.type, event.date, event.date_precision, new_id
    )
    _pin(conn, new_pk, mentions.c.pk.in_([r.pk for r in moving]))
    _pin(conn, event.pk, mentions.c.pk.in_([r.pk for r in staying]))
    stamp = now()
    _correct(conn, event, "split", who, note, stamp, target=article_id)
    new = find_event(conn, new_id)
    _correct(conn, new, "split", who, note, stamp, target=event.id)
    refresh_event(conn, event.pk)
    refresh_event(conn, new_pk)
    return new_id


def reject_event(conn: Connection, event_id_: str, *, note: str = "", who: str) -> None:
    """Mark an event as not a real launch; it stays rejected whatever later articles say."""
    event = _own_event(conn, event_id_)
    _pin(conn, event.pk, mentions.c.valid_to.is_(None) & (mentions.c.event_pk == event.pk))
    conn.execute(update(events).where(events.c.pk == event.pk).values(status="rejected"))
    _correct(conn, event, "reject", who, note, now())
    refresh_event(conn, event.pk)
