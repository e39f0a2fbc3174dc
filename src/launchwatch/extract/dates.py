"""Date expressions in a span of text, resolved against the article's publication date.

News speaks of the past: a date stated without a year is the latest such date at most two days
after publication, a bare weekday is the latest such weekday on or before publication, and
reckoning by weeks ("last week") gives month precision (the devset convention). Expressions that
count from another event ("three days after", "the previous day") come back unresolved, since only
the caller knows that event. Nothing that needs the publication date is guessed when it is absent.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = [
    "FUTURE",
    "MONTHS",
    "RELATIVE_TO_EVENT",
    "WEEKDAYS",
    "ZONE_OFFSETS",
    "DateMention",
    "find_dates",
    "shift_for_zone",
]

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Hours east of UTC, from the IANA tz database. Where a name leaves daylight saving open ("ET",
# "PT") standard time is used: the error is one hour, which moves a date only near midnight.
# "KST" also stands for Pyongyang time, which was UTC+8:30 from 2015-08 to 2018-05.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "MSK": 3, "IRST": 3.5, "IRDT": 4.5,
    "PKT": 5, "IST": 5.5, "BJT": 8, "KST": 9, "JST": 9, "HST": -10, "AKST": -9,
    "PT": -8, "PST": -8, "PDT": -7, "MT": -7, "MST": -7, "MDT": -6,
    "CT": -6, "CST": -6, "CDT": -5, "ET": -5, "EST": -5, "EDT": -4,
}  # fmt: skip

# Zones named in words ("Korea time", "Pacific Standard Time"): first word -> zone label.
_WORDED_ZONES: dict[str, str | None] = {
    "korea": "KST", "korean": "KST", "seoul": "KST", "pyongyang": "KST", "japan": "JST",
    "japanese": "JST", "tokyo": "JST", "eastern": "ET", "washington": "ET", "pacific": "PT",
    "central": "CT", "mountain": "MT", "moscow": "MSK", "tehran": "IRST", "iran": "IRST",
    "beijing": "BJT", "china": "BJT", "india": "IST", "indian": "IST", "pakistan": "PKT",
    "greenwich": "GMT", "local": None,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its span in the text passed in and the date it resolves to.

    `value` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" to `precision`, or None with `note` saying why.
    `hour` is the local clock hour attached in the same span; `zone` names the zone it was given
    in (None: local or unstated).
    """

    start: int
    end: int
    value: str | None
    precision: str  # "day" | "month" | "year"
    kind: str  # "explicit" | "weekday" | "relative" | "year"
    hour: int | None = None
    zone: str | None = None
    note: str | None = None


RELATIVE_TO_EVENT = "relative to another event"
FUTURE = "future"

# ---------------------------------------------------------------------------------------------
# Patterns. A cheap trigger scan finds where an expression can be; the detailed patterns are only
# tried (anchored) at those places, so a sentence without dates costs one pass in C.

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ORD = r"(?:st|nd|rd|th)?"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)(?![A-Za-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_NUM = (
    r"(?i:a\s+few|a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|several|few|\d{1,3})"
)
_ZONE = (
    r"(?:GMT|UTC|KST|JST|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|IST|PKT|IRST|IRDT|MSK|CEST"
    r"|CET|BST|BJT)(?![A-Za-z])"
    r"|(?:Korea|Korean|Seoul|Pyongyang|Japan|Japanese|Tokyo|Eastern|Washington|Pacific|Central"
    r"|Mountain|Moscow|Tehran|Iran|Beijing|China|India|Indian|Pakistan|Greenwich|[Ll]ocal)"
    r"(?:\s+(?:[Ss]tandard|[Dd]aylight|[Mm]ean))?\s+[Tt]ime(?![a-z])"
)


def _zone_tail(name: str) -> str:
    return rf"(?:\s*\(?\s*(?P<{name}>{_ZONE}))?"


# Where a date expression can be: digit runs, month names, weekdays, and the unit words that
# every relative expression holds ("today", "last week", "three days after", "midnight").
# Every alternative starts with a literal, so the regex engine skips to candidate characters in C.
_TRIGGER = re.compile(
    "|".join(f"{d}[0-9]*" for d in range(10))
    + "|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    + "|day|night|week|month|year|decade|noon|morrow|morning"
)

# Expressions that start with a digit run, tried at each run.
_NUMERIC = re.compile(
    rf"""
 (?P<iso>(?P<iso_y>{_YEAR})(?P<iso_s>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_s)(?P<iso_d>{_DAY})
    (?!\d|[.,]\d))
|(?P<num>(?<![\d./])(?P<num_a>{_DAY})(?P<num_s>[/.])(?P<num_b>{_DAY})(?P=num_s)
    (?P<num_y>{_YEAR})(?!\d|[./,]\d))
|(?P<clk4>(?P<c4_h>[01]\d|2[0-3])[0-5]\d\s*(?:{_WEEKDAY}\s+)?
    (?P<c4_z>GMT|UTC|KST|JST|hrs|hours|h)(?![A-Za-z]))
|(?P<clk12>(?P<c12_h>1[0-2]|0?\d)(?:[:.][0-5]\d)?\s?(?P<c12_ap>[aApP])\.?\s?[mM]\b\.?
    {_zone_tail("z12")})
|(?P<clk24>(?P<c24_h>2[0-3]|[01]?\d):[0-5]\d(?::[0-5]\d)?(?!\d){_zone_tail("z24")})
|(?P<dm>(?<![\d,./:])(?P<dm_d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?:\.(?=,?\s*\d))?
    (?:,?\s+(?P<dm_y>{_YEAR})(?!\d|[.,]\d))?)
|(?P<yr>(?<![\d,.])(?P<yr_y>{_YEAR})(?!\w|[.,]\d))
""",
    re.VERBOSE,
)

# A month name with a day, a year, both, or neither; tried at each month trigger.
_NAMED = re.compile(
    rf"""(?P<md_m>{_MONTH})(?:\.(?=,?\s*\d))?
    (?:\s+(?P<md_d>{_DAY}){_ORD}(?!\d|[.,:]\d)
       (?:\s*(?P<md_j>-|–|to|through|and|&)\s*(?P<md_d2>{_DAY}){_ORD}
          (?!\d|[.,:]\d|\s+(?:of\s+)?{_MONTH}))?)?
    (?:,?\s+(?:of\s+)?(?P<md_y>{_YEAR})(?!\d|[.,]\d))?""",
    re.VERBOSE,
)

# Relative expressions, tried at the word that holds a unit trigger and the few words before it.
_RELATIVE = re.compile(
    rf"""
 (?P<tw>(?i:today|tonight|yesterday|tomorrow|last\s+night|this\s+morning
    |the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![a-z]))
|(?P<rn>(?:(?i:about|around|nearly|almost|some|just|only|roughly|less\s+than|more\s+than|over)\s+)?
    (?P<rn_n>{_NUM})\s+(?P<rn_u>(?i:days?|weeks?|months?|years?|decades?))\s+
    (?P<rn_d>(?i:after|before|later|earlier|ago|prior|previously))(?![a-z]))
|(?P<rel>(?P<rel_m>(?i:(?:earlier|later|early|late)\s+(?:this|last|next)|last|this|next))\s+
    (?P<rel_u>(?i:week|month|year))(?![a-z]))
|(?P<thx>(?i:the|that)\s+(?i:(?:previous|following|next|same)\s+(?:day|night|morning|week|month|year)
    |(?:day|night|week|month|year)\s+(?:before|after|earlier|later|prior))(?![a-z]))
|(?P<inn>(?i:in)\s+(?P<inn_n>{_NUM})\s+(?P<inn_u>(?i:years?|months?|decades?))(?![a-z]))
|(?P<rn0>(?i:days|weeks|months)\s+(?i:after|before|later|earlier|ago)(?![a-z]))
""",
    re.VERBOSE,
)

# Context looked up only around a candidate, never over the whole span.
_LEAD_MOD = re.compile(
    r"\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|\s*-\s*)$"
)
_MAY_CONTEXT = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Oo]f|[Ff]rom|[Bb]efore|[Aa]fter"
    r"|[Tt]hrough(?:out)?|[Bb]etween)\s+$"
)
_YEAR_PRE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Oo]f|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter"
    r"|[Bb]etween|[Tt]hrough(?:out)?|[Aa]round|[Cc]irca|[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring"
    r"|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+|\s*-\s*)$"
)
_YEAR_POST = re.compile(
    r"(?:'s|’s)(?![a-z])|\s+(?:(?:nuclear|missile|ballistic|ICBM|SLBM|satellite|rocket|weapons?"
    r"|underground|space|test)\s+)?(?:tests?|launch(?:es)?|test-firings?|firings?|blasts?"
    r"|detonations?|flights?)(?![a-z])"
)
_YEAR_LINK = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|through|-|–|&)\s*$")
_YEAR_TAIL = re.compile(r"\s+(?:of\s+)?(?i:(last|this|next)\s+year)(?![a-z])")
_MONTH_LIST_TAIL = re.compile(
    rf"(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+|&\s+)?{_MONTH}\.?)+,?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)"
)
_WEEKDAY_DATE_GAP = re.compile(r"[\s,(]*(?:the\s+)?$")
_BEFORE = re.compile(r"\b(?i:before)\s+$")
_FIRST = re.compile(r"\b(?i:first)\b")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# Vague counts get a stand-in number and month (or coarser) precision.
_VAGUE_NUMBERS = {"few": 3, "several": 3, "couple": 2}
# Words that can open a relative expression before its unit word.
_LEAD_WORDS = frozenset(
    [*_NUMBER_WORDS, *_VAGUE_NUMBERS, "of", "the", "that", "in", "last", "this", "next", "earlier",
     "later", "early", "late", "previous", "following", "same", "about", "around", "nearly",
     "almost", "some", "just", "only", "roughly", "less", "more", "than", "over"]
    + [str(n) for n in range(1000)]
)  # fmt: skip
_GRACE = dt.timedelta(days=2)
_FULL_MONTHS = frozenset(name.capitalize() for name in list(MONTHS)[:12])


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic.


def _fmt(year: int, month: int = 0, day: int = 0) -> str:
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _fmt_date(date: dt.date, precision: str) -> str:
    if precision == "day":
        return date.isoformat()
    if precision == "month":
        return _fmt(date.year, date.month)
    return _fmt(date.year)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _past_month_day(published: dt.date, month: int, day: int) -> dt.date | None:
    """Latest `month`/`day` at most two days after `published` (None when no such day exists)."""
    limit = published + _GRACE
    for year in range(limit.year, limit.year - 9, -1):  # nine years reach a leap day anywhere
        date = _valid(year, month, day)
        if date is not None and date <= limit:
            return date
    return None


def _month_year(published: dt.date, month: int, how: str) -> int:
    """Year of a named month: "in" = on or before published's month, "last" = strictly before."""
    if how == "next":
        return published.year if month > published.month else published.year + 1
    if how == "last":
        return published.year if month < published.month else published.year - 1
    if how == "this":
        return published.year
    return published.year if month <= published.month else published.year - 1


def _shift_months(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def _weekday_date(published: dt.date, weekday: int, how: str) -> dt.date:
    if how == "next":
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if how == "last":
        return published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def shift_for_zone(
    local_date: dt.date, hour: int | None, zone: str | None, site_utc_offset: int
) -> dt.date:
    """The site's local date for `local_date` at `hour` stated in `zone`.

    `site_utc_offset` is in hours east of UTC (9 for Korea). Without an hour, or with a zone that
    is absent or not in ZONE_OFFSETS, the date is returned unchanged. Minutes are not known, so a
    time is taken at the full hour.
    """
    if hour is None or zone is None:
        return local_date
    offset = ZONE_OFFSETS.get(zone)
    if offset is None:
        return local_date
    site_hour = hour - offset + site_utc_offset
    return local_date + dt.timedelta(days=int(site_hour // 24))


# ---------------------------------------------------------------------------------------------
# The scanner.


def _count(word: str) -> tuple[int, bool]:
    """The number a count word stands for, and whether it is vague ("a few", "several")."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word), False
    for vague, n in _VAGUE_NUMBERS.items():
        if vague in word:
            return n, True
    return _NUMBER_WORDS[word], False


def _zone_label(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw.isupper():
        return raw
    return _WORDED_ZONES.get(raw.split()[0].lower())


@dataclass(slots=True)
class _Raw:
    """A mention before clock times are attached (spans may still be merged)."""

    start: int
    end: int
    value: str | None
    precision: str
    kind: str
    note: str | None


class _Scan:
    """State of one find_dates call: the mentions so far, pending years, clock times."""

    __slots__ = ("clocks", "mentions", "published", "start", "stop", "text", "years")

    def __init__(self, text: str, published: dt.date | None, start: int, stop: int) -> None:
        self.text = text
        self.published = published
        self.start = start
        self.stop = stop
        self.mentions: list[_Raw] = []
        self.years: list[tuple[int, int, int, bool]] = []  # start, end, year, has context
        self.clocks: list[tuple[int, int, int, str | None]] = []  # start, end, hour, zone

    def add(
        self, s: int, e: int, value: str | None, precision: str, kind: str, note: str | None = None
    ) -> None:
        self.mentions.append(_Raw(s, e, value, precision, kind, note))

    def unresolved(self, s: int, e: int, precision: str, kind: str) -> None:
        note = f"no publication date: cannot resolve '{self.text[s:e]}'"
        self.add(s, e, None, precision, kind, note)

    def lead(self, s: int) -> tuple[int, str]:
        """A modifier right before `s` ("last", "mid-"): where the span starts, and its word."""
        m = _LEAD_MOD.search(self.text, max(self.start, s - 8), s)
        if m is None:
            return s, ""
        return m.start(), m.group(1).lower()


def _explicit_day(scan: _Scan, s: int, e: int, year: int | None, month: int, day: int) -> None:
    if year is not None:
        date = _valid(year, month, day)
    elif scan.published is not None:
        date = _past_month_day(scan.published, month, day)
    else:
        scan.unresolved(s, e, "day", "explicit")
        return
    if date is None:
        scan.add(s, e, None, "day", "explicit", "no such date")
    else:
        scan.add(s, e, date.isoformat(), "day", "explicit")


def _on_numeric(scan: _Scan, m: re.Match[str]) -> None:
    s, e = m.span()
    a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day_first = _valid(year, b, a)
    # Dotted dates are European (day first); slashes leave the order open when both parts <= 12.
    month_first = None if m["num_s"] == "." else _valid(year, a, b)
    options = {d for d in (day_first, month_first) if d is not None}
    if not options:
        scan.add(s, e, None, "day", "explicit", "no such date")
    elif len(options) == 1:
        scan.add(s, e, options.pop().isoformat(), "day", "explicit")
    elif scan.published is None:
        scan.add(s, e, None, "day", "explicit", "ambiguous day/month order")
    else:
        past = [d for d in options if d <= scan.published + _GRACE]
        if past:
            scan.add(s, e, max(past).isoformat(), "day", "explicit")
        else:
            scan.add(s, e, None, "day", "explicit", "ambiguous day/month order")


def _on_month(scan: _Scan, m: re.Match[str]) -> None:
    """Month names: with a day, a year, both, or alone ("in November", "last June")."""
    text, published = scan.text, scan.published
    s, e = m.span()
    name = m["md_m"]
    month = MONTHS[name.lower()]
    year = int(m["md_y"]) if m["md_y"] else None
    if m["md_d"]:
        if m["md_d2"] and m["md_j"] in ("and", "&"):  # two days: "February 8 and 25, 2016"
            _explicit_day(scan, s, m.end("md_d"), year, month, int(m["md_d"]))
            _explicit_day(scan, m.start("md_d2"), e, year, month, int(m["md_d2"]))
        else:  # one day, or a range given by its first day: "March 18-19"
            _explicit_day(scan, s, e, year, month, int(m["md_d"]))
        return
    if year is not None:
        s, _ = scan.lead(s)
        scan.add(s, e, _fmt(year, month), "month", "explicit")
        return
    if name not in _FULL_MONTHS:
        return  # a bare abbreviation ("Mar", "Dec") is too often something else
    # "in March and December 2022": the year at the end of the list covers every month in it.
    listed = _MONTH_LIST_TAIL.match(text, e, scan.stop)
    if listed:
        scan.add(s, e, _fmt(int(listed["y"]), month), "month", "explicit")
        return
    s, how = scan.lead(s)
    tail = _YEAR_TAIL.match(text, e, scan.stop)
    if (
        name == "May"
        and not how
        and not tail
        and not _MAY_CONTEXT.search(text, max(scan.start, s - 12), s)
    ):
        return  # "may" the verb, or a name
    note = None
    if tail:
        e = tail.end()
        rel = tail.group(1).lower()
        if published is not None:
            offset = {"last": -1, "this": 0, "next": 1}[rel]
            year = published.year + offset
            note = FUTURE if rel == "next" else None
    elif published is not None:
        how = how if how in ("last", "this", "next") else ("last" if how == "past" else "")
        year = _month_year(published, month, how)
        note = FUTURE if how == "next" else None
    if year is None:
        scan.unresolved(s, e, "month", "explicit")
    else:
        scan.add(s, e, _fmt(year, month), "month", "explicit", note)


def _on_weekday(scan: _Scan, m: re.Match[str]) -> None:
    s, e = m.span()
    weekday = WEEKDAYS[m.group().lower()]
    s, how = scan.lead(s)
    how = "last" if how == "past" else how
    if scan.published is None:
        scan.unresolved(s, e, "day", "relative" if how == "next" else "weekday")
    elif how == "next":
        date = _weekday_date(scan.published, weekday, "next")
        scan.add(s, e, date.isoformat(), "day", "relative", FUTURE)
    else:
        date = _weekday_date(scan.published, weekday, how)
        scan.add(s, e, date.isoformat(), "day", "weekday")


def _on_today(scan: _Scan, m: re.Match[str]) -> None:
    s, e = m.span()
    word = " ".join(m["tw"].lower().split())
    if word == "today" and m["tw"][0] == "T":
        # "USA Today", "India Today": a title-case name, not the date.
        prev = scan.text[max(scan.start, s - 12) : s].split()
        if prev and prev[-1][:1].isupper() and prev[-1][-1:].isalpha():
            return
    if scan.published is None:
        scan.unresolved(s, e, "day", "relative")
        return
    days = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if word.startswith("the day before"):
        days = -2
    elif word.startswith("the day after"):
        days = 2
    date = scan.published + dt.timedelta(days=days)
    scan.add(s, e, date.isoformat(), "day", "relative", FUTURE if days > 0 else None)


def _on_relative_unit(scan: _Scan, m: re.Match[str]) -> None:
    """Reckoning by the publication's week, month or year: "last week", "earlier this year"."""
    s, e = m.span()
    words = m["rel_m"].lower().split()
    unit = m["rel_u"].lower()
    precision = "year" if unit == "year" else "month"
    if scan.published is None:
        scan.unresolved(s, e, precision, "relative")
        return
    step = {"last": -1, "this": 0, "next": 1}[words[-1]]
    note = FUTURE if step > 0 or words[0] == "later" else None
    published = scan.published
    if unit == "week":
        date = published + dt.timedelta(days=7 * step)
        scan.add(s, e, _fmt(date.year, date.month), "month", "relative", note)
    elif unit == "month":
        scan.add(s, e, _fmt(*_shift_months(published, step)), "month", "relative", note)
    else:
        scan.add(s, e, _fmt(published.year + step), "year", "relative", note)


def _on_count_back(scan: _Scan, m: re.Match[str]) -> None:
    """A count of units from another event ("three days after") or from publication ("ago")."""
    s, e = m.span()
    unit = m["rn_u"].lower().rstrip("s")
    direction = m["rn_d"].lower()
    precision = {"day": "day", "year": "year", "decade": "year"}.get(unit, "month")
    if direction != "ago":
        scan.add(s, e, None, precision, "relative", RELATIVE_TO_EVENT)
        return
    if scan.published is None:
        scan.unresolved(s, e, precision, "relative")
        return
    n, vague = _count(m["rn_n"])
    published = scan.published
    note = "approximate" if vague or m.start("rn_n") > s else None  # "about", "nearly"...
    if unit in ("day", "week"):
        date = published - dt.timedelta(days=n if unit == "day" else 7 * n)
        # Counting in weeks, or vaguely in days, says no more than the month.
        precision = "month" if unit == "week" or vague else "day"
        scan.add(s, e, _fmt_date(date, precision), precision, "relative", note)
    elif unit == "month":
        scan.add(s, e, _fmt(*_shift_months(published, -n)), "month", "relative", note)
    else:
        years = n * 10 if unit == "decade" else n
        scan.add(s, e, _fmt(published.year - years), "year", "relative", note)


def _on_first_in(scan: _Scan, m: re.Match[str]) -> None:
    """The "first ... in three years" reckoning: the previous one was that long before."""
    if not _FIRST.search(scan.text, scan.start, m.start()):
        return  # "in three years" alone is as often a future span
    s, e = m.span()
    unit = m["inn_u"].lower().rstrip("s")
    precision = "month" if unit == "month" else "year"
    n, vague = _count(m["inn_n"])
    if vague:
        return
    if scan.published is None:
        scan.unresolved(s, e, precision, "relative")
    elif unit == "month":
        scan.add(s, e, _fmt(*_shift_months(scan.published, -n)), precision, "relative")
    else:
        years = n * 10 if unit == "decade" else n
        scan.add(s, e, _fmt(scan.published.year - years), precision, "relative")


def _on_clock(scan: _Scan, m: re.Match[str], kind: str) -> None:
    zone: str | None = None
    if kind == "clk12":
        hour = int(m["c12_h"]) % 12 + (12 if m["c12_ap"] in "pP" else 0)
        zone = _zone_label(m["z12"])
    elif kind == "clk24":
        hour = int(m["c24_h"])
        zone = _zone_label(m["z24"])
    else:  # "0000 GMT", "1430 hours"
        hour = int(m["c4_h"])
        zone = m["c4_z"] if m["c4_z"] in ZONE_OFFSETS else None
    scan.clocks.append((m.start(), m.end(), hour, zone))


def _lead_words(text: str, lo: int, at: int) -> list[int]:
    """Starts of the words right before `at` that can open a relative expression ("about",
    "three", "the", "last"...), earliest first; stops at any other word or punctuation."""
    starts: list[int] = []
    begin = at
    for _ in range(4):
        end = begin - 1
        if end <= lo or text[end] != " ":
            break
        prev = max(text.rfind(" ", lo, end) + 1, lo)
        word = text[prev:end]
        newline = max(word.rfind("\n"), word.rfind("\t"))
        if newline >= 0:  # the word starts a line: take it, look no further back
            prev += newline + 1
            word = word[newline + 1 :]
        if word.lower() not in _LEAD_WORDS:
            break
        starts.append(prev)
        if newline >= 0:
            break
        begin = prev
    starts.reverse()
    return starts


def _on_unit(scan: _Scan, trigger: re.Match[str]) -> int:
    """A unit word ("day", "week", "night"...): find the expression around it; returns where the
    expression ends (or the trigger's start when there is none)."""
    text, lo = scan.text, scan.start
    at, end = trigger.span()
    word_start = at
    while word_start > lo and text[word_start - 1].isalpha():
        word_start -= 1
    word_end = end
    while word_end < scan.stop and text[word_end].isalpha():
        word_end += 1
    word = text[word_start:word_end].lower()
    if word in ("noon", "midday"):
        scan.clocks.append((word_start, word_end, 12, None))
        return word_end
    if word == "midnight":
        # "just before midnight" is late on the day named, not early on the next one.
        late = _BEFORE.search(text, max(lo, word_start - 12), word_start)
        scan.clocks.append((word_start, word_end, 23 if late else 0, None))
        return word_end
    starts = _lead_words(text, lo, word_start)
    starts.append(word_start)
    for begin in starts:
        m = _RELATIVE.match(text, begin, scan.stop)
        if m is None or m.end() <= at:
            continue
        before = len(scan.mentions)
        kind = m.lastgroup
        if kind == "tw":
            _on_today(scan, m)
        elif kind == "rn":
            _on_count_back(scan, m)
        elif kind == "rel":
            _on_relative_unit(scan, m)
        elif kind == "inn":
            _on_first_in(scan, m)
        else:  # "the previous day", "days after": counted from an event only the caller knows
            scan.add(m.start(), m.end(), None, "day", "relative", RELATIVE_TO_EVENT)
        if len(scan.mentions) > before:
            return m.end()
    return at


def _settle_years(scan: _Scan) -> None:
    """Keep the years that read as dates: context, or a link to one that has it ("2016 and")."""
    years = scan.years
    if len(years) == 1:
        s, e, year, has = years[0]
        if has:
            scan.add(s, e, _fmt(year), "year", "year")
        return
    keep = [has for (_, _, _, has) in years]
    for _ in range(2):  # forward then backward, so a chain of links is covered both ways
        for i in range(1, len(years)):
            linked = _YEAR_LINK.match(scan.text, years[i - 1][1], years[i][0])
            if linked and linked.end() == years[i][0] and (keep[i - 1] or keep[i]):
                keep[i - 1] = keep[i] = True
    for (s, e, year, _), kept in zip(years, keep, strict=True):
        if kept:
            scan.add(s, e, _fmt(year), "year", "year")


def _merge_weekday_dates(mentions: list[_Raw], text: str) -> list[_Raw]:
    """A weekday right before an explicit date ("Wednesday (Feb 14)") is the same date."""
    out: list[_Raw] = []
    for mention in mentions:
        if out:
            prev = out[-1]
            if (
                prev.kind == "weekday"
                and mention.kind == "explicit"
                and mention.precision == "day"
                and _WEEKDAY_DATE_GAP.fullmatch(text, prev.end, mention.start)
            ):
                mention.start = prev.start
                out[-1] = mention
                continue
        out.append(mention)
    return out


def _distance(mention: _Raw, start: int, end: int) -> int:
    if mention.start >= end:
        return mention.start - end
    return max(0, start - mention.end)


def _attach_clocks(
    mentions: list[_Raw], clocks: list[tuple[int, int, int, str | None]]
) -> dict[int, tuple[int, str | None]]:
    """Each clock time goes to the nearest day-precision mention (not one counted from another
    event when there is a choice); per mention the first time with no foreign zone wins."""
    days = [i for i, m in enumerate(mentions) if m.precision == "day"]
    if not days:
        return {}
    own = [i for i in days if mentions[i].note != RELATIVE_TO_EVENT] or days
    attached: dict[int, list[tuple[int, str | None]]] = {}
    for cs, ce, hour, zone in clocks:
        best = min(own, key=lambda i: _distance(mentions[i], cs, ce))
        attached.setdefault(best, []).append((hour, zone))
    chosen: dict[int, tuple[int, str | None]] = {}
    for i, times in attached.items():
        chosen[i] = next((t for t in times if t[1] is None), times[0])
    return chosen


def find_dates(
    text: str, published: dt.date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date expression in `text[start:end]`, resolved against `published`, in text order.

    Offsets index `text` itself. Without `published`, anything that needs it gets value None and
    a note; "three days after" style expressions always come back unresolved (note
    RELATIVE_TO_EVENT); future expressions ("next week") carry note FUTURE.
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    scan: _Scan | None = None
    covered = start  # triggers inside an expression already read are skipped
    for trigger in _TRIGGER.finditer(text, start, stop):
        at = trigger.start()
        if at < covered:
            continue
        if scan is None:
            scan = _Scan(text, published, start, stop)
        found = trigger.group()
        first = found[0]
        if at > start and text[at - 1].isalpha() and not first.islower():
            continue  # inside a word ("ONFebruary", "T10:00")
        if first.isdigit():
            covered = _on_digits(scan, text, at)
        elif first.isupper() and len(found) == 3:
            m = _NAMED.match(text, at, stop)
            before = len(scan.mentions)
            if m is not None:
                _on_month(scan, m)
            if len(scan.mentions) > before:
                covered = scan.mentions[-1].end
        elif first.isupper():
            if trigger.end() < stop and text[trigger.end()].isalpha():
                continue  # "Sundays"
            _on_weekday(scan, trigger)
            covered = trigger.end()
        else:
            covered = _on_unit(scan, trigger)
    if scan is None:
        return []
    if scan.years:
        _settle_years(scan)
    if not scan.mentions:
        return []
    mentions = _merge_weekday_dates(_without_overlaps(scan.mentions), text)
    hours = _attach_clocks(mentions, scan.clocks) if scan.clocks else {}
    out = []
    for i, r in enumerate(mentions):
        hour, zone = hours.get(i, (None, None))
        out.append(DateMention(r.start, r.end, r.value, r.precision, r.kind, hour, zone, r.note))
    return out


def _on_digits(scan: _Scan, text: str, at: int) -> int:
    """A digit run: a full date, a clock time, a day before a month, or a year candidate."""
    m = _NUMERIC.match(text, at, scan.stop)
    if m is None:
        return at
    kind = m.lastgroup
    s, e = m.span()
    if kind == "yr":
        # A bare number is a year only in date-like company: "in 2016", "2016's test".
        has = bool(
            _YEAR_PRE.search(text, max(scan.start, s - 12), s)
            or _YEAR_POST.match(text, e, scan.stop)
        )
        scan.years.append((s, e, int(m["yr_y"]), has))
    elif kind in ("clk12", "clk24", "clk4"):
        _on_clock(scan, m, kind)
    elif kind == "dm":
        year = int(m["dm_y"]) if m["dm_y"] else None
        _explicit_day(scan, s, e, year, MONTHS[m["dm_m"].lower()], int(m["dm_d"]))
    elif kind == "iso":
        _explicit_day(scan, s, e, int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    else:
        _on_numeric(scan, m)
    return e


def _without_overlaps(mentions: list[_Raw]) -> list[_Raw]:
    """In text order; a mention inside an earlier one's span ("last year" in "September last
    year", which the month took as its tail) is dropped."""
    mentions.sort(key=_start_of)
    out: list[_Raw] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def _start_of(mention: _Raw) -> int:
    return mention.start
