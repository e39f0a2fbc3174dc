"""The CNS North Korea Missile Test Database (a CSV copy of its spreadsheet) -> reference events.

The database has one row per missile; a salvo is several rows alike in date, launch time, missile
and facility. `read_cns` folds each run of such consecutive rows into one event in the CONTRACT
section 3 form, with `count` = the number of rows, so that the file can stand as the reference
that extracted events are scored against.

What the file's cells look like (all 245 rows of the April 2023 copy were checked): `Date` is
`9-Apr-84` or, when only the month is known, `Sep-84`; `Launch Time (UTC)` is `10:53:00 PM`,
blank or `Unknown`; distances are `350 km`, `1,380 km`, `between 25 and 90 km`, `330 lm` (sic);
missing values are `Unknown`, `N/A` or blank. The file is a Windows-1252 Excel export.

CNS dates a launch with a known time by its UTC date (the 2017-11-29 Hwasong-15, fired at 03:18
Korea time, is on `28-Nov-17` with `6:18:00 PM`). CONTRACT dates are local, so such a date is
moved to Korea time (UTC+9); a date without a time is kept as written.

Names are put into the vocabularies' canonical form (`launchwatch.extract.vocab`) where the
vocabulary knows them, and kept as CNS writes them where it does not.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from launchwatch.errors import SourceError
from launchwatch.extract.vocab import find_vocab, lookup
from launchwatch.model import Rejected

__all__ = [
    "CLASS_OF_TYPE",
    "CNS_HEADER",
    "KOREA_UTC_OFFSET",
    "MONTHS",
    "REQUIRED_COLUMNS",
    "read_cns",
]

log = logging.getLogger(__name__)

CNS_HEADER = (
    "F1", "Date", "Date Entered/Updated", "Launch Time (UTC)", "Missile Name", "Missile Type",
    "Launch Agency/Authority", "Facility Name", "Facility Location", "Other Name",
    "Facility Latitude", "Facility Longitude", "Landing Location", "Apogee",
    "Distance Travelled", "Confirmation Status", "Test Outcome", "Additional Information",
    "Source(s)",
)  # fmt: skip
# Bookkeeping columns a file may lack (launchwatch's own CNS export leaves them out).
_OPTIONAL = {"F1", "Date Entered/Updated", "Launch Agency/Authority", "Other Name"}
REQUIRED_COLUMNS = tuple(name for name in CNS_HEADER if name not in _OPTIONAL)

# CNS "Missile Type" (folded) -> CONTRACT missile_class. The file has the first seven; the
# others are what launchwatch's export writes for classes CNS never uses.
CLASS_OF_TYPE = {
    "srbm": "SRBM", "mrbm": "MRBM", "irbm": "IRBM", "icbm": "ICBM", "slbm": "SLBM",
    "slv": "SLV", "hgv": "hypersonic", "cruise missile": "cruise", "cruise": "cruise",
    "ballistic missile": "ballistic", "mlrs": "MLRS",
}  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Korea Standard Time. (Pyongyang kept UTC+8:30 from 2015 to 2018; reports date launches by
# Seoul's clock, and no launch in the file falls in the half hour where the two disagree.)
KOREA_UTC_OFFSET = dt.timedelta(hours=9)

_MISSING = {"", "unknown", "n/a", "na", "none", "-", "?"}
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, 1)}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ,]+(\d{2}|\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]{3,9})\.?[- ,]+(\d{2}|\d{4})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # m/d/yyyy, as Excel writes it
_YEAR = re.compile(r"\d{4}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?[Mm]\.?)?")
_FIGURE = r"(\d[\d,]*(?:\.\d+)?)"
_DISTANCE = re.compile(
    r"(?:(?:approx(?:imately|\.)?|about|around|roughly|nearly|over|more than|at least|up to|~)"
    rf"\s*)?(?:between\s+)?{_FIGURE}\s*(?:(?:-|\u2013|to|and)\s*{_FIGURE})?\s*([a-z. ]*)",
    re.I,
)
# unit (folded) -> km per unit; "lm" is the file's own typo for km ("330 lm"), a key away
_KM_PER_UNIT = {
    "": 1.0, "km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "lm": 1.0,
    "mi": 1.609, "mile": 1.609, "miles": 1.609,
    "nm": 1.852, "nmi": 1.852, "nautical mile": 1.852, "nautical miles": 1.852,
}  # fmt: skip
# Words CNS adds to a system's name for a variant of it ("Scud-B MaRV", "Rail-mobile KN-23").
_VARIANT_WORDS = re.compile(r"\b(?:marv|rail-mobile|silo-based|navalized)\b", re.I)
# CNS spellings the vocabulary has in another word order.
_CNS_SPELLINGS = {"er scud": "Scud-ER"}
_GLUED_URL = re.compile(r"\s*(?=https?://)")
_PLACE_KINDS = ("facility", "city", "county")  # gazetteer kinds that can name a launch site


_Distance = tuple[float, tuple[float, float] | None]  # km, and the stated span if any


@dataclass(frozen=True)
class _Row:
    """One parsed missile row; `key` is what the rows of one launch share."""

    number: int
    f1: str
    key: tuple[Any, ...]
    date: dt.date
    precision: str
    time: dt.time | None
    cells: dict[str, str]
    lat: float | None
    lon: float | None
    apogee: _Distance | None
    range: _Distance | None


def read_cns(path: str | Path) -> tuple[list[dict[str, Any]], list[Rejected]]:
    """Reference events from a CNS missile test CSV, and the rows that could not be read.

    A row with no usable date, an unreadable time, distance or coordinate, or the wrong number
    of fields comes back as `Rejected("path:line", reason)`; the other rows still count.
    Raises SourceError when the file is missing, unreadable or lacks the CNS columns.
    """
    where = str(path)
    text = _load(path, where)
    records = csv.reader(io.StringIO(text, newline=""))
    header, width = _header(records, where)
    rows: list[tuple[int, _Row]] = []  # (how many rows were rejected before it, row)
    rejected: list[Rejected] = []
    number = 0
    while True:
        start = records.line_num + 1
        try:
            record = next(records)
        except StopIteration:
            break
        except csv.Error as exc:
            raise SourceError(f"{where}:{start}", f"not readable as CSV: {exc}") from exc
        if not any(cell.strip() for cell in record):
            continue  # blank lines and the empty rows spreadsheets leave at the end
        number += 1
        try:
            rows.append((len(rejected), _parse_row(header, width, record, number)))
        except ValueError as exc:
            rejected.append(Rejected(f"{where}:{start}", str(exc)))
    log.debug("%s: %d rows, %d rejected", where, number, len(rejected))
    # One launch is a run of consecutive alike rows, not every alike row: the file lists
    # missiles in firing order, so on 5 July 2006 "Scud-C, Nodong, Scud-C" are three launches.
    # A rejected row ends a run too: the rows either side of it were not consecutive.
    runs = itertools.groupby(rows, lambda item: (item[0], item[1].key))
    return [_event([row for _, row in run]) for _, run in runs], rejected


# -- the file ---------------------------------------------------------------------------------
def _load(path: str | Path, where: str) -> str:
    """The file's text: UTF-8 if it is that, else Windows-1252 (the spreadsheet's CSV export).

    Unlike articles (`ingest.encoding`), a guess is safe here: the header check that follows
    proves the file is a CNS table, and its few non-ASCII characters are in free text.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(where, "no such file (expected a CNS missile test CSV)") from exc
    except OSError as exc:
        raise SourceError(where, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.debug("%s: not UTF-8, read as Windows-1252", where)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise SourceError(where, f"neither UTF-8 nor Windows-1252 text: {exc.reason}") from exc


def _header(records: Iterator[list[str]], where: str) -> tuple[dict[str, int], int]:
    """Column name -> position, and the number of columns, from the first non-blank row.

    Raises SourceError naming the columns a CNS file has when one of them is missing.
    """
    for record in records:
        if any(cell.strip() for cell in record):
            names = [cell.strip() for cell in record]
            missing = [name for name in REQUIRED_COLUMNS if name not in names]
            if not missing:
                return {name: names.index(name) for name in CNS_HEADER if name in names}, len(names)
            break
    else:
        missing = list(REQUIRED_COLUMNS)
    raise SourceError(
        where,
        f"not a CNS missile test file: no column {', '.join(missing)}; expected the columns "
        f"{', '.join(CNS_HEADER)} ({', '.join(sorted(_OPTIONAL))} may be left out)",
    )


# -- one row ----------------------------------------------------------------------------------
def _parse_row(header: dict[str, int], width: int, record: list[str], number: int) -> _Row:
    """One CSV record -> _Row; raises ValueError saying every cell that could not be read."""
    # (blank cells past the end are what a spreadsheet leaves after a stray edit)
    if len(record) < width or any(cell.strip() for cell in record[width:]):
        raise ValueError(f"expected {width} fields as in the header, found {len(record)}")
    cells = {name: record[index].strip() for name, index in header.items()}
    problems: list[str] = []

    def read(name: str, parse: Any, *args: Any) -> Any:
        try:
            return parse(cells.get(name, ""), *args)
        except ValueError as exc:
            problems.append(f"{name} {cells[name]!r} {exc}")
            return None

    parsed_date = read("Date", _parse_date)
    time = read("Launch Time (UTC)", _parse_time)
    lat = read("Facility Latitude", _parse_coordinate, 90)
    lon = read("Facility Longitude", _parse_coordinate, 180)
    apogee = read("Apogee", _parse_distance)
    distance = read("Distance Travelled", _parse_distance)
    if parsed_date is None and not problems:
        problems.append("Date is missing: every row needs one")
    if problems:
        raise ValueError("; ".join(problems))
    date, precision = parsed_date
    if precision != "day":
        time = None  # a time without a day cannot be placed
    elif time is not None:
        date = (dt.datetime.combine(date, time) + KOREA_UTC_OFFSET).date()
    names = (_folded(cells[name]) for name in ("Missile Name", "Missile Type", "Facility Name"))
    key = (date, precision, time, *names)
    return _Row(number, cells.get("F1", ""), key, date, precision, time, cells, lat, lon,
                apogee, distance)  # fmt: skip


def _missing(value: str) -> bool:
    return _folded(value) in _MISSING


def _folded(value: str) -> str:
    return " ".join(value.split()).casefold()


def _parse_date(value: str) -> tuple[dt.date, str] | None:
    """`9-Apr-84` -> (1984-04-09, "day"), `Sep-84` -> (1984-09-01, "month"), ...; None if blank."""
    if _missing(value):
        return None
    try:
        if m := _DAY_MONTH_YEAR.fullmatch(value):
            return dt.date(_year(m[3]), _month(m[2]), int(m[1])), "day"
        if m := _MONTH_YEAR.fullmatch(value):
            return dt.date(_year(m[2]), _month(m[1]), 1), "month"
        if m := _NUMERIC_DATE.fullmatch(value):
            return dt.date(int(m[3]), int(m[1]), int(m[2])), "day"
        if _YEAR.fullmatch(value):
            return dt.date(int(value), 1, 1), "year"
    except (ValueError, KeyError):
        pass  # a well-shaped impossible date gets the message below
    raise ValueError("is not a date (9-Apr-84, Sep-84, 4/9/1984 or 1984)")


def _year(text: str) -> int:
    # Two-digit years: the database runs from 1984, so 50-99 are 19xx and 00-49 are 20xx.
    year = int(text)
    return year if len(text) == 4 else (1900 + year if year >= 50 else 2000 + year)


def _month(text: str) -> int:
    return _MONTH_NUMBER[text[:3].lower()]


def _parse_time(value: str) -> dt.time | None:
    """`10:53:00 PM` or `22:53` -> 22:53 (seconds dropped); None if blank or Unknown."""
    if _missing(value):
        return None
    m = _TIME.fullmatch(value)
    if m:
        hour, minute = int(m[1]), int(m[2])
        if m[4] and 1 <= hour <= 12:
            hour = hour % 12 + (12 if m[4].lower() == "p" else 0)
        elif m[4]:
            hour = 99
        if hour < 24 and minute < 60 and int(m[3] or 0) < 60:
            return dt.time(hour, minute)
    raise ValueError("is not a time of day (10:53:00 PM or 22:53)")


def _parse_coordinate(value: str, limit: int) -> float | None:
    if _missing(value):
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not abs(number) <= limit:
        raise ValueError(f"is not a number within ±{limit}")
    return number


def _parse_distance(value: str) -> _Distance | None:
    """`350 km` -> (350, None); `between 25 and 90 km` -> (57.5, (25, 90)); miles to km."""
    if _missing(value):
        return None
    m = _DISTANCE.fullmatch(value.strip())
    unit = _folded(m[3]).rstrip(".") if m else ""
    if m is None or unit not in _KM_PER_UNIT:
        raise ValueError("is not a distance (350 km, 1,380 km, between 25 and 90 km, 620 miles)")
    factor = _KM_PER_UNIT[unit]
    low = float(m[1].replace(",", "")) * factor
    if m[2] is None:
        return low, None
    high = float(m[2].replace(",", "")) * factor
    return (low + high) / 2, (low, high)


# -- rows -> events ---------------------------------------------------------------------------
def _event(rows: list[_Row]) -> dict[str, Any]:
    """One reference event (CONTRACT section 3, plus CNS's own fields) from a run of rows."""
    first = rows[0]
    cells = first.cells
    missile_class = CLASS_OF_TYPE.get(_folded(cells["Missile Type"]))
    names = _missile_names(cells["Missile Name"])
    if missile_class is None and names and (known := lookup("missile", names[0])):
        missile_class = known.missile_class
    apogee = _most_common(row.apogee for row in rows)
    distance = _most_common(row.range for row in rows)
    event: dict[str, Any] = {
        "id": f"cns-{_row_id(first)}",
        "type": "satellite_launch" if missile_class == "SLV" else "missile_launch",
        "country": "KP",
        "date": first.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[first.precision]],
        "date_precision": first.precision,
        "launch_time_utc": first.time.strftime("%H:%M") if first.time else None,
        "count": len(rows),
        "count_qualifier": None,
        "missile_class": missile_class,
        "missile_names": names,
        "launch_site": _launch_site(cells, first.lat, first.lon),
        "facility_location": _text(cells["Facility Location"]),
        "landing": _landing(_most_common(_text(row.cells["Landing Location"]) for row in rows)),
        "apogee_km": apogee[0] if apogee else None,
        "range_km": distance[0] if distance else None,
        "flight_time_min": None,
        "reported_by": [],
        "outcome": _outcome([row.cells["Test Outcome"] for row in rows]),
        "confirmation": _most_common(_text(row.cells["Confirmation Status"]) for row in rows),
        "notes": "\n".join(_unique(row.cells["Additional Information"] for row in rows)) or None,
        "sources": _unique(source for row in rows for source in _sources(row.cells["Source(s)"])),
        "rows": [_row_id(row) for row in rows],
    }
    if apogee and apogee[1]:
        event["apogee_km_span"] = list(apogee[1])
    if distance and distance[1]:
        event["range_km_span"] = list(distance[1])
    return event


def _row_id(row: _Row) -> str:
    # without F1 (launchwatch's export has none) the row's place: "row4", never a clash with F1
    return row.f1 or f"row{row.number}"


def _most_common(values: Iterable[Any]) -> Any:
    """The value most rows of a launch give (the first of a tie); None if none gives one.

    Rows of one salvo sometimes differ (one missile failed early, one apogee is known): the
    event keeps what most of its missiles did.
    """
    counts = Counter(value for value in values if value is not None)
    return max(counts, key=counts.__getitem__) if counts else None


def _outcome(cells: list[str]) -> str:
    known = [o for o in (_folded(cell)[:4] for cell in cells) if o in ("succ", "fail")]
    return {"succ": "success", "fail": "failure"}.get(_most_common(known), "unknown")


def _text(value: str) -> str | None:
    return None if _missing(value) else " ".join(value.split())


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value.strip() for value in values if value.strip()))


def _sources(cell: str) -> list[str]:
    """Sources split at semicolons and line breaks, and before a URL glued to the one before."""
    pieces = re.split(r"[;\n]", cell)
    found = [part for piece in pieces for part in _GLUED_URL.split(piece)]
    return [piece.strip().strip('"').strip() for piece in found if piece.strip().strip('"')]


def _missile_names(cell: str) -> list[str]:
    """Canonical names of the systems in a Missile Name cell ("/" separates several)."""
    names: list[str] = []
    for part in cell.split("/"):
        part = " ".join(part.split())
        if _missing(part):
            continue
        known = _known_missile(part)
        if known:
            names.append(known)
            continue
        # "Hwasong-11A (KN-23)": two names of one system; either may be the known one
        inner = [_known_missile(piece) for piece in re.split(r"[()]", part) if piece.strip()]
        found = [name for name in inner if name]
        names.extend(found or [part])
    return list(dict.fromkeys(names))


def _known_missile(text: str) -> str | None:
    text = " ".join(text.split())
    for candidate in (text, " ".join(_VARIANT_WORDS.sub(" ", text).split())):
        candidate = _CNS_SPELLINGS.get(candidate.casefold(), candidate)
        match = lookup("missile", candidate) if candidate else None
        # the vocabulary takes "Hwasong-11s" as a plural; in CNS "Hwasong-11S" is a variant
        plural = match and candidate[-1] in "sS" and lookup("missile", candidate[:-1])
        if match and not (plural and plural.canonical == match.canonical):
            return match.canonical
    return None


def _launch_site(cells: dict[str, str], lat: float | None, lon: float | None) -> Any:
    """{"name", "lat", "lon"}: the gazetteer's name for the facility, CNS's coordinates."""
    name = _text(cells["Facility Name"])
    if name is None:
        return None
    site = lookup("site", name)
    if site is None:  # "Other Name" holds aliases, but also the province ("Kangwon"): not those
        others = (_text(other) for other in re.split(r"[;,]", cells.get("Other Name", "")))
        found = (lookup("site", other) for other in others if other)
        site = next((m for m in found if m and m.site_kind in _PLACE_KINDS), None)
    if site is None:
        # "Wonsan Kalma International Airport": a facility inside one known town
        inside = {
            m.canonical: m
            for m in find_vocab(name, kinds=("site",))
            if not m.weak and m.site_kind in _PLACE_KINDS
        }
        site = next(iter(inside.values())) if len(inside) == 1 else None
    if site is None or site.site is None:
        return {"name": name, "lat": lat, "lon": lon}
    return {
        "name": site.canonical,
        "lat": lat if lat is not None else site.site.lat,
        "lon": lon if lon is not None else site.site.lon,
    }


def _landing(text: str | None) -> str | None:
    """The landing vocabulary's name ("Sea of Japan or East Sea" -> "East Sea"), else the text."""
    if text is None:
        return None
    known = lookup("landing", text)
    if known:
        return known.canonical
    for match in find_vocab(text, kinds=("landing",)):
        if not match.weak and match.needs_country in (None, "KP"):
            return match.canonical
    return text
