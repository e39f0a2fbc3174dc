"""read_cns: the CNS North Korea Missile Test Database CSV -> reference events and rejected rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from launchwatch.errors import SourceError
from launchwatch.ingest.cns import CNS_HEADER, REQUIRED_COLUMNS, read_cns
from launchwatch.model import Rejected

DATA = Path(__file__).resolve().parents[1] / "data" / "cns"
SAMPLE = DATA / "sample.csv"
REAL = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "ref"
    / "cns_north_korea_missile_tests.csv"
)

# One row in the real file's shapes; tests change a cell or two.
ROW = {
    "F1": "1",
    "Date": "9-Apr-84",
    "Date Entered/Updated": "23-Dec-16",
    "Launch Time (UTC)": "",
    "Missile Name": "Scud-B",
    "Missile Type": "SRBM",
    "Launch Agency/Authority": "",
    "Facility Name": "Tonghae Satellite Launching Ground",
    "Facility Location": "Hwadae County, North Hamgyong Province",
    "Other Name": "Musudan-ri",
    "Facility Latitude": "40.8499966",
    "Facility Longitude": "129.666664",
    "Landing Location": "Unknown",
    "Apogee": "Unknown",
    "Distance Travelled": "Unknown",
    "Confirmation Status": "Confirmed",
    "Test Outcome": "Success",
    "Additional Information": "",
    "Source(s)": "http://example.org/cns",
}


def write_rows(path: Path, *rows: dict[str, str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=CNS_HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def one_event(tmp_path: Path, **cells: str) -> dict[str, Any]:
    """The single event read back from a one-row file whose cells are ROW updated by `cells`."""
    row = ROW | {name.replace("_", " "): value for name, value in cells.items()}
    events, rejected = read_cns(write_rows(tmp_path / "one.csv", row))
    assert rejected == []
    assert len(events) == 1
    return events[0]


@pytest.fixture(scope="module")
def sample() -> tuple[dict[str, dict[str, Any]], list[Rejected]]:
    events, rejected = read_cns(SAMPLE)
    return {event["id"]: event for event in events}, rejected


# -- the sample file ----------------------------------------------------------------------------
def test_sample_reads_every_good_row_into_events(sample: Any) -> None:
    events, _ = sample
    assert list(events) == [
        "cns-1", "cns-3", "cns-4", "cns-5", "cns-6", "cns-7", "cns-9", "cns-10", "cns-11",
        "cns-12", "cns-13", "cns-15", "cns-18", "cns-19", "cns-20", "cns-row22", "cns-22",
    ]  # fmt: skip
    assert sum(event["count"] for event in events.values()) == 20
    assert events["cns-1"]["rows"] == ["1", "2"]
    assert events["cns-row22"]["rows"] == ["row22"]  # no F1: its place in the file


def test_bad_rows_are_rejected_with_their_line_and_what_was_wrong(sample: Any) -> None:
    _, rejected = sample
    where = str(SAMPLE)
    # row 1 spans two lines (a note with a line break), so data row n is on line n + 2
    assert [r.where for r in rejected] == [f"{where}:19", f"{where}:20", f"{where}:21"]
    assert "Date 'sometime in 1999' is not a date" in rejected[0].reason
    assert rejected[1].reason == "expected 19 fields as in the header, found 16"
    assert "Launch Time (UTC) '25:00:00 PM' is not a time" in rejected[2].reason
    assert "Apogee 'high' is not a distance" in rejected[2].reason


def test_reference_event_has_the_contract_fields(sample: Any) -> None:
    events, _ = sample
    assert events["cns-10"] == {
        "id": "cns-10",
        "type": "missile_launch",
        "country": "KP",
        "date": "2017-11-29",  # 28-Nov-17 18:18 UTC is 03:18 on the 29th in Korea
        "date_precision": "day",
        "launch_time_utc": "18:18",
        "count": 1,
        "count_qualifier": None,
        "missile_class": "ICBM",
        "missile_names": ["Hwasong-15"],
        "launch_site": {"name": "Pyongsong", "lat": 39.282, "lon": 125.869},
        "facility_location": "Pyongsong, South Pyongan Province",
        "landing": "East Sea",
        "apogee_km": 4475.0,
        "range_km": 950.0,
        "flight_time_min": None,
        "reported_by": [],
        "outcome": "success",
        "confirmation": "Confirmed",
        "notes": "Fired near 39\u00b017'N.",  # a Windows-1252 degree sign, read as such
        "sources": ["http://example.org/cns"],
        "rows": ["10"],
    }


def test_consecutive_alike_rows_are_one_launch(sample: Any) -> None:
    events, _ = sample
    assert events["cns-1"]["count"] == 2
    assert events["cns-13"]["count"] == 2
    # 5 July 2006: Scud-C, Nodong, Scud-C are three launches, not a Scud-C pair
    july = [e for e in events.values() if e["date"] == "2006-07-05"]
    assert [(e["missile_names"], e["count"]) for e in july] == [
        (["Hwasong-6"], 1),
        (["Hwasong-7"], 1),
        (["Hwasong-6"], 1),
    ]


def test_rows_of_a_salvo_that_differ_give_what_most_say(sample: Any) -> None:
    event = sample[0]["cns-7"]  # one Nodong flew 800 km, the other failed at 17 km
    assert (event["range_km"], event["apogee_km"], event["landing"]) == (800.0, 17.0, "East Sea")
    assert event["outcome"] == "success"  # a tie: the first row's
    assert sample[0]["cns-1"]["apogee_km"] == 200.0  # one of two rows knows it


def test_dates_to_their_precision(sample: Any) -> None:
    events, _ = sample
    assert (events["cns-3"]["date"], events["cns-3"]["date_precision"]) == ("1984-09", "month")
    assert events["cns-22"]["date"] == "2023-02-12"  # m/d/yyyy
    assert events["cns-13"]["date"] == "2022-11-03"  # 2-Nov-22 23:39 UTC
    assert events["cns-20"]["date"] == "2022-01-14"  # 00:41 UTC: the same day in Korea


def test_names_sites_and_landings_are_canonical(sample: Any) -> None:
    events, _ = sample
    names = {key: event["missile_names"] for key, event in events.items()}
    assert names["cns-1"] == ["Hwasong-5"]  # Scud-B
    assert names["cns-18"] == ["Hwasong-9"]  # ER Scud
    assert names["cns-11"] == ["Hwasong-8"]  # Hwasong-8 MARV
    assert names["cns-19"] == ["KN-23"]  # Hwasong-11S (Navalized KN-23)
    assert names["cns-20"] == ["KN-23"]  # Rail-mobile KN-23
    assert names["cns-row22"] == ["KN-23"]  # Hwasong-11A (KN-23)
    assert names["cns-22"] == ["New IRBM (2022)"]  # unknown to the vocabulary: as written
    assert names["cns-12"] == []  # Unknown
    sites = {key: (event["launch_site"] or {}).get("name") for key, event in events.items()}
    assert sites["cns-1"] == "Musudan-ri"  # Tonghae Satellite Launching Ground
    assert sites["cns-9"] == "Sohae"
    assert sites["cns-13"] == "Wonsan"  # Wonsan Kalma International Airport
    assert sites["cns-4"] == "Kittaeryong Missile Base"  # not in the gazetteer
    assert sites["cns-12"] is None
    assert events["cns-22"]["facility_location"] == "Chiha-ri , Kangwon Province, (North Korea)"
    landings = {key: event["landing"] for key, event in events.items()}
    assert (landings["cns-18"], landings["cns-22"], landings["cns-9"]) == (
        "Yellow Sea",
        "Pacific Ocean",
        None,  # N/A
    )


def test_classes_and_types(sample: Any) -> None:
    events, _ = sample
    assert events["cns-11"]["missile_class"] == "hypersonic"  # HGV
    assert events["cns-15"]["missile_class"] is None  # Unknown
    assert (events["cns-9"]["type"], events["cns-9"]["missile_class"]) == (
        "satellite_launch",
        "SLV",
    )


def test_distances_in_km(sample: Any) -> None:
    events, _ = sample
    span = events["cns-12"]
    assert (span["apogee_km"], span["apogee_km_span"]) == (57.5, [25.0, 90.0])
    assert (span["range_km"], span["range_km_span"]) == (390.0, [110.0, 670.0])
    assert events["cns-13"]["range_km"] == 330.0  # "330 lm", the file's typo
    assert events["cns-18"]["apogee_km"] == 1380.0  # "1,380 km"
    assert events["cns-18"]["range_km"] == pytest.approx(620 * 1.609)  # miles
    assert events["cns-15"]["apogee_km"] == 0.0
    assert "apogee_km_span" not in events["cns-10"]


def test_notes_and_sources(sample: Any) -> None:
    events, _ = sample
    assert events["cns-1"]["notes"] == "First known test.\nSecond paragraph of the note."
    assert events["cns-1"]["sources"] == [
        "http://a.example/1",
        'Joseph S. Bermudez, "A History", 1999',
        "http://example.org/cns",
    ]
    assert events["cns-9"]["sources"] == [  # line breaks, spaces and glued URLs
        "https://a.example/x",
        "https://b.example/y",
        "https://c.example/z",
        "https://d.example/w",
    ]
    assert events["cns-3"]["notes"] is None


# -- cell shapes ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("date", "time", "expected"),
    [
        ("9-Apr-84", "", ("1984-04-09", "day", None)),
        ("31-Aug-98", "", ("1998-08-31", "day", None)),
        ("Sep-84", "", ("1984-09", "month", None)),
        ("Sep-84", "10:00:00 PM", ("1984-09", "month", None)),  # a time needs a day
        ("1984", "", ("1984", "year", None)),
        ("4/9/1984", "", ("1984-04-09", "day", None)),
        ("12-Apr-23", "10:22:00 PM", ("2023-04-13", "day", "22:22")),
        ("12-Apr-23", "12:15:00 AM", ("2023-04-12", "day", "00:15")),
        ("12-Apr-23", "12:34:00 PM", ("2023-04-12", "day", "12:34")),
        ("12-Apr-23", "14:59", ("2023-04-12", "day", "14:59")),
        ("12-Apr-23", "15:00", ("2023-04-13", "day", "15:00")),
        ("31-Dec-22", "11:00:00 PM", ("2023-01-01", "day", "23:00")),
        ("12-Apr-23", "Unknown", ("2023-04-12", "day", None)),
    ],
)
def test_date_and_time_shapes(tmp_path: Path, date: str, time: str, expected: tuple) -> None:
    event = one_event(tmp_path, Date=date, **{"Launch Time (UTC)": time})
    assert (event["date"], event["date_precision"], event["launch_time_utc"]) == expected


@pytest.mark.parametrize(
    ("cell", "km"),
    [
        ("50 km", 50.0),
        ("2111.5 km", 2111.5),
        ("1,380 km", 1380.0),
        ("approx. 1000 km", 1000.0),
        ("620 miles", 620 * 1.609),
        ("100 nautical miles", 185.2),
        ("300-350 km", 325.0),
        ("Unknown", None),
        ("N/A", None),
        ("", None),
    ],
)
def test_distance_shapes(tmp_path: Path, cell: str, km: float | None) -> None:
    event = one_event(tmp_path, Apogee=cell)
    assert event["apogee_km"] == (pytest.approx(km) if km is not None else None)


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"Date": ""}, "Date is missing"),
        ({"Date": "Unknown"}, "Date is missing"),
        ({"Date": "30-Feb-20"}, "Date '30-Feb-20' is not a date"),
        ({"Date": "9-Foo-84"}, "Date '9-Foo-84' is not a date"),
        ({"Launch Time (UTC)": "13:00:00 PM"}, "Launch Time (UTC) '13:00:00 PM' is not a time"),
        ({"Distance Travelled": "far"}, "Distance Travelled 'far' is not a distance"),
        ({"Apogee": "50 furlongs"}, "Apogee '50 furlongs' is not a distance"),
        ({"Facility Latitude": "95.1"}, "Facility Latitude '95.1' is not a number within ±90"),
        ({"Facility Longitude": "east"}, "Facility Longitude 'east' is not a number"),
    ],
)
def test_unreadable_cells_reject_the_row(
    tmp_path: Path, cells: dict[str, str], reason: str
) -> None:
    path = write_rows(tmp_path / "bad.csv", ROW | {"F1": "2"}, ROW | cells, ROW | {"F1": "4"})
    events, rejected = read_cns(path)
    assert [r.where for r in rejected] == [f"{path}:3"]
    assert reason in rejected[0].reason
    assert [e["rows"] for e in events] == [["2"], ["4"]]  # the rows either side still count


def test_blank_trailing_cells_and_blank_lines_are_not_errors(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    header = ",".join(f'"{name}"' if "," in name else name for name in CNS_HEADER)
    cells = ",".join(f'"{value}"' for value in ROW.values())
    path.write_text(f"\ufeff{header}\r\n{cells},,\r\n\r\n,,,\r\n", encoding="utf-8")
    events, rejected = read_cns(path)
    assert rejected == []
    assert [e["rows"] for e in events] == [["1"]]


def test_a_file_with_only_the_export_columns_reads(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=REQUIRED_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerow(ROW)
    events, rejected = read_cns(path)
    assert rejected == []
    assert events[0]["id"] == "cns-row1"
    assert events[0]["launch_site"]["name"] == "Musudan-ri"


# -- files that are not CNS tables ---------------------------------------------------------------
def test_missing_file_raises_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        read_cns(tmp_path / "nowhere.csv")
    assert info.value.where == str(tmp_path / "nowhere.csv")
    assert "no such file" in info.value.reason


@pytest.mark.parametrize("name", ["not_cns.csv", None])
def test_file_without_the_cns_header_names_the_columns(tmp_path: Path, name: str | None) -> None:
    path = DATA / name if name else tmp_path / "empty.csv"
    if name is None:
        path.write_text("", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_cns(path)
    assert info.value.where == str(path)
    assert "not a CNS missile test file" in info.value.reason
    assert "Launch Time (UTC)" in info.value.reason
    assert "Distance Travelled" in info.value.reason


# -- the real database ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real() -> tuple[list[dict[str, Any]], list[Rejected]]:
    if not REAL.is_file():
        pytest.skip(f"the CNS reference file is not here: {REAL}")
    return read_cns(REAL)


def test_real_file_reads_every_row(real: Any) -> None:
    events, rejected = real
    assert rejected == []
    assert len(events) == 188
    assert sum(event["count"] for event in events) == 245
    assert [row for event in events for row in event["rows"]] == [str(n) for n in range(1, 246)]
    assert len({event["id"] for event in events}) == 188
    precisions = [event["date_precision"] for event in events]
    assert (precisions.count("day"), precisions.count("month")) == (182, 6)


def test_real_file_known_events(real: Any) -> None:
    events, _ = real
    by_day: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        by_day.setdefault(event["date"], []).append(event)
    (hwasong15,) = by_day["2017-11-29"]
    assert hwasong15["missile_names"] == ["Hwasong-15"]
    assert hwasong15["missile_class"] == "ICBM"
    assert hwasong15["apogee_km"] == 4475.0
    assert hwasong15["launch_time_utc"] == "18:18"
    (hwasong18,) = by_day["2023-04-13"]  # 12-Apr-23 22:22 UTC
    assert (hwasong18["missile_names"], hwasong18["range_km"]) == (["Hwasong-18"], 1000.0)
    (taepodong,) = by_day["1998-08-31"]
    assert (taepodong["type"], taepodong["missile_class"]) == ("satellite_launch", "SLV")
    assert (taepodong["range_km"], taepodong["landing"]) == (1380.0, "Pacific Ocean")
    first = events[0]
    assert (first["date"], first["count"], first["launch_site"]["name"]) == (
        "1984-04-09",
        3,
        "Musudan-ri",
    )
    # CNS dates 1-Nov-22 21:51 and 23:51 UTC: in Korea, the morning of 2 November
    assert [(e["launch_time_utc"], e["count"]) for e in by_day["2022-11-02"]] == [
        ("21:51", 4),
        ("23:51", 3),
    ]


@pytest.mark.parametrize(
    ("facility", "other", "site"),
    [
        ("Pyongyang International Airport", "", "Sunan"),  # an alias in the gazetteer
        ("Hungnam", "Chakto-dong, Hamhung, Hamhung Beach", "Hamhung"),  # from Other Name
        ("Tongchan", "Kangwon", "Tongchan"),  # a province in Other Name is not the site's name
        ("Sinpo Shipyard", "", "Sinpo"),  # a facility inside a known town
        ("Hodo Peninsula", "Hodo; North Wonson", "Hodo Peninsula"),  # unknown: as written
    ],
)
def test_launch_site_names(tmp_path: Path, facility: str, other: str, site: str) -> None:
    event = one_event(tmp_path, Facility_Name=facility, Other_Name=other)
    assert event["launch_site"] == {"name": site, "lat": 40.8499966, "lon": 129.666664}
