"""Canonical events (CONTRACT section 4 records) written out as a table, JSONL, CSV or GeoJSON.

Also the `launchwatch show` view of one event (`render_event`). Everything here is a pure function
of the records it is given: the store decides which events come in and in which order.

Conventions of the readable forms:
- dates to month precision read `2023-07-??`, to year precision `2023-??-??`;
- counts: `2` exact, `2+` for "at least 2", `~3` for "about 3", `2+` also for "multiple" without a
  number (multiple means more than one), `?` when unknown;
- flags: `R` reviewed by an analyst, `!` sources disagree on a field, `X` rejected by an analyst;
- a missing value is `-`; text longer than its column ends in `…`.
"""

from __future__ import annotations

import csv
import json
import math
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TextIO

from launchwatch.errors import UsageError

EVENT_FORMATS = ("table", "jsonl", "csv", "geojson")

CSV_COLUMNS = (
    "id", "type", "country", "date", "date_precision", "count", "count_qualifier",
    "missile_class", "missile_names", "launch_site", "lat", "lon", "landing", "apogee_km",
    "range_km", "flight_time_min", "reported_by", "outcome", "sources", "reports", "mentions",
    "conflicts", "reviewed", "status",
)  # fmt: skip

# The fused fields of the `show` view, in reading order; claims on other fields follow them.
FUSED_FIELDS = (
    "count", "missile_class", "missile_names", "launch_site", "landing", "apogee_km",
    "range_km", "flight_time_min", "reported_by", "outcome",
)  # fmt: skip

# (header, cap on width, right-aligned) per table column.
_TABLE_COLUMNS = (
    ("id", 24, False), ("date", 10, False), ("cc", 3, False), ("type", 9, False),
    ("class", 10, False), ("n", 5, True), ("names", 16, False), ("site", 14, False),
    ("apogee", 7, True), ("range", 7, True), ("landing", 14, False), ("src", 3, True),
    ("flags", 5, False),
)  # fmt: skip


def write_events(records: Iterable[Mapping[str, Any]], fmt: str, stream: TextIO) -> int:
    """Write `records` to `stream` in `fmt` (one of EVENT_FORMATS); return how many were written.

    `jsonl`, `csv` and `geojson` write as the records come (no list is built); `table` reads them
    all first to size its columns. For `geojson` the count is the number of features: events
    without launch-site coordinates are listed by id in the collection's `unlocated` member.
    """
    writers: dict[str, Callable[[Iterable[Mapping[str, Any]], TextIO], int]] = {
        "table": _write_table,
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "geojson": _write_geojson,
    }
    if fmt not in writers:
        raise UsageError(f"unknown event format {fmt!r}; available: {', '.join(EVENT_FORMATS)}")
    return writers[fmt](records, stream)


# -- plain-text helpers (also used by export.stats) -------------------------------------------


def text_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide East Asian characters count 2, combining marks 0."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def clip(text: str, width: int) -> str:
    """`text` on one line, cut to `width` columns with an ellipsis when it is longer."""
    text = " ".join(text.split())
    if text_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += _char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    caps: Sequence[int],
    right: Sequence[bool],
) -> list[str]:
    """Fixed-width lines (header first): each column as wide as its data, at most its cap."""
    widths = [
        min(cap, max([text_width(header)] + [text_width(clip(row[i], cap)) for row in rows]))
        for i, (header, cap) in enumerate(zip(headers, caps, strict=True))
    ]
    lines = []
    for row in [list(headers), *rows]:
        cells = []
        for cell, width, align_right in zip(row, widths, right, strict=True):
            cell = clip(cell, width)
            pad = " " * (width - text_width(cell))
            cells.append(pad + cell if align_right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines


# -- value formatting -------------------------------------------------------------------------


def _number(value: Any) -> str:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return "-" if value is None else str(value)
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _date(record: Mapping[str, Any]) -> str:
    if not record.get("date"):
        return "-"
    date = str(record["date"])
    precision = record.get("date_precision")
    if precision == "year":
        return f"{date[:4]}-??-??"
    if precision == "month":
        return f"{date[:7]}-??"
    return str(date)


def _count(record: Mapping[str, Any]) -> str:
    count, qualifier = record.get("count"), record.get("count_qualifier")
    if qualifier == "multiple":
        return f"{count}+" if count is not None else "2+"
    if count is None:
        return "?"
    if qualifier == "at least":
        return f"{count}+"
    if qualifier == "about":
        return f"~{count}"
    return str(count) if qualifier is None else f"{qualifier} {count}"


def _plain(value: Any) -> str:
    """A value for a person: lists joined with commas, nothing shown as `-`."""
    if value is None or value == "" or value == [] or value == ():
        return "-"
    return ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def _site(value: Any, *, coordinates: bool = False) -> str:
    if not value:
        return "-"
    if not isinstance(value, Mapping):
        return str(value)
    name = str(value.get("name") or "?")
    lat, lon = value.get("lat"), value.get("lon")
    if coordinates:
        known = _is_number(lat) and _is_number(lon)
        return f"{name} ({lat:.2f}, {lon:.2f})" if known else f"{name} (no coordinates)"
    return name


def _flags(record: Mapping[str, Any]) -> str:
    flags = "R" if record.get("reviewed") else ""
    flags += "!" if record.get("conflicts") else ""
    flags += "X" if record.get("status") == "rejected" else ""
    return flags


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# -- the four formats -------------------------------------------------------------------------


def _write_table(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    rows = [
        [
            _plain(record.get("id")),
            _date(record),
            _plain(record.get("country")),
            _plain(record.get("type")).split("_")[0],
            _plain(record.get("missile_class")),
            _count(record),
            _plain(record.get("missile_names")),
            _site(record.get("launch_site")),
            _number(record.get("apogee_km")),
            _number(record.get("range_km")),
            _plain(record.get("landing")),
            _number(record.get("sources")),
            _flags(record),
        ]
        for record in records
    ]
    if not rows:
        stream.write("no events\n")
        return 0
    headers = [header for header, _, _ in _TABLE_COLUMNS]
    caps = [cap for _, cap, _ in _TABLE_COLUMNS]
    right = [align_right for _, _, align_right in _TABLE_COLUMNS]
    for line in render_table(headers, rows, caps=caps, right=right):
        stream.write(line + "\n")
    stream.write(f"{len(rows)} event{'s' if len(rows) != 1 else ''}\n")
    return len(rows)


def _write_jsonl(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    written = 0
    for record in records:
        stream.write(json.dumps(dict(record), ensure_ascii=False) + "\n")
        written += 1
    return written


def _joined(value: Any) -> str:
    if value is None:
        return ""
    return "; ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def _csv_row(record: Mapping[str, Any]) -> list[Any]:
    site = record.get("launch_site")
    site = site if isinstance(site, Mapping) else {"name": site}
    conflicts = record.get("conflicts") or []
    row = {
        **{name: record.get(name) for name in CSV_COLUMNS},
        "missile_names": _joined(record.get("missile_names")),
        "launch_site": site.get("name"),
        "lat": site.get("lat"),
        "lon": site.get("lon"),
        "reported_by": _joined(record.get("reported_by")),
        "reports": _joined(record.get("reports")),
        "mentions": _joined(record.get("mentions")),
        "conflicts": _joined([conflict.get("field") for conflict in conflicts]),
        "reviewed": "true" if record.get("reviewed") else "false",
    }
    return ["" if row[name] is None else row[name] for name in CSV_COLUMNS]


def _write_csv(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    # "\n" rather than the RFC's "\r\n": the output mostly goes to pipes and text files.
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    written = 0
    for record in records:
        writer.writerow(_csv_row(record))
        written += 1
    return written


def _write_geojson(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    stream.write('{"type": "FeatureCollection", "features": [')
    unlocated: list[Any] = []
    written = 0
    for record in records:
        site = record.get("launch_site")
        lat = site.get("lat") if isinstance(site, Mapping) else None
        lon = site.get("lon") if isinstance(site, Mapping) else None
        if not (_is_number(lat) and _is_number(lon)):
            unlocated.append(record.get("id"))
            continue
        feature = {
            "type": "Feature",
            "id": record.get("id"),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},  # GeoJSON is lon first
            "properties": {key: value for key, value in record.items() if key != "claims"},
        }
        stream.write(("\n" if not written else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    stream.write(f'\n], "unlocated": {json.dumps(unlocated, ensure_ascii=False)}}}\n')
    return written


# -- the `show` view --------------------------------------------------------------------------


def _field_value(field: str, value: Any) -> str:
    """One field's value as a person reads it (units added, lists joined)."""
    if value is None or value == []:
        return "-"
    if field in ("apogee_km", "range_km"):
        return f"{_number(value)} km"
    if field == "flight_time_min":
        return f"{_number(value)} min"
    if field == "launch_site":
        return _site(value, coordinates=True)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _number(value) if _is_number(value) else _plain(value)


def _sentences(evidence: Any) -> list[str]:
    """The evidence sentences in a claim's or conflict's `evidence`, whatever its shape."""
    if not evidence:
        return []
    if isinstance(evidence, str):
        return [evidence]
    if isinstance(evidence, Mapping):
        return [str(evidence["text"])] if evidence.get("text") else []
    return [sentence for item in evidence for sentence in _sentences(item)]


def _quote(sentence: str, indent: int, width: int) -> list[str]:
    return textwrap.wrap(
        f"“{' '.join(sentence.split())}”",
        width=max(30, width),
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + 1),
    )


def _fused_lines(record: Mapping[str, Any]) -> list[str]:
    reviewed = set(record.get("reviewed_fields") or [])
    disputed = {conflict.get("field") for conflict in record.get("conflicts") or []}
    lines = []
    for field in FUSED_FIELDS:
        value = _count(record) if field == "count" else _field_value(field, record.get(field))
        span = record.get(f"{field}_span")
        if span and len(span) == 2:
            value += f" (stated {_number(span[0])}-{_number(span[1])})"
        marks = ["reviewed"] * (field in reviewed) + ["sources disagree"] * (field in disputed)
        lines.append(f"   {field:<17}{value}" + (f"  [{', '.join(marks)}]" if marks else ""))
    lines.append(f"   {'reports':<17}{_plain(record.get('reports'))}")
    lines.append(f"   {'mentions':<17}{_plain(record.get('mentions'))}")
    sources = record.get("sources")
    lines.append(f"   {'sources':<17}" + ("-" if sources is None else f"{sources} independent"))
    return lines


def _claim_lines(claims: Sequence[Mapping[str, Any]], width: int) -> list[str]:
    order = {field: rank for rank, field in enumerate(FUSED_FIELDS)}
    fields = sorted(
        {str(claim.get("field")) for claim in claims}, key=lambda f: (order.get(f, len(order)), f)
    )
    lines = []
    for field in fields:
        lines.append(f"   {field}")
        for claim in claims:
            if str(claim.get("field")) != field:
                continue
            parts = [_field_value(field, claim.get("value")), f"article {claim.get('article')}"]
            parts += [str(claim["source"])] if claim.get("source") else []
            reporters = _plain(claim.get("reporter"))
            parts += [f"per {reporters}"] if reporters != "-" else []
            parts += [str(claim["role"])] if claim.get("role") else []
            if claim.get("duplicate_of"):
                parts.append(f"near-duplicate copy of {claim['duplicate_of']}")
            lines.append("      " + " · ".join(parts))
            for sentence in _sentences(claim.get("evidence")) or ["(no evidence sentence)"]:
                lines.extend(_quote(sentence, 9, width))
    return lines


def _conflict_lines(conflicts: Sequence[Mapping[str, Any]], width: int) -> list[str]:
    lines = []
    for conflict in conflicts:
        field = str(conflict.get("field"))
        values = list(conflict.get("values") or [])
        articles = list(conflict.get("articles") or [])
        evidence = list(conflict.get("evidence") or [])
        lines.append(f"   {field}: {len(values)} values")
        for i, value in enumerate(values):
            side = articles[i] if i < len(articles) else []
            side = [side] if isinstance(side, str) else side
            lines.append(f"      {_field_value(field, value)} · articles {_plain(side)}")
            for sentence in _sentences(evidence[i] if i < len(evidence) else None):
                lines.extend(_quote(sentence, 9, width))
    return lines


def _correction_line(correction: Mapping[str, Any]) -> str:
    what = str(correction.get("action") or "edit")
    if correction.get("field"):
        what += f" {correction['field']}"
    if "old" in correction or "new" in correction:
        field = str(correction.get("field") or "")
        old = _field_value(field, correction.get("old"))
        what += f": {old} -> {_field_value(field, correction.get('new'))}"
    note = f"  “{correction['note']}”" if correction.get("note") else ""
    return f"   {correction.get('at') or '-'}  {correction.get('who') or '-'}  {what}{note}"


def render_event(record: Mapping[str, Any], *, width: int = 100) -> str:
    """The `launchwatch show` view: fused fields, then every claim with its sentence, conflicts
    and analyst corrections. Long lines are wrapped to `width` columns, never cut."""
    status = record.get("status") or "active"
    reviewed = "yes" if record.get("reviewed") else "no"
    precision = record.get("date_precision") or "-"
    lines = [
        f"== {_plain(record.get('id'))}  {_plain(record.get('type'))}  "
        f"{_plain(record.get('country'))}  {_plain(record.get('date'))} ({precision})",
        f"   status {status}  ·  reviewed {reviewed}",
        "",
        *_fused_lines(record),
    ]
    claims = record.get("claims") or []
    conflicts = record.get("conflicts") or []
    corrections = record.get("corrections") or []
    lines += ["", f"Claims ({len(claims)})"]
    lines += _claim_lines(claims, width) if claims else ["   (none loaded)"]
    lines += ["", f"Conflicts ({len(conflicts)})"]
    lines += _conflict_lines(conflicts, width) if conflicts else ["   (none)"]
    lines += ["", f"Corrections ({len(corrections)})"]
    lines += [_correction_line(c) for c in corrections] if corrections else ["   (none)"]
    return "\n".join(wrapped for line in lines for wrapped in _fit(line, width))


def _fit(line: str, width: int) -> list[str]:
    """A line too long for the terminal, wrapped under its own text rather than cut."""
    if text_width(line) <= width:
        return [line]
    indent = " " * (len(line) - len(line.lstrip()) + 3)
    return textwrap.wrap(line, width=width, subsequent_indent=indent) or [line]
