"""Keyword gates read off their patterns: the keys must hold for every match, and a gated search
must find exactly what the bare pattern finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from launchwatch.extract import time_words as tw
from launchwatch.extract import wording as w
from launchwatch.extract.gating import (
    DIGIT,
    REWRITTEN,
    Gated,
    Keywords,
    needed_keys,
    regex,
    start_keys,
)
from launchwatch.extract.launches import prepare
from launchwatch.extract.phrase import NOCASE
from launchwatch.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _gated() -> dict[str, Gated]:
    found = {
        name: v for module in (w, tw) for name, v in vars(module).items() if isinstance(v, Gated)
    }
    found.update({f"class {r.name}": r.pattern for r in w.class_rules()})
    found.update({f"type {r.name}": r.pattern for r in w.event_type_rules()})
    return found


GATED = _gated()


def _bare(gated: Gated) -> re.Pattern[str]:
    """The pattern as written (before the gate put a lookahead in front of it)."""
    return gated.written


def test_keys_of_a_word_alternation() -> None:
    pattern = re.compile(r"\b(?:ICBMs?|intercontinental(?:[- ]ballistic)? missiles?)\b", NOCASE)
    assert start_keys(pattern) == ("icbm", "interco")
    assert needed_keys(pattern) == ("icbm", "interco")


def test_keys_past_an_optional_opening_word() -> None:
    pattern = re.compile(r"\b(?:super[- ]large )?(?:multiple )?rocket launchers?\b", NOCASE)
    assert set(start_keys(pattern) or ()) == {"super", "multipl", "rocket "}
    # anywhere in a match, "rocket " is the one string every match holds
    assert needed_keys(pattern) == ("rocket ",)


def test_keys_shared_by_a_stem_are_merged() -> None:
    pattern = re.compile(r"\b(?:launched|launches|launching)\b", NOCASE)
    assert start_keys(pattern) == ("launch",)


def test_keys_after_an_open_start() -> None:
    # a figure first: no fixed text to begin with, but every match ends in a unit
    pattern = re.compile(r"\d+(?:\.\d+)?\s*(?:km|kilometers)\b", NOCASE)
    assert start_keys(pattern) is not None  # "\d" under re.ASCII is the ten digits
    assert needed_keys(pattern) == ("km", "kilomet")


def test_no_keys_where_nothing_is_fixed() -> None:
    assert needed_keys(re.compile(r"\w+")) is None
    assert start_keys(re.compile(r"\w+ said")) is None
    with pytest.raises(ValueError, match="no keywords"):
        Gated(re.compile(r"[a-z]+", NOCASE))


def test_keywords_on_long_and_short_texts() -> None:
    words = Keywords(("launch", "fired"))
    short = "Seoul said the North FIRED a missile."
    long = "Officials spoke. " * 30 + short
    assert words.present(short) and words.present(long)
    assert not words.present(long, 0, 60)
    assert words.present(long, len(long) - len(short), len(long))


@settings(
    max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_match_holds_a_key_and_begins_with_a_start(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(GATED)))
    gated = GATED[name]
    bare = _bare(gated)
    text = data.draw(st.from_regex(bare, fullmatch=True), label=name)
    m = bare.fullmatch(text)
    if m is None:  # (the generator cannot honour every lookaround)
        return
    low = text.lower()
    assert any(k in low for k in gated.keys.words), (name, text)
    starts = start_keys(bare)
    if starts is not None:
        words = tuple(k for k in starts if k != DIGIT)
        digit = DIGIT in starts and re.match(r"\d", text) is not None
        assert low.startswith(words) or digit, (name, text)


def _sentences() -> list[str]:
    files = [
        ROOT / "demo" / "articles.jsonl",
        *sorted((ROOT / "tests" / "data" / "corpus").glob("*.jsonl")),
    ]
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if '"text"' in line:
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    out.append(text)
    return out


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_finds_what_the_bare_pattern_finds(name: str) -> None:
    gated = GATED[name]
    bare = _bare(gated)
    for text in _sentences():
        for start, end in [(0, len(text)), *split_sentences(text)]:
            got = [m.span() for m in gated.finditer(text, start, end)]
            assert got == [m.span() for m in bare.finditer(text, start, end)], (name, start)
            first = gated.search(text, start, end)
            want = bare.search(text, start, end)
            assert (first and first.span()) == (want and want.span()), (name, start)


def test_only_the_alternatives_whose_keys_are_there_run() -> None:
    gated = Gated(re.compile(r"\d+ missiles\b|\b(?:several|many) occasions\b|(?:\w+ )?rounds\b"))
    assert [b.keys.words for b in gated.branches] == [(" missil",), (" occasi",), ("rounds",)]
    text = "It fired 12 missiles on several occasions, then 30 more rounds."
    assert [m.group(0) for m in gated.finditer(text)] == [
        "12 missiles",
        "several occasions",
        "more rounds",
    ]
    # a window with one alternative's keys runs that alternative alone
    window = (0, text.index(" on"))
    assert [m.group(0) for m in gated.finditer(text, *window)] == ["12 missiles"]
    assert set(gated.chosen) == {(0,)}
    assert gated.search("No figures here.") is None


def test_groups_keep_an_alternation_whole() -> None:
    # cutting it would renumber the groups the caller reads
    gated = Gated(re.compile(r"(?P<n>\d+) missiles|(?P<w>two) rockets"))
    assert gated.branches == []
    m = gated.search("They fired two rockets.")
    assert m is not None and m.group("n") is None and m.group("w") == "two"


def test_anchored_matches_are_tried_only_where_a_start_key_begins() -> None:
    gated = Gated(re.compile(r"\b(?:fired|launched)\s+(?:two|three)\b", NOCASE))
    assert gated.anchors == ("fired", "launche")
    text = "It FIRED two, then launched three; refired two; fired nothing."
    assert [m.group(0) for m in gated.finditer(text)] == ["FIRED two", "launched three"]
    assert (
        gated.search(text, 10) is not None and gated.search(text, 10).group(0) == "launched three"
    )
    assert gated.finditer(text, 40) == []


def test_an_anchored_match_covers_the_anchors_inside_it() -> None:
    # "test" begins again inside the first match; finditer does not look there either
    gated = Gated(re.compile(r"\btest(?:ed)? (?:a )?test\w*|\btest\b", NOCASE))
    text = "They tested a test-fire and another test."
    bare = gated.written
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_a_digit_is_a_start_key() -> None:
    # "\d" without re.ASCII is a digit of any script: one key stands for them all
    assert start_keys(re.compile(r"\d+ km")) == (DIGIT,)
    assert set(start_keys(re.compile(r"(?:\d+|two|three) launches", NOCASE)) or ()) == {
        DIGIT,
        "two",
        "three",
    }
    # a digit further on cuts the key before it
    assert start_keys(re.compile(r"hwasong-\d+", NOCASE)) == ("hwasong",)
    assert start_keys(re.compile(r"kn-\d+", NOCASE)) == ("kn-",)
    # the keys every match holds never take it: no text holds the stand-in
    assert needed_keys(re.compile(r"\d+ km")) == (" km",)


def test_anchored_at_digits_of_any_script() -> None:
    gated = Gated(re.compile(r"(?<![\w-])(?:\d+|two) (?:missiles|launches)\b", re.IGNORECASE))
    assert gated.digits and gated.anchors == ("two",)
    text = "It fired 12 missiles, \u0663 launches (Arabic-Indic three), two launches, 4-5 missiles."
    bare = gated.written
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert [m.group(0) for m in gated.finditer(text)] == [
        "12 missiles",
        "\u0663 launches",
        "two launches",
    ]
    # under re.ASCII the stand-in finds more places than "\d" matches: none of them is a match
    ascii_only = Gated(re.compile(r"\b\d+ missiles\b", re.ASCII))
    assert ascii_only.digits
    text = "\u0663 missiles and 3 missiles"
    assert [m.span() for m in ascii_only.finditer(text)] == [
        m.span() for m in ascii_only.written.finditer(text)
    ]


def test_fewer_words_than_anchors_are_looked_for_first() -> None:
    # every match holds "cruise", and may begin with any of four words: one search for
    # "cruise" rules most windows out before four searches would
    gated = Gated(
        re.compile(r"\b(?:strategic |long-range |land-attack )?cruise missiles?\b", NOCASE)
    )
    assert gated.keys.words == ("cruise ",) and gated.anchors is not None
    assert gated.keys_first and len(gated.anchors) == 4
    for text in ("It fired two strategic cruise missiles.", "A long-range rocket flew.", ""):
        want = [m.span() for m in gated.written.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == want
    # as many words as anchors: the anchors alone
    assert not Gated(re.compile(r"\b(?:fired|launched)\b", NOCASE)).keys_first


def test_a_number_that_opens_a_word_is_tried_once() -> None:
    # a match that opens where a word does begins at the first digit of a number: "2024" is
    # one place, not four
    gated = Gated(re.compile(r"(?<![\w-])\d+ (?:missiles|launches)\b", NOCASE))
    text = "In 2024 it fired 12 missiles; in 2023, 3 launches."
    assert gated._anchored(text, 0, len(text)) == [3, 17, 33, 39]
    assert [m.group(0) for m in gated.finditer(text)] == ["12 missiles", "3 launches"]
    # without the lookbehind, a match may begin inside a number
    inside = Gated(re.compile(r"\d{2} missiles\b"))
    assert [m.group(0) for m in inside.finditer("It fired 123 missiles.")] == ["23 missiles"]
    # a digit beyond ASCII before an ASCII one: under re.ASCII a word begins at the second
    for flags in (re.ASCII, 0):
        mixed = Gated(re.compile(r"\b\d+ missiles\b", flags))
        text = "\u06634 missiles, 4\u0663 missiles"
        assert [m.span() for m in mixed.finditer(text)] == [
            m.span() for m in mixed.written.finditer(text)
        ]
        assert mixed.finditer(text)


def test_a_case_sensitive_pattern_begins_with_its_capitals() -> None:
    # the keys are lowercase; the lookahead in front must let the capitals as written through
    gated = Gated(re.compile(r"\b(?:Eastern|EST) time\b|\bET\b"))
    text = "It flew late Tuesday Eastern time (11 p.m. ET), not eastern time or est time."
    assert [m.group(0) for m in gated.finditer(text)] == ["Eastern time", "ET"]
    assert gated.search(text, 30) is not None and gated.search(text, 30).group(0) == "ET"
    # the Kelvin sign lowercases to "k": a match may begin with it too
    kelvin = Gated(re.compile("\u212a\u212a-1"))
    assert kelvin.search("the \u212a\u212a-1 system") is not None
    # a lowercase letter beyond ASCII may come from more than one capital: no lookahead then
    written = re.compile("\u00e9t\u00e9 time")
    assert Gated(written).pattern is written


def test_text_whose_lowercase_is_longer_is_searched_plainly() -> None:
    # "İ" lowercases to two characters: offsets in a lowercase copy would be wrong
    gated = Gated(re.compile(r"\bfired\b", NOCASE))
    text = "İstanbul: it fired again. " * 20
    assert [m.start() for m in gated.finditer(text)] == [
        m.start() for m in re.finditer("fired", text)
    ]
    assert [m.start() for m in gated.finditer(text, 3, 60)] == [13, 39]


_FILLER = ["the", "missile", "fired", "launched", "two", "tests", "a", ",", ".", "-", "last", "on"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_gated_equals_bare_on_matches_strung_together(data: st.DataObject) -> None:
    """Matches of a pattern next to, inside and around each other, with words between: the
    gate finds exactly what the bare pattern finds, in any window."""
    name = data.draw(st.sampled_from(sorted(GATED)))
    gated = GATED[name]
    bare = _bare(gated)
    parts = data.draw(
        st.lists(
            st.one_of(st.from_regex(bare, fullmatch=True), st.sampled_from(_FILLER)),
            min_size=1,
            max_size=8,
        ),
        label=name,
    )
    seps = data.draw(
        st.lists(st.sampled_from([" ", "", ", ", "-"]), min_size=len(parts), max_size=len(parts))
    )
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = [m.span() for m in gated.finditer(text, start, end)]
    assert got == [m.span() for m in bare.finditer(text, start, end)], (name, text, start, end)
    first, want = gated.search(text, start, end), bare.search(text, start, end)
    assert (first and first.span()) == (want and want.span()), (name, text, start, end)


def _rewritten() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the finders that `regex` put a lookahead in front of: as written, and
    as the finders run it."""
    prepare()  # (compiles the patterns built from the vocabularies too)
    return {
        f"{i:03d} {bare.pattern[:50]}": (bare, quick) for i, (bare, quick) in enumerate(REWRITTEN)
    }


REWRITTEN_BY_NAME = _rewritten()


def test_regex_rewrites_the_patterns_re_would_try_everywhere() -> None:
    assert len(REWRITTEN_BY_NAME) > 50
    quick = regex(r"\b(?:fired|launched)\b", NOCASE)
    assert quick.pattern.startswith("(?=[FLfl])")
    # re skips to a literal prefix, or to case-sensitive first characters, on its own
    assert regex(r"satellite\s+images?").pattern == r"satellite\s+images?"
    assert regex(r"satellite\s+images?", NOCASE).pattern.startswith("(?=[Ss])")
    assert regex(r"[A-Z]\w+ said").pattern == r"[A-Z]\w+ said"
    # nothing is known of where a match begins
    assert regex(r"(?:\w+\s+)?said").pattern == r"(?:\w+\s+)?said"


@pytest.mark.parametrize("name", sorted(REWRITTEN_BY_NAME))
def test_rewritten_patterns_find_what_they_find_as_written(name: str) -> None:
    bare, quick = REWRITTEN_BY_NAME[name]
    for text in _sentences():
        for start, end in [(0, len(text)), *split_sentences(text)]:
            got = [(m.span(), m.groups()) for m in quick.finditer(text, start, end)]
            assert got == [(m.span(), m.groups()) for m in bare.finditer(text, start, end)]
            first, want = quick.match(text, start, end), bare.match(text, start, end)
            assert (first and first.span()) == (want and want.span()), (name, start)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rewritten_equals_bare_on_matches_strung_together(data: st.DataObject) -> None:
    """Matches of a rewritten pattern next to and inside each other, in capitals or not, with
    words between: it finds what the pattern as written finds, at every place of any window."""
    name = data.draw(st.sampled_from(sorted(REWRITTEN_BY_NAME)))
    bare, quick = REWRITTEN_BY_NAME[name]
    parts = data.draw(
        st.lists(
            st.one_of(
                st.from_regex(bare, fullmatch=True).map(lambda s: s.upper() if len(s) % 2 else s),
                st.sampled_from(_FILLER),
            ),
            min_size=1,
            max_size=6,
        ),
        label=name,
    )
    text = " ".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = [(m.span(), m.groups()) for m in quick.finditer(text, start, end)]
    assert got == [(m.span(), m.groups()) for m in bare.finditer(text, start, end)], (name, text)
    for at in range(start, end + 1):
        first, want = quick.match(text, at, end), bare.match(text, at, end)
        assert (first and first.span()) == (want and want.span()), (name, text, at)
