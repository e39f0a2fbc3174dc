"""Canonical events -> the CNS North Korea Missile Test Database's CSV columns.

One row per missile, as CNS counts: an event of three missiles is three alike rows, which
`launchwatch.ingest.cns.read_cns` folds back into one event. Cells are written the way the CNS
file writes them: `9-Apr-84` (`Sep-84` for a month), `10:53:00 PM`, `350 km`, `Unknown`.

Like CNS, a launch with a known time is dated by its UTC day; the events' dates are local
(Korea time), so such a date moves back a day when the launch was before 09:00 Korea time.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from launchwatch.ingest.cns import KOREA_UTC_OFFSET, MONTHS

__all__ = ["CNS_COLUMNS", "TYPE_OF_CLASS", "cns_rows", "write_cns"]

CNS_COLUMNS = (
    "Date", "Launch Time (UTC)", "Missile Name", "Missile Type", "Facility Name",
    "Facility Location", "Facility Latitude", "Facility Longitude", "Landing Location",
    "Apogee", "Distance Travelled", "Confirmation Status", "Test Outcome",
    "Additional Information", "Source(s)",
)  # fmt: skip
EXPORTED_TYPES = ("missile_launch", "satellite_launch")
UNKNOWN = "Unknown"

# missile_class -> CNS "Missile Type": CNS's own name where the file has one ("HGV" is its
# name for the Hwasong-8); for the classes it never uses, a name `read_cns` takes back.
TYPE_OF_CLASS = {
    "SRBM": "SRBM", "MRBM": "MRBM", "IRBM": "IRBM", "ICBM": "ICBM", "SLBM": "SLBM",
    "SLV": "SLV", "hypersonic": "HGV", "cruise": "Cruise Missile",
    "ballistic": "Ballistic Missile", "MLRS": "MLRS",
}  # fmt: skip
# CONTRACT landing name -> CNS's wording for the same sea
_CNS_LANDING = {"East Sea": "Sea of Japan or East Sea", "Yellow Sea": "Yellow Sea or West Sea"}
_OUTCOMES = {"success": "Success", "failure": "Failure"}


def cns_rows(events: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str]]:
    """CNS rows (column -> cell) for the missile and satellite launches among `events`.

    `count` rows per event (one when the count is unknown); other event types are skipped.
    A missing value is "Unknown", as in the CNS file; a missing launch time, note or source
    is a blank cell, as there.
    """
    for event in events:
        if event.get("type") not in EXPORTED_TYPES:
            continue
        row = _row(event)
        count = event.get("count")
        for _ in range(count if isinstance(count, int) and count > 0 else 1):
            yield dict(row)


def write_cns(events: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write the CNS header and `cns_rows(events)` to `stream` as CSV; return the row count.

    Open a file for it with `newline=""`, as the csv module asks.
    """
    writer = csv.DictWriter(stream, fieldnames=CNS_COLUMNS)
    writer.writeheader()
    written = 0
    for row in cns_rows(events):
        writer.writerow(row)
        written += 1
    return written


def _row(event: Mapping[str, Any]) -> dict[str, str]:
    time = _time(event.get("launch_time_utc"))
    site = event.get("launch_site") or {}
    sources = event.get("sources") or event.get("reports") or []
    return {
        "Date": _date(event.get("date"), event.get("date_precision"), time),
        "Launch Time (UTC)": _clock(time) if time else "",
        "Missile Name": " / ".join(event.get("missile_names") or ()) or UNKNOWN,
        "Missile Type": _missile_type(event),
        "Facility Name": site.get("name") or UNKNOWN,
        "Facility Location": event.get("facility_location") or UNKNOWN,
        "Facility Latitude": _number(site.get("lat")),
        "Facility Longitude": _number(site.get("lon")),
        "Landing Location": _landing(event.get("landing")),
        "Apogee": _distance(event.get("apogee_km"), event.get("apogee_km_span")),
        "Distance Travelled": _distance(event.get("range_km"), event.get("range_km_span")),
        "Confirmation Status": event.get("confirmation") or UNKNOWN,
        "Test Outcome": _OUTCOMES.get(event.get("outcome") or "", UNKNOWN),
        "Additional Information": event.get("notes") or "",
        "Source(s)": "; ".join(str(source) for source in sources),
    }


def _missile_type(event: Mapping[str, Any]) -> str:
    known = TYPE_OF_CLASS.get(event.get("missile_class") or "")
    # a satellite launch of no stated class still went up on a space launch vehicle
    return known or ("SLV" if event.get("type") == "satellite_launch" else UNKNOWN)


def _time(value: Any) -> dt.time | None:
    """An event's `launch_time_utc` ("HH:MM"), or None when it has none or it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def _date(value: Any, precision: Any, time: dt.time | None) -> str:
    """`9-Apr-84` for a day, `Sep-84` for a month, `1984` for a year; the UTC day if timed."""
    text = value if isinstance(value, str) else ""
    try:
        day = dt.date.fromisoformat((text + "-01-01"[len(text) - 4 :])[:10])
    except ValueError:
        return UNKNOWN
    if precision == "year" or len(text) == 4:
        return str(day.year)
    if precision == "month" or len(text) == 7:
        return f"{MONTHS[day.month - 1]}-{day.year % 100:02d}"
    if time is not None:  # the local clock time, then the UTC day it falls on
        local = (dt.datetime.combine(day, time) + KOREA_UTC_OFFSET).time()
        day = (dt.datetime.combine(day, local) - KOREA_UTC_OFFSET).date()
    return f"{day.day}-{MONTHS[day.month - 1]}-{day.year % 100:02d}"


def _clock(time: dt.time) -> str:
    """`10:53:00 PM`: the file's 12-hour clock with seconds."""
    hour = time.hour % 12 or 12
    return f"{hour}:{time.minute:02d}:00 {'PM' if time.hour >= 12 else 'AM'}"


def _number(value: Any) -> str:
    """A figure as the file writes it: `4475`, `2111.5`, `40.8499966`; else Unknown."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return UNKNOWN
    return repr(int(value)) if float(value).is_integer() else repr(round(float(value), 7))


def _distance(value: Any, span: Any) -> str:
    """`350 km`; a stated span as CNS writes one, `between 25 and 90 km`."""
    if isinstance(span, list | tuple) and len(span) == 2:
        low, high = (_number(end) for end in span)
        if UNKNOWN not in (low, high):
            return f"between {low} and {high} km"
    number = _number(value)
    return number if number == UNKNOWN else f"{number} km"


def _landing(value: Any) -> str:
    if not isinstance(value, str) or not value:
        return UNKNOWN
    return _CNS_LANDING.get(value, value)
