"""Distances and durations in article text, with offsets (missile counts and ordinals are found
in `counts`, and can be imported from here too).

Distances come out in km (1 mile = 1.609 km, 1 nautical mile = 1.852 km, as CONTRACT says) and
durations in minutes. Each distance carries the `role` its cue words give it (apogee, range,
capability, orbit, target, airburst, depth), so callers can keep a target distance or an orbit
altitude out of `range_km`/`apogee_km`. Every finder takes `start`/`end` bounds and returns
offsets into the whole text it was given.

How it stays fast: the finder first looks for units (right after a digit, or spelled out, found
with str.find); most sentences have none, and only the few found get the costlier look-back
matches. Cheap tests on the words around a figure rule out most regex attempts (a qualifier must
end with a qualifier's last word; cue words are looked up in sets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from launchwatch.extract.counts import CountMention, find_counts, find_ordinals
from launchwatch.extract.gating import regex
from launchwatch.extract.numbers import NUMBER_PATTERN, NUMBER_WORDS
from launchwatch.extract.phrase import NOCASE, number_value, word_set
from launchwatch.extract.phrase import SP as _SP

__all__ = ["CountMention", "Quantity", "find_counts", "find_ordinals", "find_quantities"]


@dataclass
class Quantity:
    """A distance (km) or duration (minutes) as stated; `text[start:end]` is its number(s) and unit.

    `span` is set for a stated interval ("300-350 km") and `value` is then its midpoint. A
    parenthesised conversion right after ("(620 miles)") is the same figure and is not returned.
    """

    start: int
    end: int
    kind: str  # "distance" | "duration"
    value: float
    span: tuple[float, float] | None
    qualifier: str | None  # "about" | "at least" | "more than" | "up to" | "nearly" | None
    # distances: "apogee" | "range" | "capability" | "orbit" | "target" | "airburst" | "depth";
    # durations: "flight" when a flight cue is near; None when no cue.
    role: str | None

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        value: float,
        span: tuple[float, float] | None,
        qualifier: str | None,
        role: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.span = span
        self.qualifier = qualifier
        self.role = role


_DASH: Final = r"(?:-|\u2010|\u2011|\u2012|\u2013|\u2014)"
_NUM: Final = NUMBER_PATTERN

# (kind, factor to km or minutes, rank for "1 hour 14 minutes" sums) by unit spelling.
_KM: Final = 1.0
_MILE: Final = 1.609
_NMI: Final = 1.852
_METRE: Final = 0.001
_FOOT: Final = 0.0003048
_UNIT: Final = (
    r"(?<![A-Za-z])(?:kilo-?met(?:er|re)s?|kms?|nautical" + _SP + r"+miles?|nmi|miles?|(?-i:mi)"
    r"|met(?:er|re)s?|(?<=[0-9])(?-i:m)|feet|foot|ft|minutes?|mins?|seconds?|secs?|hours?|hrs?)"
    r"(?![A-Za-z])"
)
_UNIT_RE: Final = regex(_UNIT, NOCASE)
# Where units may start: right after a digit (one cheap scan, as digits are rare), or where a
# unit is spelled out in full (found with str.find), for "four kilometers" and "an hour".
_DIGIT_BEFORE_UNIT: Final = regex(r"[0-9][ \t\u00a0\u202f\u2010\u2011-]*(?=[kKmMfFsShHnN])")
# ("kilo" stands for "kilomet" and "kilo-met", "met" for "metre" and "meter": a stem that finds
# more than a unit costs one _UNIT_RE match that fails, a stem more costs a search per sentence.)
_UNIT_STEMS: Final = (
    "km",
    "kilo",
    "nautical",
    "mile",
    "met",
    "feet",
    "foot",
    "minute",
    "second",
    "hour",
)
# The words a number can end with, and the words a number phrase can be made of.
_NUMBER_ENDS: Final = frozenset(NUMBER_WORDS) | word_set("zero oh nought half a an")
_ARTICLES: Final = word_set("a an half")
_PHRASE_WORDS: Final = _NUMBER_ENDS | word_set("point and to between")
_GLUE: Final = frozenset(" \t\u00a0\u202f-\u2010\u2011")
_OPENERS: Final = "([\"“‘'~"

# The number(s) right before a unit, matched backwards from it: "300-350 ", "between 50 and 60 ",
# "one-thousand ", "1,000-". The look-behind keeps "Hwasong-17" and "6,648" tails from counting.
_PHRASE_BEFORE: Final = regex(
    rf"(?<![\w.,:/\u2010-\u2014-])(?:(?P<between>between){_SP}+(?P<a>{_NUM}){_SP}+and{_SP}+"
    rf"(?P<b>{_NUM})|(?P<c>{_NUM})(?:{_SP}*(?:{_DASH}|to){_SP}*(?P<d>{_NUM}))?"
    rf"(?P<half>{_SP}+and{_SP}+a{_SP}+half)?){_SP}*{_DASH}?{_SP}*$",
    NOCASE,
)
# "an hour", "half an hour", "a minute": articles count only before hours and minutes.
_ARTICLE_BEFORE: Final = regex(rf"(?<![\w-])(?P<half>half{_SP}+)?an?{_SP}+$", NOCASE)
_HALF_AFTER: Final = regex(rf"{_SP}+and{_SP}+a{_SP}+half\b", NOCASE)
# Currency before a number: "$5m" is money, not metres.
_CURRENCY: Final = frozenset("$£€¥")

_QUAL_NAMES: Final = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "~": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "at least": "at least", "no less than": "at least",
    "more than": "more than", "over": "more than", "in excess of": "more than",
    "upwards of": "more than", "just over": "more than", "up to": "up to",
    "as far as": "up to", "as high as": "up to", "as much as": "up to", "as long as": "up to",
    "as many as": "up to", "less than": "up to",
}  # fmt: skip
_QUALS: Final = "|".join(
    re.escape(q).replace("\\ ", _SP + "+") for q in sorted(_QUAL_NAMES, key=len, reverse=True)
)
_QUAL_MAX_WORDS: Final = max(len(q.split()) for q in _QUAL_NAMES)
_QUAL_LAST_WORDS: Final = frozenset(q.split()[-1] for q in _QUAL_NAMES)
_QUAL_FIRST_WORDS: Final = frozenset(q.split()[0] for q in _QUAL_NAMES)
_QUAL_TAIL: Final = regex(rf"(?<![\w-])(?:{_QUALS})\s*$", NOCASE)

# Speeds and areas are not distances: "km/h", "km per hour", "km an hour", "km²".
_NOT_AFTER_UNIT: Final = regex(
    rf"{_SP}*(?:/{_SP}*(?:h|hr|hour|s|sec)\b|per\b|an?{_SP}+(?:hour|second)\b|[²³])", NOCASE
)
# A conversion of the same figure right after it: " (620 miles)", ", or about 620 miles".
_CONVERTED: Final = (
    rf"(?:(?:{_QUALS}){_SP}+|~{_SP}*)?{_NUM}(?:{_SP}*(?:{_DASH}|to){_SP}*{_NUM})?{_SP}*{_DASH}?"
    rf"{_SP}*(?P<unit>{_UNIT})"
)
_CONVERSION_PAREN: Final = regex(rf"{_SP}*[(\[]{_SP}*{_CONVERTED}[^)\]\n]{{0,24}}[)\]]", NOCASE)
_CONVERSION_OR: Final = regex(rf"{_SP}*,?{_SP}+or{_SP}+{_CONVERTED}", NOCASE)
# Two figures joined into one interval: "300 km to 350 km", "between 50 km and 60 km".
_JOIN_TO: Final = regex(rf"{_SP}*(?:{_DASH}|to){_SP}*$", NOCASE)
_JOIN_AND: Final = regex(rf"{_SP}+and{_SP}+$", NOCASE)
_BETWEEN_BEFORE: Final = regex(rf"(?<![\w-])(?:between|from){_SP}+$", NOCASE)
# "1 hour 14 minutes", "an hour and 14 minutes", "74 minutes, 30 seconds".
_JOIN_DURATION: Final = regex(rf"{_SP}*(?:,{_SP}*)?(?:and{_SP}+)?$", NOCASE)

# Two figures joined in one list: "420 km and 270 km" (a bare comma may end a clause: "flew
# 600 km, 50 km high").
_LISTED: Final = regex(rf"{_SP}*,?{_SP}*(?:and|or){_SP}+", NOCASE)
# Role cues are read from words, not a regex over the text: a dictionary lookup per word is
# several times faster than one big alternation tried at every character.
_TOKEN: Final = regex(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*(?:[.,][0-9]+)*|[,;:()\u2014]|[.!?]|\n")
_HEAVY: Final = frozenset(",;:()\u2014") | {
    "and",
    "but",
    "while",
    "whereas",
    "as",
    "which",
    "after",
}
_LEFT_WORDS: Final = 8
_RIGHT_WORDS: Final = 6
_LEFT_CHARS: Final = 72
_RIGHT_CHARS: Final = 56
_SINGLE_CUES: Final[dict[str, str]] = {
    **dict.fromkeys(word_set(
        "altitude altitudes apogee height heights rose risen rising climbed climbing soared"
        " soaring peak peaked peaking"), "apogee"),
    **dict.fromkeys(word_set(
        "flew flown flying flies fly traveled travelled traveling travelling travels travel"
        " distance covering covered downrange crossed crossing flight"), "range"),
    **dict.fromkeys(word_set("away target targets within"), "target"),
    **dict.fromkeys(word_set("exploded explosion midair mid-air airburst"), "airburst"),
    **dict.fromkeys(word_set("depth depths deep underground beneath"), "depth"),
    "sun-synchronous": "orbit",
}  # fmt: skip
_CAPABLE_VERBS: Final = word_set(
    "fly flying hit hitting strike striking reach reaching reaches travel traveling travelling"
    " cover covering target targeting carry carrying deliver delivering"
)
_RANGE_ADJECTIVES: Final = word_set(
    "maximum max potential estimated operational effective strike striking claimed"
)
_FALLING: Final = word_set(
    "landing falling splashing crashing hitting striking impacting plunging dropping"
)
_POINTS: Final = ("north", "south", "east", "west")
_DIRECTIONS: Final = frozenset(
    [
        *_POINTS,
        *(a + b for a in _POINTS[:2] for b in _POINTS[2:]),
        *(a + "-" + b for a in _POINTS[:2] for b in _POINTS[2:]),
        *(p + "ward" for p in _POINTS),
    ]
)
_SHORES: Final = word_set("coast coastline peninsula island islands shore prefecture mainland")
_ADJACENT_RIGHT: Final = {
    **dict.fromkeys(word_set("off from offshore inland outside beyond"), "target"),
    "high": "apogee", "up": "apogee", "range": "capability", "deep": "depth", "down": "depth",
}  # fmt: skip
# Every word a cue can start with (besides the orbit*, detonat*, *burst stems).
_CUE_STARTS: Final = (
    frozenset(_SINGLE_CUES)
    | _RANGE_ADJECTIVES
    | _DIRECTIONS
    | word_set(
        "capable able designed enough can could would has have had with range as above below"
        " low flight before short off from"
    )
)
_WARHEADS: Final = word_set("warhead warheads")
_FLIGHT_WORDS: Final = word_set("flew flown flying flies fly flight flights airborne aloft")


def _words(text: str, lo: int, hi: int, keep: str) -> list[str]:
    """Lower-cased words of `text[lo:hi]` within one sentence: the last one ("left") or first."""
    tokens = _TOKEN.findall(text, lo, hi)
    window = text[max(lo, 0) : max(hi, 0)]  # as the regex takes its bounds
    if "." in window or "\n" in window or "!" in window or "?" in window:  # a sentence break
        tokens = _one_sentence(tokens, keep)
    if not tokens:
        return []
    joined = "\x00".join(tokens).lower()
    words = joined.split("\x00")
    if "'s" not in joined and "’s" not in joined:
        return words
    # "earth's" reads as "earth": cues name the thing, not its possessive.
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]


def _one_sentence(tokens: list[str], keep: str) -> list[str]:
    """The tokens after the last sentence end ("left") or before the first one ("right")."""
    cut_lo = 0
    for i, token in enumerate(tokens):
        if (
            token in ("!", "?", "\n")
            or (
                token == "."
                # "a.m." and "U.S." end no sentence, nor does a full stop before a lowercase word.
                and (i == 0 or len(tokens[i - 1]) > 1)
                and not (i + 1 < len(tokens) and tokens[i + 1][:1].islower())
            )
        ):
            if keep != "left":
                return tokens[:i]
            cut_lo = i + 1
    return tokens[cut_lo:]


def _weight(words: list[str]) -> int:
    """How far apart two words are: the words between, clause breaks counting double."""
    return sum(2 if w in _HEAVY else 1 for w in words)


def _cue_at(words: list[str], i: int) -> tuple[int, str, int] | None:
    """The role cue starting at `words[i]`: (end index, role, extra distance) or None."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in ("capable", "able", "designed", "enough") and nxt in ("of", "to"):
        for k in range(i + 2, min(len(words), i + 5)):
            if words[k] in _CAPABLE_VERBS:
                return k + 1, "capability", 0
        return (i + 2, "capability", 0) if w in ("capable", "designed") else None
    if w in ("can", "could", "would"):
        for k in range(i + 1, min(len(words), i + 3)):
            if words[k] in _CAPABLE_VERBS:
                return k + 1, "capability", 0
        return None
    if w in ("has", "have", "had", "with") and nxt in ("a", "an"):
        for k in range(i + 2, min(len(words), i + 5)):
            if words[k] == "range":
                return k + 1, "capability", 0
        return None
    if nxt == "range" and w in _RANGE_ADJECTIVES:
        return i + 2, "capability", 0
    if w == "range" and words[i + 1 : i + 4] == ["of", "up", "to"]:
        return i + 4, "capability", 0
    if w == "as" and words[i + 1 : i + 3] == ["high", "as"]:
        return i + 3, "apogee", 0
    if w in ("above", "below"):
        j = i + 2 if nxt == "the" else i + 1
        thing = words[j] if j < len(words) else ""
        if w == "above" and thing == "earth":
            return j + 1, "orbit", 0
        if w == "above" and thing in ("target", "ground"):
            return j + 1, "airburst", 0
        if w == "below" and thing in ("surface", "ground", "sea"):
            return j + 1, "depth", 0
        return None
    if w == "low" and nxt == "earth":
        return i + 2, "orbit", 0
    if w == "flight" and nxt == "of":
        return i + 2, "range", 0
    if w == "before" and nxt in _FALLING:
        # "before landing" follows flight distances but also apogees; it weighs less.
        return i + 2, "range", 2
    if nxt == "of" and (w in _DIRECTIONS or w == "short"):
        return i + 2, "target", 0
    if w in ("off", "from"):
        for k in range(i + 1, min(len(words), i + 5)):
            if words[k] in _SHORES:
                return k + 1, "target", 0
            if words[k] in _HEAVY:
                break
        return None
    role = _SINGLE_CUES.get(w)
    if role is None:
        if w.startswith("orbit"):
            role = "orbit"
        elif w.startswith("detonat") or w.endswith(("burst", "bursts")):
            role = "airburst"
        else:
            return None
    return i + 1, role, 0


def _cues(words: list[str]) -> list[tuple[int, int, str, int]]:
    """Every role cue in `words`: (start index, end index, role, extra distance)."""
    found: list[tuple[int, int, str, int]] = []
    # Most words start no cue: only the few that may are looked at, with the branches of _cue_at.
    joined = " ".join(words)
    if "orbit" in joined or "detonat" in joined or "burst" in joined:
        starts = [
            i
            for i, w in enumerate(words)
            if w in _CUE_STARTS or w.startswith(("orbit", "detonat")) or "burst" in w
        ]
    else:
        starts = [i for i, w in enumerate(words) if w in _CUE_STARTS]
    after = 0  # a cue's words start no other cue
    for i in starts:
        if i < after:
            continue
        cue = _cue_at(words, i)
        if cue is not None:
            found.append((i, *cue))
            after = cue[0]
    return found


@dataclass(slots=True)
class _Atom:
    """One figure and unit before roles are read; `ctx_end` also covers its conversion."""

    start: int
    end: int
    qual_start: int
    ctx_end: int
    kind: str
    value: float
    span: tuple[float, float] | None
    qualifier: str | None
    rank: int  # durations: 3 hours, 2 minutes, 1 seconds; distances 0

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        start: int,
        end: int,
        qual_start: int,
        ctx_end: int,
        kind: str,
        value: float,
        span: tuple[float, float] | None,
        qualifier: str | None,
        rank: int,
    ) -> None:
        self.start = start
        self.end = end
        self.qual_start = qual_start
        self.ctx_end = ctx_end
        self.kind = kind
        self.value = value
        self.span = span
        self.qualifier = qualifier
        self.rank = rank


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Distances (km) and durations (minutes) in `text[start:end]`, in text order.

    Times of day, ages, speeds and areas are not returned; a spelled-out or parenthesised
    conversion of the same figure is folded into the first one.
    """
    end = len(text) if end is None else min(end, len(text))
    atoms: list[_Atom] = []
    consumed = start
    for pos in _unit_starts(text, start, end):
        if pos < consumed:
            continue
        unit = _UNIT_RE.match(text, pos, end)
        if unit is None:
            continue
        speed = _NOT_AFTER_UNIT.match(text, unit.end(), end)
        if speed is not None:
            consumed = speed.end()  # "an hour" in "7 km an hour" is no duration either
            continue
        atom = _read_atom(text, unit, max(consumed, start), end)
        if atom is None:
            continue
        consumed = atom.ctx_end
        if atoms and _joined(text, atoms[-1], atom):
            atoms[-1] = _join(atoms[-1], atom)
        else:
            atoms.append(atom)
    roles = [_role(text, a, start, end) for a in atoms]
    for i in range(1, len(atoms)):
        first, second = atoms[i - 1], atoms[i]
        if (
            first.kind == second.kind
            and roles[i - 1]
            and _LISTED.fullmatch(text, first.ctx_end, second.qual_start)
        ):
            # "flew about 420 km and 270 km at altitudes of 45 to 50 km": a figure listed after
            # another is the same kind of figure, whatever cue follows it.
            roles[i] = roles[i - 1]
    return [
        Quantity(
            start=a.start, end=a.end, kind=a.kind, value=a.value, span=a.span,
            qualifier=a.qualifier, role=role,
        )
        for a, role in zip(atoms, roles, strict=True)
    ]  # fmt: skip


def _unit_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where a unit may start; a sentence without digits or unit words yields none."""
    found = {m.end() for m in _DIGIT_BEFORE_UNIT.finditer(text, start, end)}
    low = text[start:end].lower()
    for stem in _UNIT_STEMS:
        if stem not in low:  # most are absent, and `in` is the cheapest test
            continue
        i = low.find(stem)
        while i != -1:
            found.add(start + i)
            i = low.find(stem, i + len(stem))
    return sorted(found)


def _figure_before(text: str, lo: int, pos: int, articles: bool) -> bool:
    """Whether the word ending just before `pos` (a unit's start) can end a number; "a", "an"
    and "half" count only when `articles` (before hours and minutes)."""
    j = pos
    while j > lo and text[j - 1] in _GLUE:
        j -= 1
    if j == lo:
        return False
    if text[j - 1].isdigit():
        return True
    k = j
    while k > lo and k > j - 12 and text[k - 1].isalpha():
        k -= 1
    word = text[k:j].lower()
    return k < j and word in _NUMBER_ENDS and (articles or word not in _ARTICLES)


def _phrase_starts(text: str, lo: int, pos: int) -> list[int]:
    """Starts of the words that may open the number phrase ending at `pos`, farthest first:
    a walk back over number-like words ("between", "300-350", "one-thousand", "to")."""
    starts: list[int] = []
    lo = max(lo, 0)  # as a regex's bounds are taken
    seg = text[lo:pos]
    at = len(seg)
    # The last words first; at most nine are looked at, so the rest of the window stays whole.
    for raw in reversed(seg.rsplit(None, 9)):
        at = seg.rfind(raw, 0, at)  # each word is its own last occurrence before the next
        core = raw.lstrip(_OPENERS)
        lead = len(raw) - len(core)
        word = core.rstrip("-\u2010\u2011").lower().replace("\u2013", "-")
        if word not in _PHRASE_WORDS:  # else a number word or "between", "to", "and"...
            for part in word.split("-"):
                if not part or not (part[0].isdigit() or part in _PHRASE_WORDS):
                    return starts[::-1]
        starts.append(lo + at + lead)
        if lead or len(starts) > 8:
            break
    return starts[::-1]


def _qualifier_before(text: str, lo: int, pos: int) -> tuple[str | None, int]:
    """The qualifier ("about", "more than", ...) right before `pos` and where it starts."""
    if pos > lo and text[pos - 1] == "~":
        return "about", pos - 1
    window = max(lo, pos - 24)
    words = text[window:pos].lower().split()
    if words and window > lo and not text[window - 1].isspace():
        words.pop(0)  # a cut word: "some" of "handsome" is no qualifier
    if not words or words[-1] not in _QUAL_LAST_WORDS:
        return None, pos  # every qualifier ends with one of those words
    for k in range(max(0, len(words) - _QUAL_MAX_WORDS), len(words)):
        if words[k] not in _QUAL_FIRST_WORDS:
            continue
        phrase = " ".join(words[k:])
        if phrase in _QUAL_NAMES:
            # Rare enough to afford a regex for the exact offset (spacing may vary).
            found = _QUAL_TAIL.search(text, window, pos)
            return _QUAL_NAMES[phrase], found.start() if found else pos
    return None, pos


@lru_cache(maxsize=256)
def _unit_info(unit: str) -> tuple[str, float, int, str]:
    """Kind, factor, rank and family ("metric", "imperial", "time") of one unit spelling."""
    u = unit.lower()
    if u.startswith("min"):
        return "duration", 1.0, 2, "time"
    if u.startswith("sec"):
        return "duration", 1.0 / 60.0, 1, "time"
    if u.startswith("h"):
        return "duration", 60.0, 3, "time"
    if u.startswith("kilo") or u.startswith("km"):
        return "distance", _KM, 0, "metric"
    if u.startswith("nautical") or u == "nmi":
        return "distance", _NMI, 0, "nautical"
    if u.startswith("mi"):
        return "distance", _MILE, 0, "imperial"
    if u.startswith("f"):
        return "distance", _FOOT, 0, "imperial"
    return "distance", _METRE, 0, "metric"


def _read_atom(text: str, unit: re.Match[str], lo: int, hi: int) -> _Atom | None:
    """The figure ending at this unit, its qualifier and any conversion after it; None if none."""
    u_start = unit.start()
    kind, factor, rank, family = _unit_info(unit.group())
    if not _figure_before(text, lo, u_start, rank >= 2):
        return None
    window = max(lo, u_start - 64)
    m = None
    for phrase_start in _phrase_starts(text, window, u_start):
        m = _PHRASE_BEFORE.match(text, phrase_start, u_start)
        if m is not None:
            break
    values: list[float] = []
    if m is not None:
        between = m.group("between") is not None
        first = m.group("a") or m.group("c")
        second = m.group("b") or m.group("d")
        for token in (first, second):
            if token is not None:
                value = number_value(token)
                if value is None:
                    return None
                values.append(value)
        if m.group("half"):
            values[-1] += 0.5
        num_start = m.start("a") if between else m.start("c")
        if num_start > 0 and text[num_start - 1] in _CURRENCY:
            return None
    elif rank >= 2:
        art = _ARTICLE_BEFORE.search(text, max(window, u_start - 10), u_start)
        if art is None:
            return None
        values = [0.5 if art.group("half") else 1.0]
        num_start = art.start()
    else:
        return None
    u_end = unit.end()
    if rank == 3:
        half = _HALF_AFTER.match(text, u_end, hi)
        if half:
            values[-1] += 0.5
            u_end = half.end()
    scaled = [round(v * factor, 4) for v in values]
    span = (min(scaled), max(scaled)) if len(scaled) == 2 else None
    value = round((span[0] + span[1]) / 2, 4) if span else scaled[0]
    qualifier, qual_start = _qualifier_before(text, lo, num_start)
    ctx_end = u_end
    conv = _CONVERSION_PAREN.match(text, u_end, hi)
    if conv is not None and _unit_info(conv.group("unit"))[0] == kind:
        ctx_end = conv.end()
    else:
        # After "or" only a change of unit makes it a conversion: "1,000 km, or 620 miles".
        conv = _CONVERSION_OR.match(text, u_end, hi)
        if conv is not None and _unit_info(conv.group("unit"))[::3] == (kind, family):
            conv = None
        if conv is not None and _unit_info(conv.group("unit"))[0] == kind:
            ctx_end = conv.end()
    return _Atom(num_start, u_end, qual_start, ctx_end, kind, value, span, qualifier, rank)


def _joined(text: str, first: _Atom, second: _Atom) -> bool:
    """Whether `second` continues `first`: an interval's far end or a smaller time unit."""
    if first.kind != second.kind or first.span or second.span or second.qualifier:
        return False
    gap_lo, gap_hi = first.ctx_end, second.start
    if gap_hi - gap_lo > 12:
        return False
    if first.kind == "duration" and first.rank > second.rank:
        return _JOIN_DURATION.fullmatch(text, gap_lo, gap_hi) is not None
    if first.rank != second.rank:
        return False
    if _JOIN_TO.fullmatch(text, gap_lo, gap_hi):
        return True
    return bool(
        _JOIN_AND.fullmatch(text, gap_lo, gap_hi)
        and _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
    )


def _join(first: _Atom, second: _Atom) -> _Atom:
    """One quantity from two joined figures: a sum of time units or an interval."""
    if first.rank != second.rank:
        value, span = round(first.value + second.value, 4), None
    else:
        span = (min(first.value, second.value), max(first.value, second.value))
        value = round((span[0] + span[1]) / 2, 4)
    return _Atom(
        first.start, second.end, first.qual_start, second.ctx_end, first.kind, value, span,
        first.qualifier, second.rank,
    )  # fmt: skip


def _role(text: str, atom: _Atom, lo: int, hi: int) -> str | None:
    """The nearest cue's role around one figure (left wins a tie); None when no cue is near."""
    left = _words(text, max(lo, atom.qual_start - _LEFT_CHARS), atom.qual_start, "left")
    qual = _words(text, atom.qual_start, atom.start, "left") if atom.qualifier else []
    right = _words(text, atom.ctx_end, min(hi, atom.ctx_end + _RIGHT_CHARS), "right")
    if atom.kind == "duration":
        return _flight_role(left, right)
    best: tuple[int, int, str] | None = None  # (distance, side: 0 left / 1 right, role)
    has_orbit = has_capability = False
    for _, end, role, extra in _cues(left + qual):
        # A cue inside the qualifier ("as high as") is closest of all.
        dist = -1 if end > len(left) else _weight(left[end:]) + extra
        if dist > _LEFT_WORDS:
            continue
        has_orbit = has_orbit or role == "orbit"
        has_capability = has_capability or role == "capability"
        if best is None or (dist, 0) <= best[:2]:
            best = (dist, 0, role)
    if right and right[0] in _ADJACENT_RIGHT and (best is None or best[0] > 0):
        best = (0, 1, _ADJACENT_RIGHT[right[0]])
    for start, _, role, extra in _cues(right):
        dist = _weight(right[:start])
        if dist > _RIGHT_WORDS:
            break
        dist += extra
        has_orbit = has_orbit or role == "orbit"
        if best is None or (dist, 1) < best[:2]:
            best = (dist, 1, role)
    if best is None:
        return "airburst" if atom.value < 5 and _WARHEADS.intersection(left + right) else None
    # A satellite "orbit at an altitude of 650 km" is an orbit, however near "altitude" is.
    if best[2] == "apogee" and has_orbit:
        return "orbit"
    # "the warhead went off 800 metres up": a height of a few km or less near a warhead is a burst.
    if best[2] in ("apogee", "range") and atom.value < 5 and _WARHEADS.intersection(left + right):
        return "airburst"
    # "capable of striking targets 1,800 km away": what it could hit, not where it fell.
    if best[2] == "target" and has_capability:
        return "capability"
    return best[2]


def _flight_role(left: list[str], right: list[str]) -> str | None:
    """ "flight" when a flight word is near a duration ("flew for 74 minutes"), else None."""
    for i, word in enumerate(left):
        if word in _FLIGHT_WORDS and _weight(left[i + 1 :]) <= _LEFT_WORDS:
            return "flight"
    for i, word in enumerate(right):
        if _weight(right[:i]) > _RIGHT_WORDS:
            break
        nxt = right[i + 1] if i + 1 < len(right) else ""
        if word in _FLIGHT_WORDS or (word == "before" and nxt in _FALLING):
            return "flight"
        if word == "in" and (nxt == "flight" or right[i + 1 : i + 3] == ["the", "air"]):
            return "flight"
    return None
