"""What the quantity and count finders share: how a phrase is spaced, word sets, the values of
number tokens, and a cheap constructor for their frozen records."""

from __future__ import annotations

from functools import lru_cache
from typing import TypeVar

from launchwatch.extract.numbers import parse_number

_T = TypeVar("_T")

SP = r"[ \t\u00a0\u202f]"  # a space inside a phrase; never a newline
SP_CHARS = " \t\u00a0\u202f"  # the same, for str methods

# parse_number is pure and the same few number words come back: their values are kept.
number_value = lru_cache(maxsize=4096)(parse_number)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(words.split())


def new_record(cls: type[_T], **fields: object) -> _T:
    """An instance of the frozen dataclass `cls` from all its fields, given in their order.

    The generated __init__ of a frozen dataclass sets each field through object.__setattr__,
    which cost as much as finding the figure; the instance dict is filled at once instead. The
    records built this way (Quantity, CountMention) have no __post_init__ and no slots, so the
    instances are the same.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance
