"""Date expressions in a span of text, resolved against the article's publication date.

News speaks of the past: a date stated without a year is the latest such date at most two days
after publication, a bare weekday is the latest such weekday on or before publication, and
reckoning by weeks ("last week") gives month precision (the devset convention). Expressions that
count from another event ("three days after", "the previous day") come back unresolved, since only
the caller knows that event. Nothing that needs the publication date is guessed when it is absent.

Relative expressions ("last week", "two days ago") are read in `relative`, calendar arithmetic is
in `calendar`. How it stays fast: one regex pass per span finds where an expression can start
(most numbers are already ruled out there), and cheap string tests on the words around such a
place rule out most of the detailed matches.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Final

from launchwatch.extract.calendar import (
    GRACE,
    day_iso,
    fmt,
    month_year,
    past_month_day_iso,
    valid,
    weekday_iso,
)
from launchwatch.extract.gating import regex
from launchwatch.extract.relative import (
    FUTURE,
    RELATIVE_TO_EVENT,
    Mention,
    read_relative,
    unresolved,
)

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

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Hours east of UTC, from the IANA tz database. Where a name leaves daylight saving open ("ET",
# "PT") standard time is used: the error is one hour, which moves a date only near midnight.
# "KST" also stands for Pyongyang time, which was UTC+8:30 from 2015-08 to 2018-05.
ZONE_OFFSETS: Final[dict[str, float]] = {
    "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "MSK": 3, "IRST": 3.5, "IRDT": 4.5,
    "PKT": 5, "IST": 5.5, "BJT": 8, "KST": 9, "JST": 9, "HST": -10, "AKST": -9,
    "PT": -8, "PST": -8, "PDT": -7, "MT": -7, "MST": -7, "MDT": -6,
    "CT": -6, "CST": -6, "CDT": -5, "ET": -5, "EST": -5, "EDT": -4,
}  # fmt: skip

# Zones named in words ("Korea time", "Pacific Standard Time"): first word -> zone label.
_WORDED_ZONES: Final[dict[str, str | None]] = {
    "korea": "KST", "korean": "KST", "seoul": "KST", "pyongyang": "KST", "japan": "JST",
    "japanese": "JST", "tokyo": "JST", "eastern": "ET", "washington": "ET", "pacific": "PT",
    "central": "CT", "mountain": "MT", "moscow": "MSK", "tehran": "IRST", "iran": "IRST",
    "beijing": "BJT", "china": "BJT", "india": "IST", "indian": "IST", "pakistan": "PKT",
    "greenwich": "GMT", "local": None,
}  # fmt: skip


@dataclass(slots=True)
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

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        start: int,
        end: int,
        value: str | None,
        precision: str,
        kind: str,
        hour: int | None = None,
        zone: str | None = None,
        note: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.precision = precision
        self.kind = kind
        self.hour = hour
        self.zone = zone
        self.note = note


# ---------------------------------------------------------------------------------------------
# Patterns. A cheap trigger scan finds where an expression can be; the detailed patterns are only
# tried (anchored) at those places, so a sentence without dates costs one pass in C.

_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR: Final = r"(?:19[5-9]\d|20\d\d)"
_ORD: Final = r"(?:st|nd|rd|th)?"
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)(?![A-Za-z])"
)
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_ZONE: Final = (
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
# Every alternative starts with a literal, so the regex engine only stops at candidate characters;
# alternatives that share a first letter are grouped and the most frequent letters come first.
# No alternative is a prefix of another, so their order changes nothing in what is found.
#
# A digit run is only returned where _NUMERIC can match at it: four digits opening with 0-2 (a
# year or a clock time), or one or two digits followed by a date separator, a clock colon,
# "am"/"pm", an ordinal suffix, or a space and "am"/"pm", "of" or a month. Most numbers in news
# ("600 km", "2 missiles", "1,000") are skipped inside the regex; the look-behind keeps the
# digits of a skipped run from starting runs of their own.
_SHORT_RUN_END: Final = r"(?![0-9])(?=[/.:aApPsnrt]|\s(?:[aApPoJFMASOND]|\s))"
_DIGIT_RUNS: Final = "|".join(
    f"{d}(?<![0-9]{d})"
    + (rf"(?:[0-9]{{3}}(?![0-9])|[0-9]?{_SHORT_RUN_END})" if d < 3 else rf"[0-9]?{_SHORT_RUN_END}")
    for d in range(10)
)
_TRIGGER: Final = regex(
    "n(?:ight|oon)|d(?:ay|ecade)|m(?:onth|or(?:row|ning))|year|week|"
    + _DIGIT_RUNS
    + "|J(?:an|u[nl])|F(?:eb|riday)|M(?:a[ry]|onday)|A(?:pr|ug)|S(?:ep|aturday|unday)|Oct|Nov|Dec"
    + "|T(?:uesday|hursday)|Wednesday"
)
_DIGITS: Final = frozenset("0123456789")

# Expressions that start with a digit run, tried at each run.
_NUMERIC: Final = regex(
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
_NAMED: Final = regex(
    rf"""(?P<md_m>{_MONTH})(?:\.(?=,?\s*\d))?
    (?:\s+(?P<md_d>{_DAY}){_ORD}(?!\d|[.,:]\d)
       (?:\s*(?P<md_j>-|–|to|through|and|&)\s*(?P<md_d2>{_DAY}){_ORD}
          (?!\d|[.,:]\d|\s+(?:of\s+)?{_MONTH}))?)?
    (?:,?\s+(?:of\s+)?(?P<md_y>{_YEAR})(?!\d|[.,]\d))?""",
    re.VERBOSE,
)

# Context looked up only around a candidate, never over the whole span.
_LEAD_MOD: Final = regex(
    r"\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|\s*-\s*)$"
)
_MAY_CONTEXT: Final = regex(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Oo]f|[Ff]rom|[Bb]efore|[Aa]fter"
    r"|[Tt]hrough(?:out)?|[Bb]etween)\s+$"
)
_YEAR_PRE: Final = regex(
    r"\b(?:[Ii]n|[Ss]ince|[Oo]f|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter"
    r"|[Bb]etween|[Tt]hrough(?:out)?|[Aa]round|[Cc]irca|[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring"
    r"|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+|\s*-\s*)$"
)
_YEAR_POST: Final = regex(
    r"(?:'s|’s)(?![a-z])|\s+(?:(?:nuclear|missile|ballistic|ICBM|SLBM|satellite|rocket|weapons?"
    r"|underground|space|test)\s+)?(?:tests?|launch(?:es)?|test-firings?|firings?|blasts?"
    r"|detonations?|flights?)(?![a-z])"
)
_YEAR_LINK: Final = regex(r"\s*(?:,\s*(?:and|or)?|and|or|to|through|-|–|&)\s*$")
_YEAR_TAIL: Final = regex(r"\s+(?:of\s+)?(?i:(last|this|next)\s+year)(?![a-z])")
_MONTH_LIST_TAIL: Final = regex(
    rf"(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+|&\s+)?{_MONTH}\.?)+,?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)"
)
# The words those look-back patterns end with, for a cheap test before the regex is tried.
_LEAD_WORDS_AT_END: Final = ("Last", "last", "This", "this", "Next", "next", "Past", "past",
                             "Early", "early", "Late", "late", "Mid", "mid")  # fmt: skip
_MAY_WORDS_AT_END: Final = tuple(
    w + rest
    for first, rest in [("I", "n"), ("S", "ince"), ("D", "uring"), ("U", "ntil"), ("T", "ill"),
                        ("O", "f"), ("F", "rom"), ("B", "efore"), ("A", "fter"), ("T", "hrough"),
                        ("T", "hroughout"), ("B", "etween")]
    for w in (first, first.lower())
)  # fmt: skip
_YEAR_WORDS_AT_END: Final = tuple(
    w + rest
    for first, rest in [("I", "n"), ("S", "ince"), ("O", "f"), ("D", "uring"), ("B", "y"),
                        ("U", "ntil"), ("T", "ill"), ("F", "rom"), ("B", "efore"), ("A", "fter"),
                        ("B", "etween"), ("T", "hrough"), ("T", "hroughout"), ("A", "round"),
                        ("C", "irca"), ("E", "arly"), ("L", "ate"), ("M", "id"), ("S", "pring"),
                        ("S", "ummer"), ("A", "utumn"), ("F", "all"), ("W", "inter")]
    for w in (first, first.lower())
)  # fmt: skip
_WORD_ENDINGS: Final = frozenset(
    w[-1] for w in _LEAD_WORDS_AT_END + _MAY_WORDS_AT_END + _YEAR_WORDS_AT_END
)
_WEEKDAY_DATE_GAP: Final = regex(r"[\s,(]*(?:the\s+)?$")
_WEEKDAY_NAMES: Final = {
    name.capitalize(): n for name, n in WEEKDAYS.items()
}  # as the trigger finds them
_FULL_MONTHS: Final = frozenset(name.capitalize() for name in list(MONTHS)[:12])
_MONTH_NAMES: Final = {name.capitalize(): n for name, n in MONTHS.items()}  # as _MONTH spells them


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


def _zone_label(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw.isupper():
        return raw
    return _WORDED_ZONES.get(raw.split()[0].lower())


# A mention before clock times are attached: (start, end, value, precision, kind, note). Plain
# tuples, since an object per mention costs more than the rest of its handling.
_Raw = Mention


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
        self.mentions.append((s, e, value, precision, kind, note))

    def unresolved(self, s: int, e: int, precision: str, kind: str) -> None:
        self.mentions.append(unresolved(self.text, s, e, precision, kind))

    def lead(self, s: int) -> tuple[int, str]:
        """A modifier right before `s` ("last", "mid-"): where the span starts, and its word."""
        lo = max(self.start, s - 8)
        # Most words before a weekday or a month are no modifier: ruled out without the regex.
        if not _ends_with_word(self.text, lo, s, _LEAD_WORDS_AT_END, dash=True):
            return s, ""
        m = _LEAD_MOD.search(self.text, lo, s)
        if m is None:
            return s, ""
        return m.start(), m.group(1).lower()


def _ends_with_word(text: str, lo: int, hi: int, words: tuple[str, ...], dash: bool) -> bool:
    """Whether `text[lo:hi]`, less trailing whitespace (and one dash when `dash`), ends with one
    of `words`: true whenever a look-back pattern `\\b(word)(?:\\s+|\\s*-\\s*)$` can match
    there, and a string method instead of a regex search that tries every position."""
    tail = text[lo:hi].rstrip()
    if dash and tail[-1:] == "-":
        tail = tail[:-1].rstrip()
    return tail[-1:] in _WORD_ENDINGS and tail.endswith(words)


def _explicit_day(scan: _Scan, s: int, e: int, year: int | None, month: int, day: int) -> None:
    if year is not None:
        iso = day_iso(year, month, day)
    elif scan.published is not None:
        iso = past_month_day_iso(scan.published, month, day)
    else:
        scan.unresolved(s, e, "day", "explicit")
        return
    if iso is None:
        scan.add(s, e, None, "day", "explicit", "no such date")
    else:
        scan.add(s, e, iso, "day", "explicit")


def _on_numeric(scan: _Scan, m: re.Match[str]) -> None:
    s, e = m.span()
    a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day_first = valid(year, b, a)
    # Dotted dates are European (day first); slashes leave the order open when both parts <= 12.
    month_first = None if m["num_s"] == "." else valid(year, a, b)
    options = {d for d in (day_first, month_first) if d is not None}
    if not options:
        scan.add(s, e, None, "day", "explicit", "no such date")
    elif len(options) == 1:
        scan.add(s, e, options.pop().isoformat(), "day", "explicit")
    elif scan.published is None:
        scan.add(s, e, None, "day", "explicit", "ambiguous day/month order")
    else:
        past = [d for d in options if d <= scan.published + GRACE]
        if past:
            scan.add(s, e, max(past).isoformat(), "day", "explicit")
        else:
            scan.add(s, e, None, "day", "explicit", "ambiguous day/month order")


def _on_month(scan: _Scan, m: re.Match[str]) -> None:
    """Month names: with a day, a year, both, or alone ("in November", "last June")."""
    text, published = scan.text, scan.published
    s, e = m.span()
    name = m["md_m"]
    month = _MONTH_NAMES[name]
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
        scan.add(s, e, fmt(year, month), "month", "explicit")
        return
    if name not in _FULL_MONTHS:
        return  # a bare abbreviation ("Mar", "Dec") is too often something else
    # "in March and December 2022": the year at the end of the list covers every month in it.
    listed = _MONTH_LIST_TAIL.match(text, e, scan.stop)
    if listed:
        scan.add(s, e, fmt(int(listed["y"]), month), "month", "explicit")
        return
    s, how = scan.lead(s)
    tail = _YEAR_TAIL.match(text, e, scan.stop)
    if name == "May" and not how and not tail and not _may_context(scan, s):
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
        year = month_year(published, month, how)
        note = FUTURE if how == "next" else None
    if year is None:
        scan.unresolved(s, e, "month", "explicit")
    else:
        scan.add(s, e, fmt(year, month), "month", "explicit", note)


def _may_context(scan: _Scan, s: int) -> bool:
    """A preposition before "May" that makes it the month ("in May", "until May")."""
    lo = max(scan.start, s - 12)
    if not _ends_with_word(scan.text, lo, s, _MAY_WORDS_AT_END, dash=False):
        return False
    return _MAY_CONTEXT.search(scan.text, lo, s) is not None


def _on_weekday(scan: _Scan, s: int, e: int, name: str) -> None:
    weekday = _WEEKDAY_NAMES[name]
    s, how = scan.lead(s)
    if scan.published is None:
        scan.unresolved(s, e, "day", "relative" if how == "next" else "weekday")
    elif how == "next":
        scan.add(s, e, weekday_iso(scan.published, weekday, "next"), "day", "relative", FUTURE)
    else:
        iso = weekday_iso(scan.published, weekday, "last" if how == "past" else how)
        scan.mentions.append((s, e, iso, "day", "weekday", None))


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


def _settle_years(scan: _Scan) -> None:
    """Keep the years that read as dates: context, or a link to one that has it ("2016 and")."""
    years = scan.years
    if len(years) == 1:
        s, e, year, has = years[0]
        if has:
            scan.add(s, e, fmt(year), "year", "year")
        return
    keep = [has for (_, _, _, has) in years]
    for _ in range(2):  # forward then backward, so a chain of links is covered both ways
        for i in range(1, len(years)):
            linked = _YEAR_LINK.match(scan.text, years[i - 1][1], years[i][0])
            if linked and linked.end() == years[i][0] and (keep[i - 1] or keep[i]):
                keep[i - 1] = keep[i] = True
    for (s, e, year, _), kept in zip(years, keep, strict=True):
        if kept:
            scan.add(s, e, fmt(year), "year", "year")


def _merge_weekday_dates(mentions: list[_Raw], text: str) -> list[_Raw]:
    """A weekday right before an explicit date ("Wednesday (Feb 14)") is the same date."""
    out: list[_Raw] = []
    for mention in mentions:
        if out:
            prev = out[-1]
            if (
                prev[4] == "weekday"
                and mention[4] == "explicit"
                and mention[3] == "day"
                and _WEEKDAY_DATE_GAP.fullmatch(text, prev[1], mention[0])
            ):
                out[-1] = (prev[0], *mention[1:])
                continue
        out.append(mention)
    return out


def _distance(mention: _Raw, start: int, end: int) -> int:
    if mention[0] >= end:
        return mention[0] - end
    return max(0, start - mention[1])


def _attach_clocks(
    mentions: list[_Raw], clocks: list[tuple[int, int, int, str | None]]
) -> dict[int, tuple[int, str | None]]:
    """Each clock time goes to the nearest day-precision mention (not one counted from another
    event when there is a choice); per mention the first time with no foreign zone wins."""
    days = [i for i, m in enumerate(mentions) if m[3] == "day"]
    if not days:
        return {}
    own = [i for i in days if mentions[i][5] != RELATIVE_TO_EVENT] or days
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
    scan: _Scan | None = None  # made at the first trigger worth a look
    covered = start  # triggers inside an expression already read are skipped
    if 0 < start < stop and text[start - 1] in _DIGITS and text[start] in _DIGITS:
        # The span starts inside a number, whose tail is then a digit run of its own (the
        # trigger's look-behind would not let it start one).
        tail_end = start + 1
        while tail_end < stop and text[tail_end] in _DIGITS:
            tail_end += 1
        if _may_be_numeric(text, tail_end, stop, tail_end - start, text[start]):
            scan = _Scan(text, published, start, stop)
            covered = _on_digits(scan, text, start)
    else:
        tail_end = start
    for trigger in _TRIGGER.finditer(text, tail_end, stop):
        at = trigger.start()
        if at < covered:
            continue
        found = trigger.group()
        first = found[0]
        if first.islower():  # a unit word: "day", "week", "night"...
            covered, mention, clock = read_relative(text, start, stop, published, at, trigger.end())
            if mention is not None or clock is not None:
                if scan is None:
                    scan = _Scan(text, published, start, stop)
                if mention is not None:
                    scan.mentions.append(mention)
                if clock is not None:
                    scan.clocks.append(clock)
            continue
        if at > start and text[at - 1].isalpha():
            continue  # inside a word ("ONFebruary", "T10:00")
        if first < "A":  # a digit run that may be a date or a time (see _TRIGGER)
            if scan is None:
                scan = _Scan(text, published, start, stop)
            covered = _on_digits(scan, text, at)
        elif len(found) == 3:  # a month name or its abbreviation
            m = _NAMED.match(text, at, stop)
            if m is not None:
                if scan is None:
                    scan = _Scan(text, published, start, stop)
                before = len(scan.mentions)
                _on_month(scan, m)
                if len(scan.mentions) > before:
                    covered = scan.mentions[-1][1]
        else:  # a weekday
            after = trigger.end()
            if after < stop and text[after].isalpha():
                continue  # "Sundays"
            if scan is None:
                scan = _Scan(text, published, start, stop)
            _on_weekday(scan, at, after, found)
            covered = after
    if scan is None:
        return []
    if scan.years:
        _settle_years(scan)
    mentions = scan.mentions
    if not mentions:
        return []
    if len(mentions) > 1:
        mentions = _merge_weekday_dates(_without_overlaps(mentions), text)
    hours = _attach_clocks(mentions, scan.clocks) if scan.clocks else {}
    out = []
    listed: list[DateMention] = []
    for i, (s, e, value, precision, kind, note) in enumerate(mentions):
        hour, zone = hours.get(i, (None, None))
        out.append(DateMention(s, e, value, precision, kind, hour, zone, note))
        if kind == "explicit" and precision == "day" and value and e < stop and text[e] == ",":
            listed.extend(_listed_days(text, e, stop, value, note))
    if listed:
        read = [(d.start, d.end) for d in out]
        out.extend(d for d in listed if not any(s <= d.start < e for s, e in read))
        out.sort(key=lambda d: d.start)
    return out


# More days of the same month after a date: "on Sept. 25, 28 and 29" (not "May 9, 10 people";
# "May 9 and 12" the scan reads itself).
_DAY_LIST: Final = regex(r"(?:,\s*\d{1,2}\b(?![.,:]\d))+,?\s+(?:and|or)\s+\d{1,2}\b(?![.,:]?\d)")
_LISTED_DAY: Final = regex(r"\d{1,2}")
_NOT_A_DAY_AFTER: Final = regex(
    r"\s*(?:%|percent|per cent|missiles?|rockets?|projectiles?|people|times|km|kilomet|miles|"
    r"minutes|seconds|hours|days|years|[a-z]+s\b)"
)


def _listed_days(text: str, end: int, stop: int, value: str, note: str | None) -> list[DateMention]:
    m = _DAY_LIST.match(text, end, stop)
    if m is None or _NOT_A_DAY_AFTER.match(text, m.end(), stop):
        return []  # "on May 9 and 12 missiles", "on June 3 and 4 percent"
    out = []
    for day in _LISTED_DAY.finditer(text, m.start(), m.end()):
        number = int(day.group())
        iso = f"{value[:8]}{number:02d}"
        if valid(int(value[:4]), int(value[5:7]), number) and iso > value:
            out.append(
                DateMention(day.start(), day.end(), iso, "day", "explicit", None, None, note)
            )
    return out


# What may follow a run of one or two digits in a _NUMERIC expression: a date separator, a clock
# colon, "am"/"pm", an ordinal suffix, or whitespace before "am"/"pm", "of" or a month.
_AFTER_SHORT_RUN: Final = frozenset("/.:aApPsnrt")
_AFTER_SHORT_RUN_SPACE: Final = frozenset("aApPoJFMASOND")


def _may_be_numeric(text: str, after: int, stop: int, size: int, first: str) -> bool:
    """False when the digit run of `size` digits ending at `after` cannot start a _NUMERIC match,
    judged from the run and the next two characters (the test _TRIGGER makes for the runs it
    finds; this one is for the tail of a number that a span starts inside)."""
    if size == 4:
        return first in "012"  # years 19xx/20xx, clock times 0000-2359
    if size > 2 or after == stop:
        return False
    c = text[after]
    if c in _AFTER_SHORT_RUN:
        return True
    if not c.isspace():
        return False
    after += 1
    if after == stop:
        return False
    c = text[after]
    return c in _AFTER_SHORT_RUN_SPACE or c.isspace()


def _on_digits(scan: _Scan, text: str, at: int) -> int:
    """A digit run: a full date, a clock time, a day before a month, or a year candidate."""
    m = _NUMERIC.match(text, at, scan.stop)
    if m is None:
        return at
    kind = m.lastgroup
    s, e = m.span()
    if kind == "yr":
        # A bare number is a year only in date-like company: "in 2016", "2016's test".
        lo = max(scan.start, s - 12)
        has = bool(
            (
                _ends_with_word(text, lo, s, _YEAR_WORDS_AT_END, dash=True)
                and _YEAR_PRE.search(text, lo, s)
            )
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
    mentions.sort(key=itemgetter(0))
    out: list[_Raw] = []
    for mention in mentions:
        if out and mention[0] < out[-1][1]:
            continue
        out.append(mention)
    return out
