"""Event records written as table, JSONL, CSV and GeoJSON, and the `show` view of one event."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from launchwatch.errors import UsageError
from launchwatch.export.events import (
    CSV_COLUMNS,
    EVENT_FORMATS,
    clip,
    render_event,
    text_width,
    write_events,
)


def make_event(**changes: Any) -> dict[str, Any]:
    """A canonical event as the store gives it; keyword arguments replace fields."""
    event: dict[str, Any] = {
        "id": "KP-2023-07-19-3fa2c1",
        "type": "missile_launch",
        "country": "KP",
        "date": "2023-07-19",
        "date_precision": "day",
        "count": 2,
        "count_qualifier": None,
        "missile_class": "SRBM",
        "missile_names": ["KN-23"],
        "launch_site": {"name": "Sunan", "lat": 39.2, "lon": 125.67},
        "landing": "East Sea",
        "apogee_km": 50.0,
        "range_km": 550.0,
        "range_km_span": [500, 600],
        "flight_time_min": None,
        "reported_by": ["South Korea JCS", "Japan MoD"],
        "outcome": "success",
        "reports": ["a1", "a2"],
        "mentions": ["a7"],
        "sources": 2,
        "claims": [
            {
                "field": "apogee_km",
                "value": 50.0,
                "article": "a1",
                "source": "Yonhap",
                "reporter": ["South Korea JCS"],
                "role": "report",
                "evidence": {"text": "It flew at an altitude of 50 km.", "start": 10, "end": 42},
                "extractor": "0.1.0",
                "duplicate_of": None,
            },
            {
                "field": "apogee_km",
                "value": 60.0,
                "article": "a2",
                "source": "Korea Herald",
                "reporter": ["Japan MoD"],
                "role": "report",
                "evidence": {"text": "Tokyo put the altitude at 60 km.", "start": 0, "end": 32},
                "extractor": "0.1.0",
                "duplicate_of": "a1",
            },
            {
                "field": "range_km",
                "value": 550.0,
                "article": "a1",
                "source": "Yonhap",
                "reporter": ["South Korea JCS"],
                "role": "report",
                "evidence": {"text": "The missile flew 500 to 600 km.", "start": 43, "end": 74},
                "extractor": "0.1.0",
                "duplicate_of": None,
            },
        ],
        "conflicts": [
            {
                "field": "apogee_km",
                "values": [50.0, 60.0],
                "articles": [["a1"], ["a2"]],
                "evidence": [
                    ["It flew at an altitude of 50 km."],
                    ["Tokyo put the altitude at 60 km."],
                ],
            }
        ],
        "reviewed": True,
        "reviewed_fields": ["apogee_km"],
        "status": "active",
        "corrections": [
            {
                "action": "set",
                "field": "apogee_km",
                "old": 50.0,
                "new": 60.0,
                "note": "JCS revised",
                "who": "analyst",
                "at": "2026-11-22T01:00:00+00:00",
            }
        ],
    }
    event.update(changes)
    return event


def bare_event(event_id: str = "IR-2024-01-01-000000") -> dict[str, Any]:
    """A list-view record: most fields null or missing, no claims."""
    return {"id": event_id, "type": "nuclear_test", "country": None, "date": None}


def written(records: list[dict[str, Any]], fmt: str) -> tuple[int, str]:
    stream = io.StringIO()
    count = write_events(records, fmt, stream)
    return count, stream.getvalue()


# -- dispatch ---------------------------------------------------------------------------------


def test_unknown_format_lists_the_available_ones() -> None:
    with pytest.raises(UsageError) as caught:
        write_events([], "xml", io.StringIO())
    message = str(caught.value)
    assert "'xml'" in message
    for fmt in EVENT_FORMATS:
        assert fmt in message


# -- jsonl ------------------------------------------------------------------------------------


def test_jsonl_round_trips_each_record_in_key_order() -> None:
    events = [make_event(), make_event(id="KP-2023-08-01-bbbbbb", missile_names=["화성-18"])]
    count, text = written(events, "jsonl")
    lines = text.splitlines()
    assert count == 2
    assert len(lines) == 2
    for line, event in zip(lines, events, strict=True):
        loaded = json.loads(line)
        assert loaded == event
        assert list(loaded) == list(event)
    assert "화성-18" in lines[1]  # ensure_ascii=False keeps names readable


def test_jsonl_writes_as_records_arrive() -> None:
    stream = io.StringIO()
    seen: list[str] = []

    def records() -> Any:
        for n in range(3):
            seen.append(stream.getvalue())
            yield make_event(id=f"e{n}")

    assert write_events(records(), "jsonl", stream) == 3
    # before the third record is produced, the first two lines are already out
    assert seen[2].count("\n") == 2


# -- csv --------------------------------------------------------------------------------------


def test_csv_parses_back_with_flat_columns() -> None:
    count, text = written([make_event(), bare_event()], "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == 2
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    assert first["id"] == "KP-2023-07-19-3fa2c1"
    assert first["missile_names"] == "KN-23"
    assert first["reported_by"] == "South Korea JCS; Japan MoD"
    assert first["launch_site"] == "Sunan"
    assert (first["lat"], first["lon"]) == ("39.2", "125.67")
    assert first["reports"] == "a1; a2"
    assert first["mentions"] == "a7"
    assert first["conflicts"] == "apogee_km"
    assert first["reviewed"] == "true"
    assert first["flight_time_min"] == ""
    second = rows[1]
    assert second["id"] == "IR-2024-01-01-000000"
    assert second["launch_site"] == second["lat"] == second["missile_names"] == ""
    assert second["reviewed"] == "false"


def test_csv_quotes_commas_and_keeps_unicode() -> None:
    event = make_event(landing="Pacific, near Guam", missile_names=["Hwasong-18", "화성-18"])
    _, text = written([event], "csv")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["landing"] == "Pacific, near Guam"
    assert row["missile_names"] == "Hwasong-18; 화성-18"


def test_csv_of_no_events_is_the_header() -> None:
    count, text = written([], "csv")
    assert count == 0
    assert text == ",".join(CSV_COLUMNS) + "\n"


# -- geojson ----------------------------------------------------------------------------------


def test_geojson_points_are_lon_lat_and_unlocated_ids_listed() -> None:
    events = [
        make_event(),
        make_event(
            id="no-coords", launch_site={"name": "Jagang Province", "lat": None, "lon": None}
        ),
        bare_event("no-site"),
    ]
    count, text = written(events, "geojson")
    collection = json.loads(text)
    assert count == 1
    assert collection["type"] == "FeatureCollection"
    assert collection["unlocated"] == ["no-coords", "no-site"]
    (feature,) = collection["features"]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [125.67, 39.2]}
    assert feature["properties"]["id"] == "KP-2023-07-19-3fa2c1"
    assert "claims" not in feature["properties"]
    assert feature["properties"]["conflicts"][0]["field"] == "apogee_km"


@pytest.mark.parametrize("located", [0, 1, 3])
def test_geojson_is_valid_json_for_any_number_of_features(located: int) -> None:
    events = [make_event(id=f"e{n}") for n in range(located)] + [bare_event()]
    count, text = written(events, "geojson")
    collection = json.loads(text)
    assert count == located
    assert [f["id"] for f in collection["features"]] == [f"e{n}" for n in range(located)]


# -- table ------------------------------------------------------------------------------------


def test_table_has_one_line_per_event_with_flags() -> None:
    events = [
        make_event(),
        make_event(id="rejected-one", reviewed=False, conflicts=[], status="rejected"),
        make_event(id="plain-one", reviewed=False, conflicts=[]),
    ]
    count, text = written(events, "table")
    lines = text.splitlines()
    assert count == 3
    assert lines[0].split()[0] == "id"
    assert "flags" in lines[0]
    assert len(lines) == 1 + 3 + 1  # header, events, "3 events"
    assert lines[1].split()[-1] == "R!"
    assert lines[2].split()[-1] == "X"
    assert lines[3].split()[-1] == "2"  # no flags: the last cell is the sources count
    assert lines[-1] == "3 events"
    assert "missile" in lines[1] and "missile_launch" not in lines[1]


def test_table_columns_line_up() -> None:
    events = [make_event(), make_event(id="x", missile_names=["Hwasong-18"], sources=12)]
    _, text = written(events, "table")
    header, first, second, _ = text.splitlines()
    start = header.index("names")
    assert first[start:].startswith("KN-23")
    assert second[start:].startswith("Hwasong-18")


def test_table_of_no_events() -> None:
    count, text = written([], "table")
    assert count == 0
    assert text == "no events\n"


def test_table_survives_missing_and_null_values() -> None:
    count, text = written([bare_event()], "table")
    line = text.splitlines()[1]
    assert count == 1
    assert line.startswith("IR-2024-01-01-000000")
    assert " nuclear " in line
    assert " ? " in line  # count unknown


@pytest.mark.parametrize(
    ("count", "qualifier", "shown"),
    [(2, None, "2"), (2, "at least", "2+"), (3, "about", "~3"), (None, "multiple", "2+")],
)
def test_table_count_marks(count: int | None, qualifier: str | None, shown: str) -> None:
    _, text = written([make_event(count=count, count_qualifier=qualifier)], "table")
    assert f" {shown} " in text.splitlines()[1]


def test_table_marks_date_precision() -> None:
    events = [
        make_event(id="m", date="2023-07-01", date_precision="month"),
        make_event(id="y", date="2023-01-01", date_precision="year"),
    ]
    _, text = written(events, "table")
    assert "2023-07-??" in text
    assert "2023-??-??" in text


def test_table_clips_long_and_wide_values() -> None:
    site = {"name": "서해위성발사장 Sohae Satellite Launching Station", "lat": 39.66, "lon": 124.7}
    names = ["Hwasong-17", "Hwasong-18", "Chollima-1", "Pukguksong-3"]
    _, text = written([make_event(launch_site=site, missile_names=names)], "table")
    line = text.splitlines()[1]
    assert "…" in line
    assert "서해" in line
    assert "Pukguksong-3" not in line
    assert text_width(line) < 140


def test_clip_counts_wide_characters_twice() -> None:
    assert text_width("서해") == 4
    assert clip("서해위성발사장", 5) == "서해…"
    assert clip("short", 10) == "short"
    assert clip("a  b\nc", 10) == "a b c"


# -- show -------------------------------------------------------------------------------------


def test_show_has_header_and_fused_fields() -> None:
    text = render_event(make_event())
    head = text.splitlines()[0]
    for part in ("KP-2023-07-19-3fa2c1", "missile_launch", "KP", "2023-07-19"):
        assert part in head
    assert "status active" in text
    assert "reviewed yes" in text
    assert "Sunan (39.20, 125.67)" in text
    assert "550 km (stated 500-600)" in text
    assert "South Korea JCS, Japan MoD" in text
    apogee = next(line for line in text.splitlines() if line.strip().startswith("apogee_km "))
    assert "reviewed" in apogee and "sources disagree" in apogee


def test_show_lists_every_claim_with_its_evidence() -> None:
    event = make_event()
    text = render_event(event)
    claims_part = text.split("Claims")[1].split("Conflicts")[0]
    for claim in event["claims"]:
        assert claim["evidence"]["text"] in claims_part
        assert f"article {claim['article']}" in claims_part
        assert claim["source"] in claims_part
    assert "near-duplicate copy of a1" in claims_part
    assert claims_part.index("apogee_km") < claims_part.index("range_km")


def test_show_gives_both_sides_of_a_conflict() -> None:
    text = render_event(make_event())
    conflicts_part = text.split("Conflicts")[1].split("Corrections")[0]
    assert "50 km" in conflicts_part and "60 km" in conflicts_part
    assert "It flew at an altitude of 50 km." in conflicts_part
    assert "Tokyo put the altitude at 60 km." in conflicts_part


def test_show_lists_corrections() -> None:
    corrections_part = render_event(make_event()).split("Corrections")[1]
    assert "analyst" in corrections_part
    assert "set apogee_km: 50 km -> 60 km" in corrections_part
    assert "JCS revised" in corrections_part


def test_show_wraps_long_evidence_within_the_width() -> None:
    sentence = " ".join(["The missile flew on a lofted trajectory"] * 8) + "."
    claim = dict(make_event()["claims"][0], evidence={"text": sentence, "start": 0, "end": 1})
    text = render_event(make_event(claims=[claim]), width=100)
    assert all(text_width(line) <= 100 for line in text.splitlines())
    assert " ".join(text.split()).count("lofted trajectory") == 8


def test_show_of_a_bare_record() -> None:
    text = render_event(bare_event())
    assert "IR-2024-01-01-000000" in text
    assert "(none loaded)" in text
    assert "reviewed no" in text
