"""Missile counts and ordinals in article text, with offsets: "two ballistic missiles", "at least
seven rockets", "a barrage of projectiles"; "the eighth launch".

Every finder takes `start`/`end` bounds and returns offsets into the whole text it was given.

How it stays fast: a finder first looks for its anchor (a missile noun, an ordinal) with str.find
on a lowercased copy; most sentences have none, and only the few anchors found get the costlier
look-back walk. The count heads found there ("two", "a", "at least three") recur, and are read
once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from launchwatch.extract.gating import regex
from launchwatch.extract.numbers import NUMBER_PATTERN, NUMBER_WORDS, ORDINALS
from launchwatch.extract.phrase import NOCASE, number_value, word_set
from launchwatch.extract.phrase import SP as _SP
from launchwatch.extract.phrase import SP_CHARS as _SP_CHARS


@dataclass
class CountMention:
    """A number of missiles/rockets as written ("two ballistic missiles", "a barrage of rockets").

    `count` is None for an unnumbered plurality ("multiple", "several"), which then has the
    qualifier "multiple". The span starts at the qualifier when there is one ("at least seven").
    """

    start: int
    end: int
    count: int | None
    qualifier: str | None  # "at least" | "multiple" | "about" | None
    noun: str  # the head noun as written: "missiles", "ICBMs", "rounds", ...

    # Written out so that it is compiled (see VocabMatch).
    def __init__(
        self,
        start: int,
        end: int,
        count: int | None,
        qualifier: str | None,
        noun: str,
    ) -> None:
        self.start = start
        self.end = end
        self.count = count
        self.qualifier = qualifier
        self.noun = noun


_MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_AFTER_MONTH: Final = regex(rf"(?<![\w])(?:{_MONTHS})\.?{_SP}+$", NOCASE)
_MONTH_NAMES: Final = tuple(_MONTHS.split("|"))


def _after_month(text: str, lo: int, hi: int) -> bool:
    """_AFTER_MONTH.search(text, lo, hi), with a cheap test first: the pattern tries every start
    in the window, and most numbers do not follow a month name."""
    window = text[max(lo, 0) : hi]  # as the regex takes its bounds (hi is a number's start)
    if window[-1:] == "\n":
        window = window[:-1]  # "$" also matches before a newline that ends the window
    tail = window.rstrip(_SP_CHARS)
    if len(tail) == len(window):
        return False  # no space before the number
    tail = tail.rstrip(".")
    if tail.isascii() and not tail.lower().endswith(_MONTH_NAMES):
        return False
    return _AFTER_MONTH.search(text, lo, hi) is not None


# Punctuation stripped from words for quick set look-ups (look-back walks).
_PUNCT: Final = "\"“”‘’'()[],.;:!?"
_SPACES: Final = regex(r"\s+")
_DIGITS: Final = frozenset("0123456789")


# --------------------------------------------------------------------------------------------
# Counts

# The nouns' stems; "bm" stands for "icbm", "srbm", "mrbm", "irbm" and "slbm", two letters on.
_NOUN_STEMS: Final = ("missil", "rocket", "projectil", "round", "shot", "bm")
_COUNT_NOUN_RE: Final = regex(
    r"(?<![\w-])(?:missiles?|rockets?|projectiles?|rounds?|shots?|(?:IC|SR|MR|IR|SL)BMs?)"
    r"(?![\w-])",
    NOCASE,
)
# A noun followed by one of these is a modifier ("missile launch", "rocket launchers"), not
# the thing counted.
_COMPOUND_WORDS: Final = (
    "launch(?:es|ers?|ing|pads?)?", "tests?", "testing", "tested", "programs?", "programmes?",
    "submarines?", "sites?", "bases?", "units?", "systems?", "defen[cs]es?", "engines?", "motors?",
    "debris", "technolog(?:y|ies)", "development", "forces?", "fuel", "attacks?", "strikes?",
    "alerts?", "threats?", "crisis", "ranges?", "parts?", "stages?", "body", "carriers?", "pads?",
    "fire", "artillery", "plants?", "factor(?:y|ies)", "deals?", "shields?", "ships?", "boats?",
    "components?", "designers?", "experts?", "capabilit(?:y|ies)", "arsenals?", "inventor(?:y|ies)",
    "projects?", "makers?", "tubes?", "interceptors?", "batter(?:y|ies)", "brigades?",
    "regiments?", "troops", "corps", "general", "administration", "industry", "warheads?",
    "provocations?", "activit(?:y|ies)", "firings?", "salvos?", "barrages?", "shelters?",
    "silos?", "trucks?",
)  # fmt: skip


def _compound_after(words: tuple[str, ...]) -> re.Pattern[str]:
    return regex(rf"{_SP}+(?:{'|'.join(words)})\b", NOCASE)


_COMPOUND_AFTER: Final = _compound_after(_COMPOUND_WORDS)
# The same split by first letter: a case-blind alternation is tried word by word (the engine
# cannot skip through it), so after ASCII text only the words with the right letter are tried.
_COMPOUND_AFTER_BY_FIRST: Final = {
    first: _compound_after(tuple(w for w in _COMPOUND_WORDS if w[0] == first))
    for first in {w[0] for w in _COMPOUND_WORDS}
}
_SPACE_CHARS: Final = frozenset(_SP_CHARS)
# "rounds of talks" are not missiles; "rounds of missile tests" are still returned.
_OF_AFTER: Final = regex(rf"{_SP}+of\b", NOCASE)
_OF_MISSILE: Final = regex(
    rf"{_SP}+of(?:{_SP}+[\w'’-]+){{0,4}}?{_SP}+(?:missiles?|rockets?|ballistic|cruise|tests?"
    rf"|launch\w*|fire|firings?|artillery|shells?|ammunition|ICBMs?|SRBMs?)\b",
    NOCASE,
)
_STOPWORDS: Final = word_set(
    "a an the of and or to from in into on at by with for that which who as than its their his"
    " her our this these those is are was were be been being has have had it they he she said"
    " says fired fires fire launched launches launch test-fired detected including other more"
    " most less least about around some over up each per since after before ago later earlier"
    " day days week weeks month months year years hour hours minute minutes time times while"
    " when then also not no all both several multiple numerous another same such many few what"
    " one"
)
# The count part of a phrase, up to its last word: "at least seven", "a barrage of", "both".
_COUNT_HEAD: Final = regex(
    rf"(?<![\w'’.,:/#-])(?:(?P<qual>at{_SP}+least|more{_SP}+than|over|upwards{_SP}+of|in{_SP}+"
    rf"excess{_SP}+of|no{_SP}+(?:fewer|less){_SP}+than|about|around|approximately|roughly|some"
    rf"|nearly|almost|close{_SP}+to|up{_SP}+to|as{_SP}+many{_SP}+as|an{_SP}+estimated){_SP}+)?"
    rf"(?:(?P<multiple>multiple|several|numerous|an?{_SP}+(?:barrage|volley|salvo|series|number"
    rf"|string|flurry|wave|handful|slew){_SP}+of|(?:dozens|scores|hundreds){_SP}+of)"
    rf"|(?P<pair>a{_SP}+(?:pair|couple){_SP}+of|both)"
    rf"|(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})*|{NUMBER_PATTERN})|(?P<art>an?))",
    NOCASE,
)
_COUNT_QUALS: Final = {
    "at least": "at least", "more than": "at least", "over": "at least",
    "upwards of": "at least", "in excess of": "at least", "no fewer than": "at least",
    "no less than": "at least",
}  # fmt: skip
# Words that can end the count part of a phrase ("two", "a", "several", "a barrage of").
_COUNT_LEADS: Final = frozenset(NUMBER_WORDS) | word_set("a an multiple several numerous both of")
# Words a count's head may hold before its last word ("at least", "a barrage", "two hundred and").
_HEAD_WORDS: Final = _COUNT_LEADS | word_set(
    "at least more than over upwards in excess no fewer less about around approximately roughly"
    " some nearly almost close to up as many estimated barrage volley salvo series number string"
    " flurry wave handful slew pair couple dozens scores hundreds and"
)
_NUMBER_SIGN_BEFORE: Final = regex(rf"(?:\bno\.?|#|\bnumber){_SP}*$", NOCASE)


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[CountMention]:
    """Counts of missiles, rockets, projectiles, rounds or shots in `text[start:end]`.

    "a"/"an"/"one" + noun is 1, "a pair of" 2, "multiple"/"several"/"a barrage of" give count
    None. Partitives ("one of the missiles"), ordinals, "No. 2" and years are not counts.
    """
    end = len(text) if end is None else min(end, len(text))
    found: list[CountMention] = []
    for pos in _noun_starts(text, start, end):
        # The pattern's look-behind first, here: "round" in "around" and "ground" is common.
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-"):
            continue
        noun = _COUNT_NOUN_RE.match(text, pos, end)
        if noun is None:
            continue
        mention = _read_count(text, noun, start, end)
        # "a Trident missile shot off" must not count the missile twice: one phrase, one count.
        if mention is not None and not (found and found[-1].start == mention.start):
            found.append(mention)
    return found


def _noun_starts(text: str, start: int, end: int) -> list[int]:
    """Where a counted noun may start in `text[start:end]`: the offsets of _NOUN_STEMS."""
    low = text[start:end].lower()
    found = set()
    for stem in _NOUN_STEMS:
        if stem not in low:  # most are absent, and `in` is the cheapest test
            continue
        i = low.find(stem)
        while i != -1:
            if stem != "bm":
                found.add(start + i)
            elif i >= 2:
                found.add(start + i - 2)
            i = low.find(stem, i + len(stem))
    return sorted(found) if len(found) > 1 else list(found)


def _stem_starts(text: str, start: int, end: int, stems: tuple[str, ...], back: bool) -> list[int]:
    """Offsets of `stems` in `text[start:end]` (any case), or of the words holding them when
    `back`; str.find on a lower-cased copy is far cheaper than a case-blind regex scan."""
    low = text[start:end].lower()
    found = set()
    for stem in stems:
        i = low.find(stem)
        while i != -1:
            j = i
            while back and j > 0 and (low[j - 1].isalnum() or low[j - 1] == "-"):
                j -= 1
            found.add(start + j)
            i = low.find(stem, i + len(stem))
    return sorted(found)


# The parts of a count head that _read_count needs: which kind it is ("multiple", "pair", "art"
# or "num"), the number's span and the qualifier, offsets relative to the head's start.
_HeadParts = tuple[str, int, int, str | None]


@lru_cache(maxsize=4096)
def _head_parts(before: str, phrase: str) -> _HeadParts | None:
    """_COUNT_HEAD.fullmatch of `phrase` after the character `before` ("" at the text's start).

    The pattern looks one character back and nowhere past the phrase, so these two strings
    decide the match; the same few heads ("two", "a", "at least three") come back all the time
    and the long case-blind number pattern is not tried again for them.
    """
    m = _COUNT_HEAD.fullmatch(before + phrase, len(before))
    if m is None:
        return None
    shift = len(before)
    if m.group("multiple"):
        kind = "multiple"
    elif m.group("pair"):
        kind = "pair"
    elif m.group("art"):
        kind = "art"
    else:
        kind = "num"
    num_start, num_end = m.span("num")
    return kind, num_start - shift, num_end - shift, m.group("qual")


def _count_head(text: str, lo: int, pos: int) -> tuple[int, _HeadParts] | None:
    """The count part of the phrase ending at `pos` (a noun's start), found by walking back
    over at most four modifiers to a count word; partitives and function words stop the walk.
    Returns where it starts and its parts."""
    seg_lo = max(lo, pos - 90, text.rfind("\n", lo, pos) + 1)
    seg = text[seg_lo:pos]
    raws = seg.split()
    # Offsets of the words walked so far: each word is its own last occurrence before the next.
    offset: dict[int, int] = {}
    at = len(seg)
    k, modifiers = len(raws) - 1, 0
    while k >= 0:
        raw = raws[k]
        at = offset[k] = seg.rfind(raw, 0, at)
        word = raw.strip(_PUNCT).lower()
        if not word or raw[-1] in ",.;:!?)":
            return None
        if word in _COUNT_LEADS or (
            (word[0] in _DIGITS or "-" in word) and word not in _STOPWORDS and _is_number_word(word)
        ):
            lead_end = seg_lo + at + len(raw.rstrip(_PUNCT))
            first = k
            while first > max(0, k - 4) and raws[first - 1].strip(_PUNCT).lower() in _HEAD_WORDS:
                first -= 1
                at = offset[first] = seg.rfind(raws[first], 0, at)
            # Farthest start first, so "at least seven" wins over "seven".
            for j in range(first, k + 1):
                skip = len(raws[j]) - len(raws[j].lstrip(_PUNCT))
                head_start = seg_lo + offset[j] + skip
                parts = _head_parts(text[head_start - 1 : head_start], text[head_start:lead_end])
                if parts is not None:
                    return head_start, parts
            return None
        if word == "more" and k > 0 and _counts_before(raws[k - 1].strip(_PUNCT).lower()):
            k -= 1  # "three more missiles": the count of this launch
            continue
        if word in ("to", "and", "or") and k > 0 and raws[k - 1].endswith("-"):
            k -= 1  # "short- to medium-range" is one modifier
            at = offset[k] = seg.rfind(raws[k], 0, at)
        elif word in _STOPWORDS or word in ORDINALS or word.isdigit():
            return None
        modifiers += 1
        if modifiers > 4:
            return None
        k -= 1
    return None


def _counts_before(word: str) -> bool:
    """A number word or figure that "more" may follow ("two more", "18 more")."""
    return word not in ("a", "an", "of", "and") and (
        word in NUMBER_WORDS or (word[:1] in _DIGITS and _is_number_word(word))
    )


def _is_number_word(word: str) -> bool:
    """ "18", "1,000", "twenty-one": a word that is a number by itself."""
    if word[0].isdigit():
        return word.replace(",", "").isdigit()
    return "-" in word and all(part in NUMBER_WORDS for part in word.split("-"))


def _read_count(text: str, noun: re.Match[str], lo: int, hi: int) -> CountMention | None:
    """The count phrase that ends at this noun, if any."""
    after = noun.end()
    if after < hi and text[after] in _SPACE_CHARS:
        j = after + 1
        while j < hi and text[j] in _SPACE_CHARS:
            j += 1
        if j < hi:
            first = text[j]
            if not first.isascii():
                compound = _COMPOUND_AFTER.match(text, after, hi)
            else:
                pattern = _COMPOUND_AFTER_BY_FIRST.get(first.lower())
                compound = pattern.match(text, after, hi) if pattern else None
            if compound:
                return None
    word = noun.group()
    lower = word.lower()
    if (
        lower.startswith(("round", "shot"))
        and _OF_AFTER.match(text, noun.end(), hi)
        and not _OF_MISSILE.match(text, noun.end(), min(hi, noun.end() + 60))
    ):
        return None
    head = _count_head(text, lo, noun.start())
    if head is None:
        return None
    head_start, (kind, num_start, num_end, qual) = head
    plural = lower.endswith("s")  # true of "missiles" and "ICBMs" alike
    qualifier: str | None = None
    count: int | None
    if kind == "multiple":
        count, qualifier = None, "multiple"
    elif kind == "pair":
        count = 2
    elif kind == "art":
        count = 1
    else:
        num_start += head_start
        token = text[num_start : head_start + num_end]
        if _after_month(text, max(lo, num_start - 12), num_start):
            return None
        if _NUMBER_SIGN_BEFORE.search(text, max(lo, num_start - 8), num_start):
            return None
        value = number_value(token)
        if value is None or value != int(value):
            return None
        if token.isdigit() and len(token) == 4 and 1900 <= value <= 2100:
            return None  # a year: "the 2017 missile..."
        count = int(value)
    if (count == 1 and plural) or (count is not None and count > 1 and not plural):
        return None
    if count is None and not plural:
        return None
    if qual and qualifier is None:
        qualifier = _COUNT_QUALS.get(_SPACES.sub(" ", qual).lower(), "about")
    return CountMention(
        start=head_start, end=noun.end(), count=count, qualifier=qualifier, noun=word
    )


# --------------------------------------------------------------------------------------------
# Ordinals

_ORDINAL_WORDS: Final = "|".join(sorted(ORDINALS, key=len, reverse=True))
_TENS_WORDS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINAL_RE: Final = regex(
    rf"(?<![\w-])(?:(?P<tens>{_TENS_WORDS})-)?(?P<word>{_ORDINAL_WORDS})(?:-ever)?(?![\w-])"
    r"|(?<![\w.,-])(?P<digits>[0-9]{1,3})(?:st|nd|rd|th)(?![\w-])",
    NOCASE,
)
_ORDINAL_STEMS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "teenth", "tieth", "hundredth",
)  # fmt: skip
_DIGIT_ORDINAL: Final = regex(r"[0-9](?:st|nd|rd|th|ST|ND|RD|TH)\b")
_ORDINAL_NOUN: Final = (
    r"launch(?:es|ing)?|tests?|test-firings?|test-launch(?:es)?|firings?|flights?|missiles?"
    r"|rockets?|satellites?|times?|attempts?|provocations?|ICBMs?|SRBMs?|IRBMs?|SLBMs?"
    r"|rounds?|shots?|explosions?|detonations?|blasts?"
)
_NOT_ORDINAL_MODIFIER: Final = (
    r"stage|half|quarter|day|week|month|year|place|lady|time|person|hand|class|generation"
    r"|round|and|or|of|the|a|an|in|on|at|to|for|since|from|by|with|is|was|as"
)
_ORDINAL_AFTER: Final = regex(
    rf"(?:{_SP}+(?!(?:{_NOT_ORDINAL_MODIFIER})\b)[A-Za-z0-9][\w'’-]*){{0,3}}?{_SP}+"
    rf"(?P<noun>{_ORDINAL_NOUN})(?![\w-])",
    NOCASE,
)


_NEXT_ORDINAL_NOUN: Final = regex(rf"{_SP}+(?P<noun>{_ORDINAL_NOUN})(?![\w-])", NOCASE)


def find_ordinals(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, int, str]]:
    """Ordinals before a launch noun: "the eighth launch", "fifth cruise missile launch".

    Returns (start, end, n, noun) with the noun as written and `text[start:end]` running from
    the ordinal to the noun. Dates ("May 7th") and "first-stage" are not returned.
    """
    end = len(text) if end is None else min(end, len(text))
    found: list[tuple[int, int, int, str]] = []
    starts = set(_stem_starts(text, start, end, _ORDINAL_STEMS, back=True))
    for d in _DIGIT_ORDINAL.finditer(text, start, end):
        i = d.start()
        while i > start and text[i - 1].isdigit():
            i -= 1
        starts.add(i)
    for pos in sorted(starts):
        m = _ORDINAL_RE.match(text, pos, end)
        if m is None:
            continue
        if m.group("digits"):
            if _AFTER_MONTH.search(text, max(start, m.start() - 12), m.start()):
                continue
            n = int(m.group("digits"))
        else:
            n = ORDINALS[m.group("word").lower()]
            if m.group("tens"):
                if n >= 10:
                    continue
                n += NUMBER_WORDS[m.group("tens").lower()]
        after = _ORDINAL_AFTER.match(text, m.end(), end)
        if after is None:
            continue
        noun_start, noun_end = after.span("noun")
        # "fifth cruise missile launch": the head is the last noun of the run.
        while more := _NEXT_ORDINAL_NOUN.match(text, noun_end, end):
            noun_start, noun_end = more.span("noun")
        found.append((m.start(), noun_end, n, text[noun_start:noun_end]))
    return found
