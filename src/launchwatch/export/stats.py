"""Counts of canonical events grouped by year, month, country, type, class or launch site.

How missiles are counted: an event adds its `count` to `missiles` whatever its qualifier ("at
least 2" adds 2, "about 3" adds 3); an event whose count is unknown adds 1 (something was
launched) and is also counted in `unknown_counts`, so `missiles` is a floor, and
`missiles - unknown_counts` is what the sources actually numbered.
Events an analyst rejected (`status: "rejected"`) are left out unless asked for.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from launchwatch.errors import UsageError
from launchwatch.export.events import render_table

STAT_KEYS = ("year", "month", "country", "type", "class", "site")
STAT_FORMATS = ("table", "csv", "jsonl")
COUNT_COLUMNS = ("events", "missiles", "unknown_counts")


def _check_keys(by: Sequence[str] | str) -> tuple[str, ...]:
    keys = (by,) if isinstance(by, str) else tuple(by)
    unknown = [key for key in keys if key not in STAT_KEYS]
    if unknown:
        raise UsageError(f"unknown grouping key {unknown[0]!r}; available: {', '.join(STAT_KEYS)}")
    if len(set(keys)) != len(keys):
        raise UsageError(f"a grouping key is given twice: {', '.join(keys)}")
    return keys


def _key_value(record: Mapping[str, Any], key: str) -> str | None:
    """One grouping value of an event; None when the event does not say (unknown month, ...)."""
    date = str(record.get("date") or "")
    if key == "year":
        return date[:4] or None
    if key == "month":
        known = record.get("date_precision") != "year" and len(date) >= 7
        return date[:7] if known else None
    if key == "site":
        site = record.get("launch_site")
        name = site.get("name") if isinstance(site, Mapping) else site
        return str(name) if name else None
    value = record.get({"class": "missile_class"}.get(key, key))
    return str(value) if value else None


def count_events(
    records: Iterable[Mapping[str, Any]],
    by: Sequence[str],
    *,
    include_rejected: bool = False,
) -> list[dict[str, Any]]:
    """One row per group of `by` keys (from STAT_KEYS): the key values, `events`, `missiles` and
    `unknown_counts`, sorted by the key values with unknown (None) values last.

    With `by` empty there is a single row for all events; no events give no rows.
    """
    keys = _check_keys(by)
    groups: dict[tuple[str | None, ...], list[int]] = {}
    for record in records:
        if record.get("status") == "rejected" and not include_rejected:
            continue
        totals = groups.setdefault(tuple(_key_value(record, key) for key in keys), [0, 0, 0])
        totals[0] += 1
        count = record.get("count")
        if isinstance(count, int) and not isinstance(count, bool):
            totals[1] += count
        else:
            totals[1] += 1
            totals[2] += 1
    ordered = sorted(groups, key=lambda values: [(v is None, v or "") for v in values])
    return [
        {
            **dict(zip(keys, values, strict=True)),
            **dict(zip(COUNT_COLUMNS, groups[values], strict=True)),
        }
        for values in ordered
    ]


def write_stats(
    rows: Iterable[Mapping[str, Any]], by: Sequence[str], fmt: str, stream: TextIO
) -> int:
    """Write rows of `count_events(records, by)` to `stream` as a table, CSV or JSONL.

    Returns the number of rows written. The table ends with a total line when there are
    several rows; CSV leaves unknown key values empty, JSONL writes them as null.
    """
    keys = _check_keys(by)
    if fmt not in STAT_FORMATS:
        raise UsageError(f"unknown stats format {fmt!r}; available: {', '.join(STAT_FORMATS)}")
    if fmt == "table":
        return _write_table(list(rows), keys, stream)
    columns = (*keys, *COUNT_COLUMNS)
    written = 0
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(col) is None else row.get(col) for col in columns])
            written += 1
    else:
        for row in rows:
            line = {col: row.get(col) for col in columns}
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
            written += 1
    return written


def _write_table(rows: list[Mapping[str, Any]], keys: tuple[str, ...], stream: TextIO) -> int:
    if not rows:
        stream.write("no events\n")
        return 0
    body = [
        [_cell(row.get(key)) for key in keys] + [_cell(row.get(col)) for col in COUNT_COLUMNS]
        for row in rows
    ]
    if len(rows) > 1:
        totals = [sum(int(row.get(col) or 0) for row in rows) for col in COUNT_COLUMNS]
        label = ["total"] + [""] * (len(keys) - 1) if keys else []
        body.append(label + [str(total) for total in totals])
    headers = [*keys, "events", "missiles", "unknown count"]
    caps = [24] * len(keys) + [9, 9, 13]
    right = [False] * len(keys) + [True] * len(COUNT_COLUMNS)
    for line in render_table(headers, body, caps=caps, right=right):
        stream.write(line + "\n")
    return len(rows)


def _cell(value: Any) -> str:
    return "-" if value is None else str(value)
