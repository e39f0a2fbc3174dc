"""Number tokens as news writes them: digits with commas, words, spoken decimals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from launchwatch.extract.numbers import NUMBER_PATTERN, NUMBER_WORDS, ORDINALS, parse_number

_NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1,000", 1000.0),
        ("6,648.4", 6648.4),
        ("4491", 4491.0),
        ("12.5", 12.5),
        ("ten", 10.0),
        ("two", 2.0),
        ("Seventeen", 17.0),
        ("twenty-one", 21.0),
        ("forty two", 42.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("a thousand", 1000.0),
        ("one-thousand", 1000.0),
        ("three hundred fifty", 350.0),
        ("two hundred and fifty", 250.0),
        ("one thousand two hundred", 1200.0),
        ("101-point-one", 101.1),
        ("72 point three", 72.3),
        ("seventy-two-point-three", 72.3),
        ("nine-point-oh-five", 9.05),
        ("  8  ", 8.0),
    ],
)
def test_parse_number_reads_each_written_form(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(
    "token",
    ["", "a", "an", "several", "hundred", "one two", "twenty thirty", "twenty eleven", "1,00",
     "ten-point", "point five", "five and", "Hwasong", "12th", "1.2.3"],
)  # fmt: skip
def test_parse_number_refuses_what_is_not_one_number(token: str) -> None:
    assert parse_number(token) is None


def test_the_word_tables_cover_the_documented_range() -> None:
    assert [NUMBER_WORDS[w] for w in ("one", "twelve", "twenty", "ninety")] == [1, 12, 20, 90]
    assert (NUMBER_WORDS["hundred"], NUMBER_WORDS["thousand"], NUMBER_WORDS["dozen"]) == (
        100,
        1000,
        12,
    )
    assert all(ORDINALS[w] == n for n, w in enumerate(["first", "second", "third"], start=1))
    assert ORDINALS["eighth"] == 8 and ORDINALS["twentieth"] == 20


def test_number_pattern_takes_a_spoken_decimal_whole() -> None:
    match = _NUMBER_RE.match("101-point-one kilometers")
    assert match is not None and match.group() == "101-point-one"
    match = _NUMBER_RE.match("1,001.2 km")
    assert match is not None and match.group() == "1,001.2"


_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int) -> str:
    """English words for 1..999,999 (the test's own speller, independent of the parser)."""
    if n >= 1000:
        rest = n % 1000
        return f"{_spell(n // 1000)} thousand" + (f" {_spell(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{_UNITS[n // 100]} hundred" + (f" and {_spell(rest)}" if rest else "")
    if n >= 20:
        return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")
    return _TEENS[n - 10] if n >= 10 else _UNITS[n]


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_round_trip(n: int) -> None:
    words = _spell(n)
    assert parse_number(words) == n
    assert _NUMBER_RE.fullmatch(words) is not None


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9))
def test_digits_with_thousands_commas_round_trip(n: int, tenth: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}.{tenth}") == pytest.approx(n + tenth / 10)


@given(st.text(max_size=40))
def test_parse_number_never_raises(token: str) -> None:
    value = parse_number(token)
    assert value is None or isinstance(value, float)
