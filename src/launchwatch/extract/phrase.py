"""What the finders share: how patterns ignore case, how a phrase is spaced, word sets, the values
of number tokens."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from launchwatch.extract.numbers import parse_number

# Case is ignored for ASCII letters only: with Unicode case folding the engine looks every
# character up in Unicode's tables, which cost a fifth of extraction time; the patterns' words are
# English. (`\w` and `\b` then see ASCII word characters only.)
NOCASE: Final = re.IGNORECASE | re.ASCII

# Verbs of saying, an alternation for patterns to add their own to.
SAYING: Final = "said|says|confirmed|announced|reported|told|stated|disclosed|revealed"

SP: Final = r"[ \t\u00a0\u202f]"  # a space inside a phrase; never a newline
SP_CHARS: Final = " \t\u00a0\u202f"  # the same, for str methods

# parse_number is pure and the same few number words come back: their values are kept.
number_value: Final = lru_cache(maxsize=4096)(parse_number)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(words.split())
