"""cns_rows and write_cns: canonical events -> CNS CSV rows, and back through read_cns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from launchwatch.export.cns import CNS_COLUMNS, TYPE_OF_CLASS, cns_rows, write_cns
from launchwatch.ingest.cns import CLASS_OF_TYPE, read_cns
from launchwatch.model import MISSILE_CLASSES

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "cns" / "sample.csv"

# A canonical event (CONTRACT section 4) as the store gives it out.
EVENT: dict[str, Any] = {
    "id": "ev-2017-11-29-kp",
    "type": "missile_launch",
    "country": "KP",
    "date": "2017-11-29",
    "date_precision": "day",
    "launch_time_utc": "18:18",
    "count": 1,
    "count_qualifier": None,
    "missile_class": "ICBM",
    "missile_names": ["Hwasong-15"],
    "launch_site": {"name": "Pyongsong", "lat": 39.282, "lon": 125.869},
    "landing": "East Sea",
    "apogee_km": 4475.0,
    "range_km": 950.0,
    "flight_time_min": 53.0,
    "reported_by": ["Japan MoD", "South Korea JCS"],
    "outcome": "success",
    "reports": ["art-1", "art-2"],
    "mentions": ["art-9"],
    "claims": [],
    "conflicts": [],
    "reviewed": False,
}
# The fields a write and a read must give back unchanged.
KEPT = (
    "type", "date", "date_precision", "launch_time_utc", "count", "missile_class",
    "missile_names", "landing", "apogee_km", "range_km", "outcome",
)  # fmt: skip


def round_trip(events: list[dict[str, Any]], tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "out.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        write_cns(events, stream)
    back, rejected = read_cns(path)
    assert rejected == []
    return back


def test_columns_are_the_cns_ones_in_order() -> None:
    assert CNS_COLUMNS == (
        "Date", "Launch Time (UTC)", "Missile Name", "Missile Type", "Facility Name",
        "Facility Location", "Facility Latitude", "Facility Longitude", "Landing Location",
        "Apogee", "Distance Travelled", "Confirmation Status", "Test Outcome",
        "Additional Information", "Source(s)",
    )  # fmt: skip


def test_an_event_becomes_a_row_in_cns_style() -> None:
    assert list(cns_rows([EVENT])) == [
        {
            "Date": "28-Nov-17",  # CNS dates a timed launch by its UTC day
            "Launch Time (UTC)": "6:18:00 PM",
            "Missile Name": "Hwasong-15",
            "Missile Type": "ICBM",
            "Facility Name": "Pyongsong",
            "Facility Location": "Unknown",
            "Facility Latitude": "39.282",
            "Facility Longitude": "125.869",
            "Landing Location": "Sea of Japan or East Sea",
            "Apogee": "4475 km",
            "Distance Travelled": "950 km",
            "Confirmation Status": "Unknown",
            "Test Outcome": "Success",
            "Additional Information": "",
            "Source(s)": "art-1; art-2",  # no sources: the reporting articles
        }
    ]


def test_one_row_per_missile_and_only_launches() -> None:
    events = [
        EVENT | {"count": 3},
        EVENT | {"count": None, "date": "2017-12-01"},
        EVENT | {"type": "satellite_launch", "missile_class": None, "missile_names": []},
        EVENT | {"type": "nuclear_test"},
    ]
    rows = list(cns_rows(events))
    assert [row["Date"] for row in rows] == ["28-Nov-17"] * 3 + ["30-Nov-17", "28-Nov-17"]
    assert rows[-1]["Missile Type"] == "SLV"  # a satellite launch went up on an SLV
    assert rows[-1]["Missile Name"] == "Unknown"


def test_missing_values_are_written_as_cns_writes_them() -> None:
    (row,) = cns_rows([{"type": "missile_launch", "date": "2022-06-05", "date_precision": "day"}])
    assert row["Date"] == "5-Jun-22"
    assert row["Launch Time (UTC)"] == ""
    assert row["Additional Information"] == row["Source(s)"] == ""
    blank = {"Date", "Launch Time (UTC)", "Additional Information", "Source(s)"}
    assert {name: row[name] for name in CNS_COLUMNS if name not in blank} == dict.fromkeys(
        set(CNS_COLUMNS) - blank, "Unknown"
    )


def test_cns_fields_and_sources_are_written() -> None:
    event = EVENT | {
        "facility_location": "Pyongsong, South Pyongan Province",
        "confirmation": "Confirmed",
        "notes": "First test of the Hwasong-15.",
        "sources": ["https://example.org/a", "https://example.org/b"],
        "outcome": "failure",
        "landing": "Yellow Sea",
        "missile_names": ["KN-23", "KN-24"],
    }
    (row,) = cns_rows([event])
    assert row["Facility Location"] == "Pyongsong, South Pyongan Province"
    assert row["Confirmation Status"] == "Confirmed"
    assert row["Additional Information"] == "First test of the Hwasong-15."
    assert row["Source(s)"] == "https://example.org/a; https://example.org/b"
    assert row["Test Outcome"] == "Failure"
    assert row["Landing Location"] == "Yellow Sea or West Sea"
    assert row["Missile Name"] == "KN-23 / KN-24"


@pytest.mark.parametrize(
    ("date", "precision", "time", "cell"),
    [
        ("1984-04-09", "day", None, "9-Apr-84"),
        ("2006-07-05", "day", None, "5-Jul-06"),
        ("1984-09", "month", None, "Sep-84"),
        ("1984-09-01", "month", None, "Sep-84"),
        ("1984", "year", None, "1984"),
        ("2023-04-13", "day", "22:22", "12-Apr-23"),  # 07:22 in Korea: the UTC day before
        ("2023-04-13", "day", "00:15", "13-Apr-23"),
        ("2023-04-13", "day", "14:59", "13-Apr-23"),
        ("2023-04-13", "day", "15:00", "12-Apr-23"),
        ("2023-01-01", "day", "23:00", "31-Dec-22"),
        (None, None, None, "Unknown"),
        ("soon", "day", None, "Unknown"),
    ],
)
def test_dates(date: str | None, precision: str | None, time: str | None, cell: str) -> None:
    event = EVENT | {"date": date, "date_precision": precision, "launch_time_utc": time}
    (row,) = cns_rows([event])
    assert row["Date"] == cell


@pytest.mark.parametrize(
    ("time", "cell"),
    [("00:15", "12:15:00 AM"), ("12:34", "12:34:00 PM"), ("23:00", "11:00:00 PM"), (None, "")],
)
def test_launch_time_on_the_cns_clock(time: str | None, cell: str) -> None:
    (row,) = cns_rows([EVENT | {"launch_time_utc": time}])
    assert row["Launch Time (UTC)"] == cell


@pytest.mark.parametrize(
    ("value", "span", "cell"),
    [
        (4475.0, None, "4475 km"),
        (2111.5, None, "2111.5 km"),
        (997.58, None, "997.58 km"),
        (0.0, None, "0 km"),
        (57.5, [25.0, 90.0], "between 25 and 90 km"),
        (None, None, "Unknown"),
    ],
)
def test_distances(value: float | None, span: list[float] | None, cell: str) -> None:
    (row,) = cns_rows([EVENT | {"apogee_km": value, "apogee_km_span": span, "range_km": value}])
    assert row["Apogee"] == cell
    assert row["Distance Travelled"] == (cell if span is None else f"{value:g} km")


@pytest.mark.parametrize("missile_class", [*MISSILE_CLASSES, None])
def test_every_class_has_a_type_that_reads_back(missile_class: str | None) -> None:
    (row,) = cns_rows([EVENT | {"missile_class": missile_class}])
    expected = {None: "Unknown", "hypersonic": "HGV", "cruise": "Cruise Missile"}
    assert row["Missile Type"] == expected.get(missile_class, TYPE_OF_CLASS.get(missile_class))
    assert CLASS_OF_TYPE.get(row["Missile Type"].lower()) == missile_class


def test_write_cns_writes_header_and_rows() -> None:
    stream = io.StringIO(newline="")
    count = write_cns([EVENT | {"count": 2}, EVENT | {"type": "nuclear_test"}], stream)
    assert count == 2
    table = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))
    assert table[0] == list(CNS_COLUMNS)
    assert len(table) == 3
    assert table[1] == table[2]


def test_round_trip_keeps_the_event(tmp_path: Path) -> None:
    events = [
        EVENT | {"count": 2},
        EVENT
        | {
            "date": "1984-09",
            "date_precision": "month",
            "launch_time_utc": None,
            "missile_names": ["Hwasong-5"],
            "missile_class": "SRBM",
            "launch_site": {"name": "Kittaeryong Missile Base", "lat": 38.99, "lon": 127.62},
            "apogee_km": 57.5,
            "apogee_km_span": [25.0, 90.0],
            "range_km": None,
            "landing": None,
            "outcome": "unknown",
        },
        EVENT
        | {
            "type": "satellite_launch",
            "date": "2016-02-07",
            "launch_time_utc": "00:29",
            "missile_class": "SLV",
            "missile_names": ["Unha-3"],
            "launch_site": {"name": "Sohae", "lat": None, "lon": None},
            "landing": "Pacific Ocean",
            "outcome": "failure",
        },
        EVENT | {"date": "2022-01-14", "missile_names": ["KN-23", "New IRBM (2022)"]},
    ]
    back = round_trip(events, tmp_path)
    assert [e["count"] for e in back] == [2, 1, 1, 1]
    for sent, got in zip(events, back, strict=True):
        assert {k: got[k] for k in KEPT} == {k: sent[k] for k in KEPT}
        assert got["launch_site"]["name"] == sent["launch_site"]["name"]
    assert back[1]["apogee_km_span"] == [25.0, 90.0]
    assert (back[2]["launch_site"]["lat"], back[2]["launch_site"]["lon"]) == (39.66, 124.71)


def test_sample_file_round_trips(tmp_path: Path) -> None:
    events, _ = read_cns(SAMPLE)
    back = round_trip(events, tmp_path)
    assert len(back) == len(events)
    for sent, got in zip(events, back, strict=True):
        assert {k: got[k] for k in KEPT} == {k: sent[k] for k in KEPT}
        assert got["launch_site"] == sent["launch_site"]
        for key in ("facility_location", "confirmation", "notes", "sources"):
            assert got[key] == sent[key]


NAMES = ["Hwasong-15", "KN-23", "KN-25", "Hwasong-5", "Pukguksong-3", "New IRBM (2022)"]
SITES = [None, "Sohae", "Sunan", "Wonsan", "Sinpo", "Kittaeryong Missile Base", "Hodo Peninsula"]
LANDINGS = [None, "East Sea", "Yellow Sea", "Pacific Ocean", "Japan EEZ"]
DISTANCES = st.none() | st.integers(0, 20_000_000).map(lambda metres: metres / 1000)


@st.composite
def launches(draw: st.DrawFn) -> dict[str, Any]:
    """One launch event of the kind the export meets, in any combination of its fields."""
    # CNS writes two-digit years, read as 1950-2049
    day = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    missile_class = draw(st.sampled_from([*MISSILE_CLASSES, None]))
    names = draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))
    site = draw(st.sampled_from(SITES))
    time = draw(st.none() | st.times().map(lambda t: t.strftime("%H:%M")))
    low, high = draw(DISTANCES), draw(DISTANCES)
    span = sorted((low, high)) if low is not None and high is not None else None
    return {
        "type": "satellite_launch" if missile_class == "SLV" else "missile_launch",
        "date": day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]],
        "date_precision": precision,
        "launch_time_utc": time if precision == "day" else None,
        "count": draw(st.integers(1, 4)),
        "missile_class": missile_class if missile_class or not names else "SRBM",
        "missile_names": names,
        "launch_site": {"name": site, "lat": None, "lon": None} if site else None,
        "landing": draw(st.sampled_from(LANDINGS)),
        "apogee_km": (span[0] + span[1]) / 2 if span else low,
        "apogee_km_span": span,
        "range_km": draw(DISTANCES),
        "outcome": draw(st.sampled_from(["success", "failure", "unknown"])),
    }


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(event=launches())
def test_any_launch_round_trips(tmp_path: Path, event: dict[str, Any]) -> None:
    (got,) = round_trip([event], tmp_path)
    assert {k: got[k] for k in KEPT if k not in ("apogee_km", "range_km")} == {
        k: event[k] for k in KEPT if k not in ("apogee_km", "range_km")
    }
    for key in ("apogee_km", "range_km"):
        assert got[key] == (pytest.approx(event[key]) if event[key] is not None else None)
    assert (got["launch_site"] or {}).get("name") == (event["launch_site"] or {}).get("name")
