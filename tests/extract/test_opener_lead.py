"""`opener_lead` against the pattern it stands in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.extract import wording as w

_PIECES = [
    "three", "days", "day", "weeks", "holidays", "and", "brand", "a few", "just", "hours", "5",
    "12", "years", "fired", "missiles", "Monday", ",", ";", "DAYS", "AND", "é", "_", "about",
]  # fmt: skip


def _pattern_lead(text: str, lo: int, hi: int) -> tuple[int, str]:
    m = w.OPENER_LEAD.search(text, lo, hi)
    assert m is not None  # every part is optional
    return m.start(), m.group(0)


def test_plain_leads() -> None:
    text = "It fired again, three days after the test."
    hi = text.index("after")
    assert w.opener_lead(text, 0, hi) == (text.index(", three"), ", three days ")
    text = "It fired two missiles after the test."
    hi = text.index("after")
    assert w.opener_lead(text, 0, hi) == (hi - 1, " ")
    assert w.opener_lead(text, hi, hi) == (hi, "")


def test_words_next_to_letters_beyond_ascii_and_cut_windows() -> None:
    # "\\b" in an ASCII pattern: "é" is no word letter, "brand" holds no "and", and a window
    # that begins inside a word sees only its end
    for text in ("caféand after", "the brand after", "holidays after", "x3 days after"):
        hi = text.index("after")
        for lo in range(hi + 1):
            assert w.opener_lead(text, lo, hi) == _pattern_lead(text, lo, hi), (text, lo)


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_PIECES), max_size=8),
    gaps=st.lists(st.sampled_from([" ", "  ", "", "\n", "\u00a0"]), min_size=8, max_size=8),
    lo=st.integers(0, 40),
)
def test_the_same_as_the_pattern(words: list[str], gaps: list[str], lo: int) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False)) + "after it"
    hi = text.rindex("after")
    lo = min(lo, hi)
    assert w.opener_lead(text, lo, hi) == _pattern_lead(text, lo, hi), (text, lo)
