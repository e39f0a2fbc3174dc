"""Reference events from another database (the CNS North Korea Missile Test Database) kept apart.

They live in the events table with `origin = "cns"`: listed and counted with `--reference`, never
merged with launchwatch's own events, so the two can be compared side by side. Importing the same
file again replaces each reference event by id and changes nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, insert, select, update

from launchwatch.merge.fusion import first_day
from launchwatch.store.placement import now
from launchwatch.store.schema import audit, events

ORIGIN = "cns"


def import_reference(
    conn: Connection, records: Iterable[Mapping[str, Any]], *, who: str, origin: str = ORIGIN
) -> tuple[int, int]:
    """Store reference events; returns (added, updated)."""
    added = updated = 0
    stamp = now()
    for ref in records:
        record = dict(ref)
        date = str(record["date"])
        values: dict[str, Any] = {
            "type": record.get("type") or "missile_launch",
            "country": record.get("country") or "",
            "day": first_day(date).isoformat(),
            "date": date,
            "date_precision": record.get("date_precision") or "day",
            "missile_class": record.get("missile_class"),
            "record": {k: record[k] for k in record if k != "id"},
            "conflicts": [],
            "reports": 0,
            "sources": len(record.get("sources") or ()),
            "origin": origin,
            "updated_at": stamp,
        }
        existing = conn.execute(
            select(events.c.pk, events.c.record).where(events.c.id == record["id"])
        ).first()
        if existing is None:
            conn.execute(insert(events).values(id=record["id"], created_at=stamp, **values))
            added += 1
        elif existing.record != values["record"]:
            conn.execute(update(events).where(events.c.pk == existing.pk).values(**values))
            updated += 1
    conn.execute(
        insert(audit).values(
            at=stamp,
            who=who,
            action=f"import {origin}",
            detail={"added": added, "updated": updated},
        )
    )
    return added, updated
