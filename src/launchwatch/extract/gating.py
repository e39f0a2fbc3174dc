"""Keyword gates: a regular expression behind a cheap test for the words it needs.

Python's `re` tries a long case-insensitive alternation at every position of a sentence, and
most sentences hold none of the words such a pattern needs; `str.find` on a lowercased copy rules
that out in a fraction of the time. The words are read off the pattern itself (`needed_keys`),
so a gate can never disagree with its pattern. The finders' other patterns are compiled with
`regex`, which puts a cheap first-character test in front of those that `re` would otherwise try
at every character.
"""

from __future__ import annotations

import importlib
import itertools
import re
from typing import Any, Final

# re's own parser: it turns a pattern into the (opcode, argument) tree its compiler reads.
_PARSER: Final[Any] = importlib.import_module("re._parser")
_COMPILER: Final[Any] = importlib.import_module("re._compiler")
_OPS: Final[Any] = importlib.import_module("re._constants")

_LONG: Final = 7  # a key this long says enough: longer strings are cut to it
_CAP: Final = 160  # at most this many strings in one set
_MAX_ANCHORS: Final = 32  # with this few, every place a start key is found is tried on its own
_STEM: Final = 5  # keys that share a beginning this long are merged into it ("launche", "launchi")
# A start key that stands for any digit (of any script: a superset of what "\\d" means under
# re.ASCII, and trying a match at more places never changes what is found); found with
# `_DIGIT`, never with `str.find`. No article holds it: it is a control character.
DIGIT: Final = "\x00"
_DIGIT: Final = re.compile(r"\d")
# Where a number may begin: a digit after anything but an ASCII digit ("2024" has one place). A
# match that opens where a word does (after `\b` or `(?<![-\w])`) can begin at no other digit,
# under re.ASCII or not. (Written so that `re` still skips to the digits on its own.)
_NUMBER_START: Final = re.compile(r"\d(?<![0-9].)")
# The letters beyond ASCII whose lowercase begins with an ASCII one (all of Unicode, checked).
_CAPITALS: Final = {"i": "\u0130", "k": "\u212a"}

# the last two long texts seen and their lowercase copies (an article and its copy with place
# names blanked are read in turns)
_LOWERED: Final[list[tuple[str, str | None]]] = [("", None), ("", None)]

# The patterns `regex` put a lookahead in front of, as written and as compiled (for the tests).
REWRITTEN: Final[list[tuple[re.Pattern[str], re.Pattern[str]]]] = []


def _lowered(text: str) -> str | None:
    """A lowercase copy with the same offsets, kept for the last two long texts, so that keyword
    tests do not lowercase the article again for every sentence; None for short texts and for
    texts whose lowercase changes length."""
    if len(text) < 300:
        return None
    if _LOWERED[0][0] is text:
        return _LOWERED[0][1]
    if _LOWERED[1][0] is text:
        return _LOWERED[1][1]
    low = text.lower()
    _LOWERED[1] = _LOWERED[0]
    _LOWERED[0] = (text, low if len(low) == len(text) else None)
    return _LOWERED[0][1]


def _lowered_window(text: str, pos: int, end: int) -> tuple[str, int, int, int] | None:
    """`text[pos:end]` lowercased, as (lowercase text, its offset in `text`, start, end): the
    cached copy of a long text, else a copy of the window; None when lowercasing the window
    changes its length (offsets in it would be wrong)."""
    low = _lowered(text)
    if low is not None:
        return low, 0, pos, end
    low = text[pos:end].lower()
    return (low, pos, 0, end - pos) if len(low) == end - pos else None


class Keywords:
    """Words (lowercase) of which a text window must hold one, tested with `str.find`."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def present(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(text) if endpos is None else endpos
        low = _lowered(text)
        if low is None:
            window = text[pos:end].lower()
            return any(k in window for k in self.words)
        # A plain loop with `low.find` written out: compiled, it is a direct call (a bound method
        # kept in a variable would be a generic one).
        for key in self.words:  # noqa: SIM110
            if low.find(key, pos, end) >= 0:
                return True
        return False


class Gated:
    """A compiled pattern behind a keyword test: every match contains one of `keys`
    (lowercase), so a window holding none of them is skipped without running the pattern.

    When every match also begins with one of a few `anchors` ("icbm", "interco") or with a
    digit (`digits`), the pattern is tried only where one of them begins (`Pattern.match`):
    `re` would otherwise try it at every character of the window.
    """

    def __init__(self, pattern: re.Pattern[str], split: bool = True) -> None:
        keys = needed_keys(pattern)
        if keys is None:
            raise ValueError(f"no keywords can gate the pattern {pattern.pattern[:60]!r}")
        self.written = pattern  # as written; `pattern` may have a lookahead put in front
        self.keys = Keywords(keys)
        starts = start_keys(pattern)
        self.pattern = _with_first_chars(pattern, starts)
        # With few start keys, none of one letter, a match is tried only where one begins: each
        # word is a find (`anchors`), and with `digits` every digit is a place too.
        self.anchors: tuple[str, ...] | None = None
        self.digits = False
        if (
            starts is not None
            and len(starts) <= _MAX_ANCHORS
            and all(len(key) > 1 or key == DIGIT for key in starts)
        ):
            self.anchors = tuple(key for key in starts if key != DIGIT)
            self.digits = DIGIT in starts
        # With fewer words that every match holds than anchors, a window is first tested for
        # those words: most windows hold none.
        self.keys_first = self.anchors is not None and len(keys) < len(self.anchors) + self.digits
        # with digits that can only open a word, one place for each number ("2024" is one)
        self.digit_finder = (
            _NUMBER_START
            if self.digits and _begins_word(_PARSER.parse(pattern.pattern, pattern.flags))
            else _DIGIT
        )
        # A top-level alternation "A|B|C" (without groups, whose numbers would shift): each
        # alternative is gated on its own keys, and only those whose keys are in a window are
        # run there, as one pattern per choice, built when first needed.
        self.pieces: list[str] = []
        self.branches: list[Gated] = []
        self.chosen: dict[tuple[int, ...], Gated] = {}
        pieces = _top_level_branches(pattern.pattern) if split and not pattern.groups else None
        if pieces is not None:
            try:
                self.branches = [Gated(re.compile(p, pattern.flags), split=False) for p in pieces]
                self.pieces = pieces
            except ValueError:  # an alternative that needs no fixed text: gate the whole
                self.branches = []

    def _choose(self, text: str, pos: int, end: int) -> Gated | None:
        """The pattern to run on `text[pos:end]`: this one, or only its alternatives whose keys
        are there (None when no alternative's are)."""
        if not self.branches:
            return self
        chosen = tuple(
            i for i, branch in enumerate(self.branches) if branch.keys.present(text, pos, end)
        )
        if len(chosen) == len(self.branches):
            return self
        if not chosen:
            return None
        gated = self.chosen.get(chosen)
        if gated is None:
            source = "|".join(self.pieces[i] for i in chosen)
            gated = self.chosen[chosen] = Gated(re.compile(source, self.written.flags), False)
        return gated

    def _anchored(self, text: str, pos: int, end: int) -> list[int] | None:
        """Every offset in `text[pos:end]` where one of `anchors` begins, in order (where a
        match may begin), or None when that cannot be told (no anchors, or text whose
        lowercase changes length)."""
        anchors = self.anchors
        if anchors is None:
            return None
        window = _lowered_window(text, pos, end)
        if window is None:
            return None
        low, base, lo, hi = window
        found: list[int] = []
        if self.digits:
            found = [m.start() + base for m in self.digit_finder.finditer(low, lo, hi)]
        for key in anchors:
            at = low.find(key, lo, hi)
            while at >= 0:
                found.append(at + base)
                at = low.find(key, at + 1, hi)
        if len(found) > 1:
            found.sort()  # (no anchor begins another, so no offset comes twice)
        return found

    def _scan(self, text: str, pos: int, end: int, first: bool) -> list[re.Match[str]]:
        """The matches in `text[pos:end]` as `finditer` finds them (only the first when
        `first`): tried only at the anchors when there are any, else searched for when the
        window holds one of the keys."""
        gated = self._choose(text, pos, end)
        if gated is None:
            return []
        if gated.keys_first and not gated.keys.present(text, pos, end):
            return []  # (fewer words to look for than anchors, and every match holds one)
        found = gated._anchored(text, pos, end)
        pattern = gated.pattern
        if found is None:
            if not gated.keys.present(text, pos, end):
                return []
            if first:
                m = pattern.search(text, pos, end)
                return [] if m is None else [m]
            return list(pattern.finditer(text, pos, end))
        out: list[re.Match[str]] = []
        after = pos
        for at in found:
            if at < after:
                continue  # inside the match before (matches do not overlap)
            m = pattern.match(text, at, end)
            if m is not None:
                out.append(m)
                if first:
                    break
                after = m.end()  # (never empty: a match begins with an anchor)
        return out

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        found = self._scan(text, pos, len(text) if endpos is None else endpos, True)
        return found[0] if found else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        return self._scan(text, pos, len(text) if endpos is None else endpos, False)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.match(text, pos, end)


def regex(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for the finders: the pattern behind a lookahead on the characters its matches
    can begin with (`_with_first_chars`) when `re` has no quick way of its own to pass over the
    places where no match begins.

    `re` skips ahead to a literal prefix ("satellite ...") or to a set of case-sensitive first
    characters; a pattern that opens with `\\b`, a lookbehind or a case-insensitive letter is
    tried whole at every character instead. The lookahead fails at most of them at once. The
    matches are the same (tested on every pattern of the finders).
    """
    pattern = re.compile(source, flags)
    parsed = _PARSER.parse(source, flags)
    if parsed.getwidth()[0] > 0:
        prefix, _, _ = _COMPILER._get_literal_prefix(parsed, parsed.state.flags)
        if prefix or _COMPILER._get_charset_prefix(parsed, parsed.state.flags):
            return pattern
    quick = _with_first_chars(pattern, start_keys(pattern))
    if quick is not pattern:
        REWRITTEN.append((pattern, quick))
    return quick


def _begins_word(items: Any) -> bool:
    """Whether every match of the parsed sequence `items` begins where a word does: after `\\b`
    or after a lookbehind that rules out a word character, `(?<![-\\w])` (what consumes nothing
    may come before it). After `\\b` that holds when the match's first character is a word
    character, as a digit is."""
    for op, av in items:
        if op is _OPS.AT:
            if av is _OPS.AT_BOUNDARY:
                return True
        elif op is _OPS.ASSERT_NOT:
            direction, inner = av
            if (
                direction < 0
                and len(inner) == 1
                and inner[0][0] is _OPS.IN
                and (_OPS.CATEGORY, _OPS.CATEGORY_WORD) in inner[0][1]
            ):
                return True
        elif op is _OPS.SUBPATTERN:
            return _begins_word(av[3])
        elif op is _OPS.BRANCH:
            return all(_begins_word(branch) for branch in av[1])
        elif op is not _OPS.ASSERT:
            return False
    return False


def _top_level_branches(source: str) -> list[str] | None:
    """A pattern's source cut at its top-level `|`, or None when it has none."""
    pieces: list[str] = []
    depth = start = i = 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith("]", i + 1):  # "[]...]": the bracket is a member
                i += 1
            elif source.startswith("^]", i + 1):
                i += 2
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    pieces.append(source[start:])
    return pieces if len(pieces) > 1 else None


def needed_keys(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase strings one of which every match of `pattern` contains, few and long, or None
    when the pattern can match without any fixed text ("\\d+ km" needs only " km", "\\w+" nothing).

    Read off the parsed pattern: at each step of a sequence, the strings its matches can begin
    with from there (cut to seven characters); inside a group or between alternatives, each
    alternative's own best strings. Lookarounds and `\\b` consume nothing and are passed over.
    """
    keys = _needed(_PARSER.parse(pattern.pattern, pattern.flags), _ascii(pattern))
    return _fewest(keys, inside=True) if keys else None


def _with_first_chars(pattern: re.Pattern[str], starts: tuple[str, ...] | None) -> re.Pattern[str]:
    """`pattern` behind a lookahead on the characters its matches can begin with, "(?=[tfTF])".

    A pattern that opens with `\\b`, a lookbehind or a case-insensitive word gives `re` no set
    of first characters to skip ahead with, so it tries the whole pattern at every character;
    the lookahead fails at most of them at once (up to 2x on a long alternation). Patterns that
    open with a lookahead of their own or with inline flags are left as they are.
    """
    text = pattern.pattern
    if starts is None or (text.startswith("(?") and not text.startswith(("(?:", "(?<"))):
        return pattern
    chars = {key[0] for key in starts}
    if not pattern.flags & re.IGNORECASE:
        # The keys are lowercase; a case-sensitive match begins with the letter as written,
        # any letter whose lowercase is the key's. Beyond ASCII there is no short list of them.
        if not all(c.isascii() for c in chars):
            return pattern
        chars |= {_CAPITALS.get(c, "") for c in chars} - {""}
    chars |= {c.upper() for c in chars}
    ahead = "".join(r"\d" if c == DIGIT else re.escape(c) for c in sorted(chars))
    closing = "\n)" if pattern.flags & re.VERBOSE else ")"
    return re.compile(f"(?=[{ahead}])(?:{text}{closing}", pattern.flags)


def start_keys(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase strings one of which begins every match of `pattern` (after what consumes
    nothing: `\\b`, lookarounds), or None when a match can begin with anything.

    A match that begins with a digit (`\\d`) has the key `DIGIT`; one that has a digit further
    on has its key cut before it ("km"; "hwasong-" for "hwasong-\\d+").
    """
    parsed = _PARSER.parse(pattern.pattern, pattern.flags)
    starts, _ = _prefixes(parsed, _ascii(pattern), digits=True)
    starts = {_before_digit(key) for key in starts}
    if "" in starts:
        return None
    return _fewest(starts, inside=False)


def _before_digit(key: str) -> str:
    """A start key cut before its first digit; `DIGIT` itself when it begins with one."""
    at = key.find(DIGIT)
    return key if at < 0 else key[: max(at, 1)]


def _fewest(keys: set[str], inside: bool) -> tuple[str, ...]:
    """`keys` without those another one makes redundant: keys that share a beginning of
    `_STEM` characters are replaced by it; a key that holds a shorter one (`inside`), or begins
    with it, is dropped."""
    merged = set(keys)
    ordered = sorted(merged)
    for a, b in itertools.pairwise(ordered):
        stem = _common_start(a, b)
        if len(stem) >= _STEM:
            merged.discard(a)
            merged.discard(b)
            merged.add(stem)
    out: list[str] = []
    for key in sorted(merged, key=len):
        if not any((shorter in key) if inside else key.startswith(shorter) for shorter in out):
            out.append(key)
    return tuple(out)


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def _score(keys: set[str]) -> tuple[int, int]:
    return (min(len(k) for k in keys), -len(keys))


def _needed(items: Any, ascii: bool) -> set[str] | None:
    """The best set of strings one of which every match of the sequence `items` contains."""
    best: set[str] | None = None
    for i in range(len(items)):
        op, av = items[i]
        starts, _ = _prefixes(items[i:], ascii)
        if "" not in starts and (best is None or _score(starts) > _score(best)):
            best = starts
        inner: set[str] | None = None
        if op is _OPS.SUBPATTERN:
            inner = _needed(av[3], ascii)
        elif op is _OPS.BRANCH:
            inner = set()
            for branch in av[1]:
                keys = _needed(branch, ascii)
                if keys is None:
                    inner = None
                    break
                inner |= keys
        elif _is_repeat(op) and av[0] >= 1:
            inner = _needed(av[2], ascii)
        if inner and len(inner) <= _CAP and (best is None or _score(inner) > _score(best)):
            best = inner
    return best


def _is_repeat(op: Any) -> bool:
    return op is _OPS.MAX_REPEAT or op is _OPS.MIN_REPEAT or op is _OPS.POSSESSIVE_REPEAT


def _prefixes(items: Any, ascii: bool, digits: bool = False) -> tuple[set[str], bool]:
    """Strings one of which begins every match of the sequence `items` (cut to `_LONG`), and
    whether they are exactly its matches; with `digits`, `DIGIT` stands for `\\d` in them."""
    current = {""}
    for index, (op, av) in enumerate(items):
        if all(len(s) >= _LONG for s in current):
            return current, False
        if op is _OPS.AT or op is _OPS.ASSERT or op is _OPS.ASSERT_NOT:
            continue  # consumes nothing
        nxt: set[str]
        if op is _OPS.LITERAL:
            nxt, done = {chr(av).lower()}, True
        elif op is _OPS.IN:
            chars = _chars(av, ascii, digits)
            if chars is None:
                return current, False
            nxt, done = chars, True
        elif op is _OPS.SUBPATTERN:
            nxt, done = _prefixes(av[3], ascii, digits)
        elif op is _OPS.BRANCH:
            nxt, done = set(), True
            for branch in av[1]:
                starts, exact = _prefixes(branch, ascii, digits)
                nxt |= starts
                done = done and exact
        elif _is_repeat(op):
            low, high, item = av
            starts, exact = _prefixes(item, ascii, digits)
            if low == 0 and high == 1 and exact:
                nxt, done = starts | {""}, True
            elif low == 0:  # what the item begins with, or what follows it when it is left out
                nxt, done = starts | _prefixes(items[index + 1 :], ascii, digits)[0], False
            else:
                nxt, done = starts, exact and low == high == 1
        else:
            return current, False
        joined = {(a + b)[:_LONG] if len(a) < _LONG else a for a in current for b in nxt}
        if len(joined) > _CAP:
            return current, False
        current = joined
        if not done:
            return current, False
    return current, True


def _ascii(pattern: re.Pattern[str]) -> bool:
    return bool(pattern.flags & re.ASCII)


def _chars(members: Any, ascii: bool, digits: bool = False) -> set[str] | None:
    """The characters a small class `[- ]` stands for (`\\d` too: with `digits` as the stand-in
    `DIGIT`, else as the ASCII digits it means under re.ASCII), or None for a large or negated
    one."""
    chars: set[str] = set()
    for op, av in members:
        if op is _OPS.CATEGORY and av is _OPS.CATEGORY_DIGIT and (ascii or digits):
            chars.update(DIGIT if digits else "0123456789")
        elif op is _OPS.LITERAL:
            chars.add(chr(av).lower())
        elif op is _OPS.RANGE and av[1] - av[0] < 4:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars
