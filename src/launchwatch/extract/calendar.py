"""Calendar arithmetic for date expressions: formatting to precision, the past date a day or a
weekday names, months counted from publication.

The ISO strings of the same few dates are asked for over and over within an article (one
publication date, a few weekdays and days of the month), so those are kept.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final

# How far past publication a date without a year may fall (an article dated just after midnight).
GRACE: Final = dt.timedelta(days=2)


def fmt(year: int, month: int = 0, day: int = 0) -> str:
    """ "YYYY-MM-DD", "YYYY-MM" or "YYYY": as far as `month` and `day` are given (not 0)."""
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def fmt_date(date: dt.date, precision: str) -> str:
    if precision == "day":
        return date.isoformat()
    if precision == "month":
        return fmt(date.year, date.month)
    return fmt(date.year)


def valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def past_month_day(published: dt.date, month: int, day: int) -> dt.date | None:
    """Latest `month`/`day` at most two days after `published` (None when no such day exists)."""
    limit = published + GRACE
    for year in range(limit.year, limit.year - 9, -1):  # nine years reach a leap day anywhere
        date = valid(year, month, day)
        if date is not None and date <= limit:
            return date
    return None


def month_year(published: dt.date, month: int, how: str) -> int:
    """Year of a named month: "in" = on or before published's month, "last" = strictly before."""
    if how == "next":
        return published.year if month > published.month else published.year + 1
    if how == "last":
        return published.year if month < published.month else published.year - 1
    if how == "this":
        return published.year
    return published.year if month <= published.month else published.year - 1


def shift_months(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def weekday_date(published: dt.date, weekday: int, how: str) -> dt.date:
    if how == "next":
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if how == "last":
        return published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def day_iso(year: int, month: int, day: int) -> str | None:
    """The ISO string of a day, None when there is no such day."""
    date = valid(year, month, day)
    return None if date is None else date.isoformat()


@lru_cache(maxsize=4096)
def past_month_day_iso(published: dt.date, month: int, day: int) -> str | None:
    """past_month_day as an ISO string."""
    date = past_month_day(published, month, day)
    return None if date is None else date.isoformat()


@lru_cache(maxsize=4096)
def weekday_iso(published: dt.date, weekday: int, how: str) -> str:
    """weekday_date as an ISO string."""
    return weekday_date(published, weekday, how).isoformat()
