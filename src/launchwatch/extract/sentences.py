"""Sentence spans over cleaned text, with offsets.

No library: the rules are few and speed matters. Every pattern here starts with its punctuation
mark, so the regex engine skips to the few candidate places at memory speed instead of trying a
match at every character.
"""

from __future__ import annotations

import re
from typing import Final

from launchwatch.extract.gating import regex


def _end_pattern(mark: str) -> re.Pattern[str]:
    """Where `mark` (. ! or ?) ends a sentence: before whitespace and a capital, digit or opening
    quote, after any closing quotes/brackets; or, glued by a scraper, between a lowercase letter
    or digit and a capitalised word ("...the sea.North Korea", "missile.The"; "U.S." is spared).
    The glued form sets the group `glued`."""
    m = re.escape(mark)
    return regex(
        rf"""{m}(?:["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])"""
        rf"""|(?<=[a-z0-9)”"]{m})(?=[A-Z][a-z])(?P<glued>))"""
    )


_ENDS: Final = [(mark, _end_pattern(mark)) for mark in ".!?"]
_ABBREV: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "prof",
        "vs",
        "no",
        "nos",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "est",
    ]
)
# The letters and full stops a word before a full stop may hold ("Gen", "U.S", "a.m").
_WORD_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    # The word is the run of letters and full stops (from its first letter) within 12 characters
    # before the dot, or before a newline right before it.
    end = dot - 1 if dot and text[dot - 1] == "\n" else dot
    chunk = text[dot - 12 if dot > 12 else 0 : end]
    word = chunk[len(chunk.rstrip(_WORD_CHARS)) :].lstrip(".")
    if not word:
        return False
    word = word.lower().rstrip(".")
    if word in _ABBREV:
        return True
    # Single capital initials ("Kim Jong U. said") and dotted acronyms ("N.", "S.").
    return len(word) == 1 or (len(word) <= 4 and "." in word)


# Words that open a sentence and never follow a clock time inside one ("10 a.m. It was ...",
# but "10 a.m. Monday", "7 a.m. local time" go on).
_OPENERS: Final = frozenset(
    [
        "It",
        "The",
        "He",
        "She",
        "They",
        "This",
        "That",
        "These",
        "Those",
        "A",
        "An",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Its",
        "Their",
        "We",
        "I",
        "There",
        "Japan",
        "South",
        "North",
        "Officials",
        "Analysts",
    ]
)


def _clock_then_new_sentence(text: str, dot: int, after: int) -> bool:
    """True when the abbreviation before `dot` is "a.m."/"p.m." and a sentence opener follows."""
    if text[max(0, dot - 3) : dot].lower() not in ("a.m", "p.m"):
        return False
    word = text[after : after + 15].lstrip().split(" ", 1)[0]
    return word in _OPENERS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, whitespace trimmed, in order."""
    cuts: list[int] = []
    for mark, pattern in _ENDS:
        if mark != "." and mark not in text:
            continue
        for m in pattern.finditer(text):
            # Abbreviations are vetoed afterwards ("Gen.", "U.S.", "a.m."); a glued stop is no
            # abbreviation.
            if (
                mark == "."
                and m.group("glued") is None
                and _is_abbreviation(text, m.start())
                and not _clock_then_new_sentence(text, m.start(), m.end())
            ):
                continue
            cuts.append(m.end())
    # A run of newlines ends a sentence too.
    size = len(text)
    at = text.find("\n")
    while at != -1:
        at += 1
        if at == size or text[at] != "\n":
            cuts.append(at)
        at = text.find("\n", at)
    cuts.sort()
    cuts.append(size)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in cuts:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = cut
    return spans
