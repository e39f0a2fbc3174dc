"""launchwatch's events side by side with reference events (the CNS database): what both have,
what only one has, and where matched events differ.

An own event matches a reference event of the same country and type dated within a day (CNS dates
by UTC when it knows the time; reports by local date) whose class is compatible; each event is
used once, the closest date first. The reference may split one launch into several rows (CNS
enters missiles fired minutes apart separately): the other reference events of the matched day
with a compatible class join the match, and their counts add up. Only own events the reference
could hold are compared: its countries and types, within its dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from launchwatch.merge.cluster import classes_compatible
from launchwatch.merge.fusion import near

COMPARED_FIELDS = (
    "missile_class",
    "count",
    "missile_names",
    "launch_site",
    "apogee_km",
    "range_km",
)

Record = Mapping[str, Any]


@dataclass
class Comparison:
    # (own event, the reference as one record, the fields that differ)
    matched: list[tuple[Record, Record, list[str]]] = field(default_factory=list)
    only_own: list[Record] = field(default_factory=list)
    only_reference: list[Record] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "matched": len(self.matched),
            "only_launchwatch": [r["id"] for r in self.only_own],
            "only_reference": [r["id"] for r in self.only_reference],
            "differences": [
                {"launchwatch": own["id"], "reference": ref["id"], "fields": diff}
                for own, ref, diff in self.matched
                if diff
            ],
        }


def _day(record: Record) -> dt.date | None:
    date = str(record.get("date") or "")
    if record.get("date_precision", "day") != "day" or len(date) != 10:
        return None
    return dt.date.fromisoformat(date)


def _site(record: Record) -> str | None:
    site = record.get("launch_site")
    return site.get("name") if isinstance(site, Mapping) else None


def differences(own: Record, reference: Record) -> list[str]:
    """The compared fields on which the two records, both having a value, disagree."""
    out = []
    for name in COMPARED_FIELDS:
        a = _site(own) if name == "launch_site" else own.get(name)
        b = _site(reference) if name == "launch_site" else reference.get(name)
        if a in (None, [], "") or b in (None, [], ""):
            continue
        if name in ("apogee_km", "range_km"):
            if not near(float(a), float(b)):
                out.append(name)
        elif name == "missile_names":
            if not set(a) & set(b):
                out.append(name)
        elif a != b:
            out.append(name)
    return out


def compare_events(own: Iterable[Record], reference: Iterable[Record]) -> Comparison:
    """Match own events with reference events and list the differences."""
    result = Comparison()
    all_refs = list(reference)
    refs = [r for r in all_refs if _day(r) is not None]
    result.only_reference.extend(r for r in all_refs if _day(r) is None)
    by_day: dict[dt.date, list[int]] = {}
    for j, ref in enumerate(refs):
        by_day.setdefault(_day(ref) or dt.date.min, []).append(j)
    taken: set[int] = set()
    candidates: list[tuple[int, int, int]] = []
    days = [d for d in (_day(r) for r in refs) if d is not None]
    scope = {(r.get("country"), r.get("type")) for r in refs}
    own_list = [
        r
        for r in own
        if (r.get("country"), r.get("type")) in scope
        and days
        and (day := _day(r)) is not None
        and min(days) - dt.timedelta(days=1) <= day <= max(days) + dt.timedelta(days=1)
    ]
    for i, record in enumerate(own_list):
        day = _day(record)
        if day is None:
            continue
        for gap in (0, 1):
            for other_day in {day - dt.timedelta(days=gap), day + dt.timedelta(days=gap)}:
                for j in by_day.get(other_day, ()):
                    ref = refs[j]
                    if (
                        record.get("country") == ref.get("country")
                        and record.get("type") == ref.get("type")
                        and classes_compatible(
                            record.get("missile_class"), ref.get("missile_class")
                        )
                    ):
                        candidates.append((gap, i, j))
    used_own: set[int] = set()
    for _gap, i, j in sorted(candidates):
        if i in used_own or j in taken:
            continue
        used_own.add(i)
        taken.add(j)
        group = [j] + [
            k
            for k in by_day.get(_day(refs[j]) or dt.date.min, ())
            if k not in taken
            and classes_compatible(refs[k].get("missile_class"), refs[j].get("missile_class"))
            and refs[k].get("type") == refs[j].get("type")
        ]
        taken.update(group)
        merged = _as_one([refs[k] for k in group])
        result.matched.append((own_list[i], merged, differences(own_list[i], merged)))
    result.only_own.extend(r for i, r in enumerate(own_list) if i not in used_own)
    result.only_reference.extend(r for j, r in enumerate(refs) if j not in taken)
    return result


def _as_one(records: list[Record]) -> Record:
    """Several reference rows of one launch as one record: counts added, ids joined."""
    if len(records) == 1:
        return records[0]
    counts = [r.get("count") for r in records]
    return {
        **records[0],
        "id": "+".join(str(r["id"]) for r in records),
        "count": sum(int(c or 1) for c in counts),
    }
