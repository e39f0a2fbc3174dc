"""Relative date expressions around a unit word: "today", "last week", "earlier this year", "three
days after", "two years ago", "the previous day", "the first ... in five years".

find_dates stops at every unit word ("day", "week", "night", "year"...) and asks `read_relative`
for the expression around it. Reckoning by weeks gives month precision (the devset convention);
expressions that count from another event come back unresolved with note RELATIVE_TO_EVENT, since
only the caller knows that event; future ones carry note FUTURE.

How it stays fast: most unit words ("the day", "Tuesday morning", "two weeks.") are dismissed from
the words next to them (`_may_be_relative`), and where a form is tried, only the forms that can
open with the first letter there are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from launchwatch.extract.calendar import fmt, fmt_date, shift_months
from launchwatch.extract.gating import regex

RELATIVE_TO_EVENT: Final = "relative to another event"
FUTURE: Final = "future"

# A date mention as the scanner keeps it: (start, end, value, precision, kind, note).
Mention = tuple[int, int, str | None, str, str, str | None]
# A clock time: (start, end, hour, zone).
Clock = tuple[int, int, int, str | None]

_NUM: Final = (
    r"(?i:a\s+few|a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|several|few|\d{1,3})"
)
# The forms, tried at the word that holds a unit trigger and the few words before it:
# (name, pattern, the words it can open with in any case, digits for a number).
_NUMBER_OPENINGS: Final = (
    "a", "couple", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "several", "few", *"0123456789",
)  # fmt: skip
_RELATIVE_FORMS: Final = [
    (
        "tw",
        r"""(?P<tw>(?i:today|tonight|yesterday|tomorrow|last\s+night|this\s+morning
    |the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![a-z]))""",
        ("today", "tonight", "yesterday", "tomorrow", "last", "this", "the"),
    ),
    (
        "rn",
        rf"""(?P<rn>(?:(?i:about|around|nearly|almost|some|just|only|roughly|less\s+than|more\s+than
    |over)\s+)?
    (?P<rn_n>{_NUM})\s+(?P<rn_u>(?i:days?|weeks?|months?|years?|decades?))\s+
    (?P<rn_d>(?i:after|before|later|earlier|ago|prior|previously))(?![a-z]))""",
        ("about", "around", "nearly", "almost", "some", "just", "only", "roughly", "less", "more",
         "over", *_NUMBER_OPENINGS),
    ),
    (
        "rel",
        r"""(?P<rel>(?P<rel_m>(?i:(?:earlier|later|early|late)\s+(?:this|last|next)|last|this|next))
    \s+(?P<rel_u>(?i:week|month|year))(?![a-z]))""",
        ("earlier", "later", "early", "late", "last", "this", "next"),
    ),
    (
        "thx",
        r"""(?P<thx>(?i:the|that)\s+(?i:(?:previous|following|next|same)\s+(?:day|night|morning|week
    |month|year)|(?:day|night|week|month|year)\s+(?:before|after|earlier|later|prior))(?![a-z]))""",
        ("the", "that"),
    ),
    (
        "inn",
        rf"""(?P<inn>(?i:in)\s+(?P<inn_n>{_NUM})\s+(?P<inn_u>(?i:years?|months?|decades?))(?![a-z]))""",
        ("in",),
    ),
    (
        "rn0",
        r"""(?P<rn0>(?i:days|weeks|months)\s+(?i:after|before|later|earlier|ago)(?![a-z]))""",
        ("days", "weeks", "months"),
    ),
]  # fmt: skip
_RELATIVE: Final = regex("|".join(form for _, form, _ in _RELATIVE_FORMS), re.VERBOSE)
# How the forms can begin, so most candidate starts are ruled out with one str.startswith instead
# of a match attempt at a long case-blind alternation (which the engine cannot skip through).
_RELATIVE_OPENINGS: Final = tuple(
    dict.fromkeys(w for _, _, opens in _RELATIVE_FORMS for w in opens)
)
# The forms that can open with each first character (of ASCII text, lowercased), in their order:
# where no other form can match, the others need not be tried.
_RELATIVE_BY_FIRST: Final = {
    first: regex(
        "|".join(form for _, form, opens in _RELATIVE_FORMS if any(w[0] == first for w in opens)),
        re.VERBOSE,
    )
    for first in {w[0] for w in _RELATIVE_OPENINGS}
}

_BEFORE: Final = regex(r"\b(?i:before)\s+$")
_FIRST: Final = regex(r"\b(?i:first)\b")
_NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# Vague counts get a stand-in number and month (or coarser) precision.
_VAGUE_NUMBERS: Final = {"few": 3, "several": 3, "couple": 2}
# Words that can open a relative expression before its unit word.
_LEAD_WORDS: Final = frozenset(
    [*_NUMBER_WORDS, *_VAGUE_NUMBERS, "of", "the", "that", "in", "last", "this", "next", "earlier",
     "later", "early", "late", "previous", "following", "same", "about", "around", "nearly",
     "almost", "some", "just", "only", "roughly", "less", "more", "than", "over"]
    + [str(n) for n in range(1000)]
)  # fmt: skip

# What a form needs around a unit word (see _may_be_relative): a word that holds the whole
# expression, a direction after it, or a modifier or a count before it.
_WHOLE_WORDS: Final = ("today", "tonight", "yesterday", "tomorrow")
_DIRECTIONS: Final = ("after", "before", "later", "earlier", "ago", "prior", "previously")
_MODIFIERS: Final = frozenset(["last", "this", "next", "previous", "following", "same"])
_MODIFIED_UNITS: Final = ("day", "night", "morning", "week", "month", "year")
_COUNTS: Final = frozenset(
    ["few", "of", "several", *_NUMBER_WORDS]
)  # how a count ends ("a couple of")
_COUNTED_UNITS: Final = ("year", "month", "decade")


def unresolved(text: str, s: int, e: int, precision: str, kind: str) -> Mention:
    """The mention of `text[s:e]` when there is no publication date to resolve it against."""
    return s, e, None, precision, kind, f"no publication date: cannot resolve '{text[s:e]}'"


def read_relative(
    text: str, lo: int, stop: int, published: dt.date | None, at: int, end: int
) -> tuple[int, Mention | None, Clock | None]:
    """The expression around the unit word found at `at`:`end` within `text[lo:stop]`.

    Returns where the expression ends (`at` when there is none), and the mention or the clock
    time ("noon", "midnight") it gives, if any.
    """
    word_start = at
    while word_start > lo and text[word_start - 1].isalpha():
        word_start -= 1
    word_end = end
    while word_end < stop and text[word_end].isalpha():
        word_end += 1
    word = text[word_start:word_end].lower()
    if word in ("noon", "midday"):
        return word_end, None, (word_start, word_end, 12, None)
    if word == "midnight":
        # "just before midnight" is late on the day named, not early on the next one.
        late = _BEFORE.search(text, max(lo, word_start - 12), word_start)
        return word_end, None, (word_start, word_end, 23 if late else 0, None)
    starts = _lead_words(text, lo, word_start)
    if not _may_be_relative(text, word, word_start, word_end, stop, starts):
        return at, None, None
    starts.append(word_start)
    for begin in starts:
        head = text[begin : min(begin + 9, stop)]
        if head.isascii():  # else case folding may reach beyond ASCII: the whole pattern decides
            head = head.lower()
            if not head.startswith(_RELATIVE_OPENINGS):
                continue
            m = _RELATIVE_BY_FIRST[head[0]].match(text, begin, stop)
        else:
            m = _RELATIVE.match(text, begin, stop)
        if m is None or m.end() <= at:
            continue
        kind = m.lastgroup
        mention: Mention | None
        if kind == "tw":
            mention = _today(text, lo, published, m)
        elif kind == "rn":
            mention = _count_back(text, published, m)
        elif kind == "rel":
            mention = _relative_unit(text, published, m)
        elif kind == "inn":
            mention = _first_in(text, lo, published, m)
        else:  # "the previous day", "days after": counted from an event only the caller knows
            mention = (m.start(), m.end(), None, "day", "relative", RELATIVE_TO_EVENT)
        if mention is not None:
            return m.end(), mention, None
    return at, None, None


def _may_be_relative(
    text: str, word: str, word_start: int, word_end: int, stop: int, starts: list[int]
) -> bool:
    """False when no form can take in the unit word `word` (lowercased) from any of `starts` or
    the word itself, judged from the words next to it.

    Every form holds the unit word as a whole token: it is the whole expression ("today"), or it
    comes after a modifier or after "in" and a count ("last week", "the same day", "in three
    years"; those words are then among `starts`), or a direction follows it ("two days after",
    "the day before"). Non-ASCII words are left to the regex, whose case folding reaches beyond
    ASCII.
    """
    if not word.isascii() or word.startswith(_WHOLE_WORDS):
        return True
    if starts:
        before = text[starts[-1] : word_start - 1].lower()
        if before in _MODIFIERS:
            if word.startswith(_MODIFIED_UNITS):
                return True
        elif (
            (before in _COUNTS or before.isdigit())
            and word.startswith(_COUNTED_UNITS)
            and any(text[begin : begin + 3].lower() == "in " for begin in starts)
        ):
            return True  # "in three years"
    if word_end < stop and text[word_end].isspace():
        after = text[word_end : min(stop, word_end + 16)].lstrip()
        return not after.isascii() or after.lower().startswith(_DIRECTIONS)
    return False


def _lead_words(text: str, lo: int, at: int) -> list[int]:
    """Starts of the words right before `at` that can open a relative expression ("about",
    "three", "the", "last"...), earliest first; stops at any other word or punctuation."""
    if at - 1 <= lo or text[at - 1] != " ":
        return []
    starts: list[int] = []
    begin = at
    for _ in range(4):
        end = begin - 1
        if end <= lo or text[end] != " ":
            break
        prev = text.rfind(" ", lo, end) + 1
        if prev < lo:
            prev = lo
        word = text[prev:end]
        newline = max(word.rfind("\n"), word.rfind("\t")) if "\n" in word or "\t" in word else -1
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


def _count(word: str) -> tuple[int, bool]:
    """The number a count word stands for, and whether it is vague ("a few", "several")."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word), False
    for vague, n in _VAGUE_NUMBERS.items():
        if vague in word:
            return n, True
    return _NUMBER_WORDS[word], False


def _today(text: str, lo: int, published: dt.date | None, m: re.Match[str]) -> Mention | None:
    s, e = m.span()
    word = " ".join(m["tw"].lower().split())
    if word == "today" and m["tw"][0] == "T":
        # "USA Today", "India Today": a title-case name, not the date.
        prev = text[max(lo, s - 12) : s].split()
        if prev and prev[-1][:1].isupper() and prev[-1][-1:].isalpha():
            return None
    if published is None:
        return unresolved(text, s, e, "day", "relative")
    days = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if word.startswith("the day before"):
        days = -2
    elif word.startswith("the day after"):
        days = 2
    date = published + dt.timedelta(days=days)
    return s, e, date.isoformat(), "day", "relative", FUTURE if days > 0 else None


def _relative_unit(text: str, published: dt.date | None, m: re.Match[str]) -> Mention:
    """Reckoning by the publication's week, month or year: "last week", "earlier this year"."""
    s, e = m.span()
    words = m["rel_m"].lower().split()
    unit = m["rel_u"].lower()
    precision = "year" if unit == "year" else "month"
    if published is None:
        return unresolved(text, s, e, precision, "relative")
    step = {"last": -1, "this": 0, "next": 1}[words[-1]]
    note = FUTURE if step > 0 or words[0] == "later" else None
    if unit == "week":
        date = published + dt.timedelta(days=7 * step)
        return s, e, fmt(date.year, date.month), "month", "relative", note
    if unit == "month":
        return s, e, fmt(*shift_months(published, step)), "month", "relative", note
    return s, e, fmt(published.year + step), "year", "relative", note


def _count_back(text: str, published: dt.date | None, m: re.Match[str]) -> Mention:
    """A count of units from another event ("three days after") or from publication ("ago")."""
    s, e = m.span()
    unit = m["rn_u"].lower().rstrip("s")
    direction = m["rn_d"].lower()
    precision = {"day": "day", "year": "year", "decade": "year"}.get(unit, "month")
    if direction != "ago":
        return s, e, None, precision, "relative", RELATIVE_TO_EVENT
    if published is None:
        return unresolved(text, s, e, precision, "relative")
    n, vague = _count(m["rn_n"])
    note = "approximate" if vague or m.start("rn_n") > s else None  # "about", "nearly"...
    if unit in ("day", "week"):
        date = published - dt.timedelta(days=n if unit == "day" else 7 * n)
        # Counting in weeks, or vaguely in days, says no more than the month.
        precision = "month" if unit == "week" or vague else "day"
        return s, e, fmt_date(date, precision), precision, "relative", note
    if unit == "month":
        return s, e, fmt(*shift_months(published, -n)), "month", "relative", note
    years = n * 10 if unit == "decade" else n
    return s, e, fmt(published.year - years), "year", "relative", note


def _first_in(text: str, lo: int, published: dt.date | None, m: re.Match[str]) -> Mention | None:
    """The "first ... in three years" reckoning: the previous one was that long before."""
    before = text[lo : m.start()]
    # ("first" in the lowercased ASCII text is a cheap test: the regex tries every position.)
    if (before.isascii() and "first" not in before.lower()) or not _FIRST.search(
        text, lo, m.start()
    ):
        return None  # "in three years" alone is as often a future span
    s, e = m.span()
    unit = m["inn_u"].lower().rstrip("s")
    precision = "month" if unit == "month" else "year"
    n, vague = _count(m["inn_n"])
    if vague:
        return None
    if published is None:
        return unresolved(text, s, e, precision, "relative")
    if unit == "month":
        return s, e, fmt(*shift_months(published, -n)), precision, "relative", None
    years = n * 10 if unit == "decade" else n
    return s, e, fmt(published.year - years), precision, "relative", None
