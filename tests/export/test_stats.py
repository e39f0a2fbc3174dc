"""Event counts grouped by year, month, country, type, class and site, and how they are written."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from launchwatch.errors import UsageError
from launchwatch.export.stats import STAT_FORMATS, STAT_KEYS, count_events, write_stats


def event(date: str | None, count: int | None = 1, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": f"e-{date}-{count}",
        "type": "missile_launch",
        "country": "KP",
        "date": date,
        "date_precision": "day",
        "count": count,
        "missile_class": "SRBM",
        "launch_site": {"name": "Sunan", "lat": 39.2, "lon": 125.67},
        "status": "active",
    }
    record.update(fields)
    return record


EVENTS = [
    event("2023-07-19", 2),
    event("2022-03-24", 1, missile_class="ICBM", launch_site=None),
    event("2023-07-12", None, missile_class="ICBM"),
    event("2023-02-18", 3, country="IR", type="satellite_launch", missile_class="SLV"),
    event("2023-05-01", 1, date_precision="year"),
]


def test_counts_by_year() -> None:
    rows = count_events(EVENTS, ["year"])
    assert rows == [
        {"year": "2022", "events": 1, "missiles": 1, "unknown_counts": 0},
        {"year": "2023", "events": 4, "missiles": 7, "unknown_counts": 1},
    ]


def test_unknown_count_adds_one_missile_and_is_reported() -> None:
    (row,) = count_events([event("2023-01-01", None), event("2023-01-02", 4)], [])
    assert row == {"events": 2, "missiles": 5, "unknown_counts": 1}


def test_rows_sorted_by_every_key_with_unknown_last() -> None:
    rows = count_events(EVENTS, ["class", "site"])
    assert [(row["class"], row["site"]) for row in rows] == [
        ("ICBM", "Sunan"),
        ("ICBM", None),
        ("SLV", "Sunan"),
        ("SRBM", "Sunan"),
    ]
    assert rows[-1]["events"] == 2


def test_month_is_unknown_for_year_precision() -> None:
    rows = count_events(EVENTS, ["month"])
    assert [row["month"] for row in rows] == ["2022-03", "2023-02", "2023-07", None]
    assert rows[2]["events"] == 2


def test_country_and_type_keys() -> None:
    rows = count_events(EVENTS, ["country", "type"])
    assert [(r["country"], r["type"], r["events"]) for r in rows] == [
        ("IR", "satellite_launch", 1),
        ("KP", "missile_launch", 4),
    ]


def test_rejected_events_left_out_unless_asked() -> None:
    records = [event("2023-01-01", 1), event("2023-01-02", 5, status="rejected")]
    assert count_events(records, [])[0]["events"] == 1
    assert count_events(records, [], include_rejected=True)[0]["missiles"] == 6


def test_no_events_no_rows() -> None:
    assert count_events([], ["year"]) == []


def test_unknown_key_lists_the_available_ones() -> None:
    with pytest.raises(UsageError) as caught:
        count_events(EVENTS, ["year", "decade"])
    message = str(caught.value)
    assert "'decade'" in message
    for key in STAT_KEYS:
        assert key in message


def test_write_stats_table_with_total() -> None:
    rows = count_events(EVENTS, ["year"])
    stream = io.StringIO()
    assert write_stats(rows, ["year"], "table", stream) == 2
    lines = stream.getvalue().splitlines()
    assert lines[0].split() == ["year", "events", "missiles", "unknown", "count"]
    assert lines[1].split() == ["2022", "1", "1", "0"]
    assert lines[2].split() == ["2023", "4", "7", "1"]
    assert lines[3].split() == ["total", "5", "8", "1"]


def test_write_stats_table_empty() -> None:
    stream = io.StringIO()
    assert write_stats([], ["year"], "table", stream) == 0
    assert stream.getvalue() == "no events\n"


def test_write_stats_csv_and_jsonl() -> None:
    rows = count_events(EVENTS, ["site"])
    stream = io.StringIO()
    assert write_stats(rows, ["site"], "csv", stream) == 2
    parsed = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert parsed == [
        {"site": "Sunan", "events": "4", "missiles": "7", "unknown_counts": "1"},
        {"site": "", "events": "1", "missiles": "1", "unknown_counts": "0"},
    ]
    stream = io.StringIO()
    assert write_stats(rows, ["site"], "jsonl", stream) == 2
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == rows


def test_write_stats_unknown_format_lists_the_available_ones() -> None:
    with pytest.raises(UsageError) as caught:
        write_stats([], ["year"], "geojson", io.StringIO())
    for fmt in STAT_FORMATS:
        assert fmt in str(caught.value)
