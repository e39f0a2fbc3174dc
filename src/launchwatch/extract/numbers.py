"""Numbers as news writes them: "1,000", "6,648.4", "ten", "twenty-one", "a dozen", "101-point-one".

`parse_number` reads one number token; the `*_PATTERN` strings are regex sources (no groups, no
flags of their own) that `quantities` builds its matchers from, so both agree on what a number is.
Compile them with `phrase.NOCASE`.
"""

from __future__ import annotations

from typing import Final

from launchwatch.extract.gating import regex

NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12,
}  # fmt: skip

ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip

# Words that multiply what precedes them ("two hundred", "a dozen") rather than add to it.
_MULTIPLIERS: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
_TENS: Final = {w: n for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10)}
_SMALL: Final = {w: n for w, n in NUMBER_WORDS.items() if n < 20}
# Digits spoken one by one after "point" ("72-point-three", "point-oh-five").
_DIGIT_WORDS: Final = {w: n for w, n in _SMALL.items() if n < 10} | {
    "zero": 0,
    "oh": 0,
    "nought": 0,
}


def _alternation(words: list[str]) -> str:
    # Longest first, so "seventeen" is tried before "seven" (a cheaper backtrack).
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL_ALT: Final = _alternation(list(_SMALL))
_TENS_ALT: Final = _alternation(list(_TENS))
_DIGITW_ALT: Final = _alternation([*_DIGIT_WORDS])

# One word-built number below a hundred: "seven", "seventeen", "twenty-one", "forty two".
BASIC_WORD_PATTERN: Final = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_SMALL_ALT}))?|{_SMALL_ALT})\b"
_MULT_ALT: Final = "hundred|thousand|million"
# A spelled-out number: "ten", "one-thousand", "a thousand", "two hundred and fifty", "a dozen".
WORD_NUMBER_PATTERN: Final = (
    rf"(?:(?:an?|{BASIC_WORD_PATTERN})[- ]+(?:dozen|{_MULT_ALT})\b|{BASIC_WORD_PATTERN})"
    rf"(?:(?:[- ]+and)?[- ]+(?:{BASIC_WORD_PATTERN}(?:[- ]+(?:{_MULT_ALT})\b)?|(?:{_MULT_ALT})\b))*"
)
# Digits: thousands commas only in groups of three, an optional decimal part.
DIGIT_NUMBER_PATTERN: Final = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9])"
)
# "101-point-one", "seventy-two point three": state media's spelled-out decimals.
_POINT_PATTERN: Final = (
    rf"(?:[0-9]+|{WORD_NUMBER_PATTERN})[- ]point[- ]"
    rf"(?:[0-9]+|(?:{_DIGITW_ALT})\b(?:[- ](?:{_DIGITW_ALT})\b)*)"
)
# Any one number; the point form first so its integer part is not taken alone.
NUMBER_PATTERN: Final = rf"(?:{_POINT_PATTERN}|{DIGIT_NUMBER_PATTERN}|{WORD_NUMBER_PATTERN})"

_DIGITS_RE: Final = regex(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_POINT_RE: Final = regex(r"(.+?)[\s-]+point[\s-]+(.+)")
_SPLIT_RE: Final = regex(r"[\s\-]+")
_DASHES: Final = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})


def parse_number(token: str) -> float | None:
    """The value of one number token ("1,000", "twenty-one", "a dozen", "101-point-one").

    Returns None for anything that is not a single well-formed number (including "a" alone,
    "several", "one two"); never raises.
    """
    token = token.strip().lower().translate(_DASHES)
    if not token:
        return None
    if _DIGITS_RE.fullmatch(token):
        return float(token.replace(",", ""))
    point = _POINT_RE.fullmatch(token)
    if point:
        whole = parse_number(point.group(1))
        decimals = _decimal_digits(point.group(2))
        if whole is None or decimals is None or whole != int(whole):
            return None
        return float(f"{int(whole)}.{decimals}")
    return _parse_words(_SPLIT_RE.split(token))


def _decimal_digits(part: str) -> str | None:
    """The digits after "point": "3" or "three" or "oh-five" -> "3", "3", "05"."""
    if part.isdigit():
        return part
    digits = []
    for word in _SPLIT_RE.split(part):
        if word not in _DIGIT_WORDS:
            return None
        digits.append(str(_DIGIT_WORDS[word]))
    return "".join(digits) or None


def _parse_words(words: list[str]) -> float | None:
    """Sum spelled-out number words with the usual scale rules; None when they do not form one."""
    total = 0.0
    current = 0.0
    # What the last word was, to refuse "one two" or "twenty thirty": small, tens, mult or start.
    last = "start"
    for i, word in enumerate(words):
        if word == "and":
            if last != "mult" or i == len(words) - 1:
                return None
            continue
        if word in ("a", "an"):
            if i != 0 or len(words) == 1 or words[1] not in _MULTIPLIERS:
                return None
            current, last = 1.0, "small"
            continue
        if _DIGITS_RE.fullmatch(word):
            if last != "start":
                return None
            current, last = float(word.replace(",", "")), "small"
            continue
        if word in _MULTIPLIERS:
            if last == "start":
                return None
            scale = _MULTIPLIERS[word]
            if scale >= 1000:
                total += (current or 1.0) * scale
                current = 0.0
            else:
                current = (current or 1.0) * scale
            last = "mult"
            continue
        if word in _TENS:
            if last in ("small", "tens") or current % 100:
                return None
            current += _TENS[word]
            last = "tens"
            continue
        if word in _SMALL:
            value = _SMALL[word]
            # "twenty one" is fine, "twenty eleven" and "one two" are not.
            if last == "small" or (last == "tens" and value >= 10):
                return None
            if last == "mult" and current % 100:
                return None
            current += value
            last = "small"
            continue
        return None
    if last == "start":
        return None
    return float(total + current)
