"""Gazetteers and vocabularies (`data/*.yaml`) and the matcher that finds their names in text.

Five vocabularies: launch sites, missiles, reporters, landing areas and countries. Each file is a
list of entries with aliases; adding a site or a missile is adding an entry, nothing here names
one. The files are read and checked once; a malformed file raises `VocabDataError` naming the
file and the entry.

Matching works on tokens, not on one big regular expression: a name is a sequence of tokens
(runs of letters, runs of digits, single punctuation marks), and the text is cut the same way.
That makes spelling variants fall out of one rule instead of per-alias patterns: "Hwasong-18",
"Hwasong 18" and "Hwasong18" are all `hwasong 18`, while "Hwasong-1" can never match inside
"Hwasong-17" and "AP" never inside "APJ". All aliases of all kinds sit in one token trie, and the
longest name wins across kinds and case rules ("Rodong Sinmun" is a reporter, not the Rodong
missile). The trie is walked only from the few words that begin some name, picked out of a
sentence with string methods rather than token by token (see `Vocabulary._candidates`): this is
the extractor's inner loop.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import compress, count
from pathlib import Path
from typing import Any, Final, NamedTuple

import yaml
from mypy_extensions import mypyc_attr

from launchwatch.errors import LaunchwatchError, UsageError
from launchwatch.extract.gating import regex
from launchwatch.model import MISSILE_CLASSES, Site

KINDS: Final = ("site", "missile", "reporter", "landing", "country")
SITE_KINDS: Final = ("facility", "city", "province", "county", "region", "sea_area")
# missile entry `type` -> the event type a launch of it is
EVENT_TYPE_OF: Final = {"missile": "missile_launch", "slv": "satellite_launch"}
# kind -> (file name, the file's list key)
FILES: Final = {
    "site": ("sites.yaml", "sites"),
    "missile": ("missiles.yaml", "missiles"),
    "reporter": ("reporters.yaml", "reporters"),
    "landing": ("landings.yaml", "landings"),
    "country": ("countries.yaml", "countries"),
}
_OPTIONAL: Final = {"source"}
_KEYS: Final[dict[str, tuple[set[str], set[str]]]] = {  # kind -> (required keys, optional keys)
    "site": ({"name", "country", "kind", "lat", "lon", "aliases"}, {"located_in", "weak"}),
    "missile": ({"name", "class", "type", "aliases"}, {"country", "countries"}),
    "reporter": ({"name", "aliases"}, {"country", "needs_country", "weak", "leader"}),
    "landing": ({"name", "aliases"}, {"country", "needs_country", "weak"}),
    "country": ({"code", "name", "aliases"}, set()),
}
_ALIAS_KEYS: Final = {"text", "weak", "needs_country", "case"}
_ISO: Final = regex(r"[A-Z]{2}\Z")

# A token is a run of letters, a run of digits, or one other visible character. Whitespace and
# hyphens (any dash a name may be written with) are the gaps between tokens, so they never
# decide a match: "Tongchang-ri" = "Tongchang ri". Em dashes stay tokens: they separate clauses.
# A paragraph break is a token too: no name has it, so no name runs across one.
_TOKEN: Final = regex(r"[^\W\d_]+|\d+|\n[^\S\n]*\n|[^\s\-\u2010\u2011\u2012\u2013\u2212]")


def _fold_table() -> dict[int, str]:
    # One character for one character, so folded tokens keep their length and offsets.
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    for quote in "\u2018\u2019\u02bc\u0060\u00b4":
        table[ord(quote)] = "'"
    return table


_FOLD: Final = _fold_table()
# every byte but an ASCII letter to a space: what is left between spaces are letter runs
_LETTERS_ONLY: Final = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
# the ASCII characters no token starts with: whitespace and hyphens
_GAP_CHARS: Final = "".join(chr(c) for c in range(128) if not _TOKEN.match(chr(c)))
# libyaml's loader when PyYAML was built with it (ten times faster to start); same results
_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class VocabDataError(LaunchwatchError):
    """A vocabulary file is malformed; `path` and `entry` say where, `reason` what is wrong."""

    def __init__(self, path: str, entry: str, reason: str) -> None:
        super().__init__(f"{path}: {entry}: {reason}" if entry else f"{path}: {reason}")
        self.path = path
        self.entry = entry
        self.reason = reason


@dataclass
class VocabMatch:
    """One vocabulary name found in a text; `start`/`end` are offsets into the text passed in.

    `country` is the owner (site, missile, reporter) or the ISO code itself (country); None when
    unknown or when several states own it (then `countries` lists them). `weak` marks a name that
    may not mean the actor (a capital, "the North", a vague phrase); `needs_country` is the
    launching country an event must have for the phrase to mean this entry.
    """

    start: int
    end: int
    kind: str
    canonical: str
    country: str | None = None
    missile_class: str | None = None
    event_type: str | None = None
    site: Site | None = None
    site_kind: str | None = None
    weak: bool = False
    needs_country: str | None = None
    countries: tuple[str, ...] = ()
    # a head of government: a source only for the facts he or she states (not for a judgement)
    leader: bool = False

    # Written out: compiled, this __init__ is native code (the one dataclass would generate stays
    # interpreted Python, and a frozen one sets each field through object.__setattr__).
    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        canonical: str,
        country: str | None = None,
        missile_class: str | None = None,
        event_type: str | None = None,
        site: Site | None = None,
        site_kind: str | None = None,
        weak: bool = False,
        needs_country: str | None = None,
        countries: tuple[str, ...] = (),
        leader: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.canonical = canonical
        self.country = country
        self.missile_class = missile_class
        self.event_type = event_type
        self.site = site
        self.site_kind = site_kind
        self.weak = weak
        self.needs_country = needs_country
        self.countries = countries
        self.leader = leader


# VocabMatch fields after start/end, in order: a record stores their values as one tuple
_MATCH_FIELDS: Final = (
    "kind",
    "canonical",
    "country",
    "missile_class",
    "event_type",
    "site",
    "site_kind",
    "weak",
    "needs_country",
    "countries",
    "leader",
)
_NEEDS: Final = _MATCH_FIELDS.index("needs_country")


class _Record(NamedTuple):
    """What a complete alias means: the VocabMatch fields after start/end, and its case rule."""

    fields: tuple[Any, ...]  # values of _MATCH_FIELDS
    required: tuple[str | None, ...] | None  # exact token spellings, None = any case
    weak: bool
    entry: str  # canonical name, for duplicate errors
    plural: bool = False  # made from an alias by adding "s"; an explicit alias displaces it


@mypyc_attr(native_class=False)  # a list subclass: mypyc compiles only plain classes
class _Records(list[_Record]):
    """The records of one trie node; `case` says whether some record has a case rule."""

    case = False


def _fold(token: str) -> str:
    return token if token.isascii() else token.translate(_FOLD)


def _tokens(text: str) -> list[str]:
    return [_fold(m.group()) for m in _TOKEN.finditer(text)]


class Vocabulary:
    """All five vocabularies, loaded and indexed; use `load_vocab` to build one."""

    def __init__(self, variants: Mapping[str, str]) -> None:
        self._variants = dict(variants)
        self._root: dict[str | None, Any] = {}
        self._names: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self._firsts: _FirstTokens | None = None  # built on first use, when the trie is complete

    # -- building ---------------------------------------------------------------------------
    def _key(self, token: str) -> str:
        """The form an alias token is stored under: folded, lower case, variant resolved."""
        low = _fold(token).lower()
        return self._variants.get(low, low)

    def _link_variants(self) -> None:
        """Give every trie edge its spelling variants as extra edges to the same node.

        The trie is built on resolved spellings; text is looked up as written (lower case), so
        "hwansong" must lead where "hwasong" does. Done once, after all entries are in.
        """
        sources: dict[str, list[str]] = {}
        for variant, word in self._variants.items():
            sources.setdefault(word, []).append(variant)
        todo = [self._root]
        while todo:
            node = todo.pop()
            for token in [t for t in node if t is not None]:
                todo.append(node[token])
                for variant in sources.get(token, ()):
                    node.setdefault(variant, node[token])

    def _add(self, alias: str, record: _Record, where: tuple[str, str]) -> bool:
        """Put one alias into the trie; False if this entry already has it (first one wins).

        A made-up plural never displaces nor clashes with a written alias; it just gives way.
        """
        kind = record.fields[0]
        node = self._root
        for token in _tokens(alias):
            node = node.setdefault(self._key(token), {})
        records: _Records = node.setdefault(None, _Records())
        mine = [r for r in records if r.fields[0] == kind]
        if record.plural and mine:
            return False
        if any(r.plural for r in mine):
            records[:] = [r for r in records if not (r.plural and r.fields[0] == kind)]
            records.case = any(r.required is not None for r in records)
            mine = [r for r in mine if not r.plural]
        if any(r.entry == record.entry for r in mine):
            return False
        needs = record.fields[_NEEDS]
        for other in mine:
            if needs is None or other.fields[_NEEDS] is None or other.fields[_NEEDS] == needs:
                raise VocabDataError(
                    where[0],
                    where[1],
                    f"alias {alias!r} is also an alias of {other.entry!r} (a phrase may"
                    " repeat across entries only with a different needs_country on each)",
                )
        records.append(record)
        records.case = any(r.required is not None for r in records)
        return True

    # -- matching ---------------------------------------------------------------------------
    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        kinds: Collection[str] | None = None,
    ) -> list[VocabMatch]:
        """Vocabulary names in `text[start:end]`, in text order, non-overlapping, longest first.

        Overlaps are settled across all kinds before `kinds` filters the result, so a name
        inside a longer one ("Japan" in "Japan's Defense Ministry") is not returned; the longer
        match carries the country. One span may yield several matches when the same name
        belongs to several kinds ("Pyongyang": site and country) or several needs_country
        entries. `start`/`end` should fall between words.
        """
        if kinds is not None:
            _check_kinds(kinds)
        if end is None:
            end = len(text)
        out: list[VocabMatch] = []
        for s, e, records in _resolve(self._candidates(text, start, end)):
            for record in records:
                f = record.fields
                if kinds is None or f[0] in kinds:
                    out.append(_match(s, e, f))
        return out

    def _candidates(self, text: str, start: int, end: int) -> list[tuple[int, int, list[_Record]]]:
        """At each token of `text[start:end]` that begins a name, the longest name there.

        The same as cutting the span into tokens and walking the trie from each, but that costs
        a Python step per token and few tokens begin a name. So the span's letter runs come
        from `bytes.translate` and `split`, the ones that begin some name are picked out by
        `compress` (all of that in C), and only those are located, each by `bytes.find` from
        the one before. Most are settled by the token after them (`follow`: the words that may
        come next); the trie is walked only where that token may carry the name on. First
        tokens that are not ASCII words (digits, marks, other scripts) are few; each is looked
        for with `str.find`. Text beyond ASCII after folding ("—", "ø") takes the same way, but
        each first word is checked to be a whole token and then walked.
        """
        span = text[start:end]
        folded = span if span.isascii() else span.translate(_FOLD)
        low = folded.lower()
        if len(low) != len(folded):  # a few letters lower to two characters; keep offsets true
            low = "".join(ch.lower()[0] for ch in folded)
        firsts = self._firsts
        if firsts is None:
            firsts = self._firsts = _FirstTokens(self._root)
        if not firsts.complete:
            return self._candidates_by_token(text, start, folded, low)
        plain = low.isascii()
        # (in other text each character beyond ASCII stands in as "?", a non-letter like it)
        letters = low.encode("ascii", "replace").translate(_LETTERS_ONLY)
        fast = letters if plain else None
        padded = b" " + letters + b" "
        runs = letters.split()  # the letter runs
        runs.append(b"")  # (what follows the last one)
        words, n = firsts.words, len(low)
        found = []
        cursor = 0
        for i in compress(count(), map(words.__contains__, runs)):
            key, size, node, follow = words[runs[i]]
            at = padded.find(key, cursor)  # padded[at] is the space before the word
            q = cursor = at + size
            if plain and q < n:  # does the next token carry the name on? the next word says
                after = low[q]
                if after in " -":  # then a word right after it, or something unknown
                    onward = q + 1 < n and (letters[q + 1] == 32 or runs[i + 1] in follow)
                else:
                    onward = after in _GAP_CHARS or after.isdigit() or after in node
                if not onward:
                    records = node.get(None)
                    if records is None:
                        continue
                    s = start + at
                    # "5" in "Agni5" is no name start: the token boundary is inside a word
                    if s and text[s - 1].isalnum():
                        continue
                    if records.case:
                        records = [r for r in records if _case_ok(r, folded, low, at)]
                    if records:
                        found.append((s, start + q, records))
                    continue
            s = start + at
            if (s and text[s - 1].isalnum()) or not (plain or _whole_token(low, at, q)):
                continue  # (a letter beyond ASCII may carry the word on)
            best = self._walk(text, start, folded, low, fast, at, q, node)
            if best is not None:
                found.append((s, *best))
        others = len(found)
        for token, node, digits in firsts.others:
            if plain and not token.isascii():
                continue
            size = len(token)
            at = low.find(token)
            while at >= 0:
                s, q = start + at, at + size
                if not (s and text[s - 1].isalnum()) and (
                    _whole_token(low, at, q)
                    if not plain
                    else not (digits and low[q : q + 1].isdigit())  # a run of digits counts whole
                ):
                    best = self._walk(text, start, folded, low, fast, at, q, node)
                    if best is not None:
                        found.append((s, *best))
                at = low.find(token, at + 1)
        if len(found) > others:
            found.sort(key=_start)
        return found

    def _candidates_by_token(
        self, text: str, start: int, folded: str, low: str
    ) -> list[tuple[int, int, list[_Record]]]:
        """`_candidates` the plain way, every token of the span tried."""
        found = []
        for token in _TOKEN.finditer(low):
            node = self._root.get(token.group())
            if node is None:
                continue
            p, q = token.span()
            s = start + p
            if s and text[s - 1].isalnum():
                continue
            best = self._walk(text, start, folded, low, None, p, q, node)
            if best is not None:
                found.append((s, *best))
        return found

    def _walk(
        self,
        text: str,
        start: int,
        folded: str,
        low: str,
        letters: bytes | None,
        p: int,
        q: int,
        node: dict[str | None, Any],
    ) -> tuple[int, list[_Record]] | None:
        """The longest name from the token `low[p:q]` down the trie: its end and records.

        `folded` and `low` are the span at `text[start]`, folded and then lower-cased;
        `letters` is `low` through `_LETTERS_ONLY` when it is all ASCII, else None.
        """
        size, n, first = len(text), len(low), p
        best = None
        while True:
            records = node.get(None)
            if records is not None:
                e = start + q
                if e >= size or not text[e].isalnum():
                    if records.case:
                        records = [r for r in records if _case_ok(r, folded, low, first)]
                    if records:
                        best = (e, records)
            # the next token; "word word" and "word-word" without the regular expression
            if letters is not None and q + 1 < n and low[q] in " -" and letters[q + 1] != 32:
                p = q + 1
                q = letters.find(b" ", p)
                if q < 0:
                    q = n
            else:
                token = _TOKEN.search(low, q)
                if token is None:
                    break
                p, q = token.span()
            child = node.get(low[p:q])
            if child is None:
                break
            node = child
        return best

    # -- lookups ----------------------------------------------------------------------------
    def lookup(self, kind: str, name: str) -> VocabMatch | None:
        """The entry of `kind` that `name` (canonical or any alias, any case) names, or None."""
        _check_kinds((kind,))
        node: dict[str | None, Any] | None = self._root
        tokens = _tokens(name)
        if not tokens:
            return None
        for token in tokens:
            node = node.get(token.lower()) if node is not None else None
        if node is None:
            return None
        for record in node.get(None, ()):
            if record.fields[0] == kind:
                return _match(0, len(name), record.fields)
        return None

    def names(self, kind: str) -> list[str]:
        """Canonical names of one kind, in file order."""
        _check_kinds((kind,))
        return list(self._names[kind])


class _FirstTokens:
    """The tokens that begin some name, arranged for `Vocabulary._candidates`.

    `words`: each one that is an ASCII word -> (the word between the spaces that stand for
    non-letters in `_LETTERS_ONLY` text, its length, its trie node, the ASCII words that may
    follow it); `others`: (token, trie node, is it digits) for the rest. `complete` is False
    when one is whitespace, which `_candidates` cannot look for (then every token is tried).
    """

    def __init__(self, root: dict[str | None, Any]) -> None:
        self.words: dict[bytes, tuple[bytes, int, dict[str | None, Any], frozenset[bytes]]] = {}
        self.others: list[tuple[str, dict[str | None, Any], bool]] = []
        self.complete = True
        for token, node in root.items():
            if token is None:
                continue
            if token.isascii() and token.isalpha():
                word = token.encode("ascii")
                follow = frozenset(
                    t.encode("ascii") for t in node if t is not None and t.isascii() and t.isalpha()
                )
                self.words[word] = (b" " + word + b" ", len(word), node, follow)
            else:
                self.others.append((token, node, token.isascii() and token.isdigit()))
                if token.strip() != token:  # a paragraph break: no name has one, but then
                    self.complete = False  # it cannot be looked for like this


def _match(start: int, end: int, f: tuple[Any, ...]) -> VocabMatch:
    """A match of `text[start:end]` with a record's fields (the arguments written out: compiled,
    a call with `*fields` goes through generic argument parsing)."""
    return VocabMatch(start, end, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10])


def _start(candidate: tuple[int, int, list[_Record]]) -> int:
    return candidate[0]


def _whole_token(low: str, p: int, q: int) -> bool:
    """Whether `low[p:q]` is a token, not the start of a longer one ("Japan" in "Japanø")."""
    token = _TOKEN.match(low, p)
    return token is not None and token.end() == q


def _case_ok(record: _Record, folded: str, low: str, first: int) -> bool:
    """Whether the tokens from `low[first]` on are spelled as the record's case rule wants."""
    assert record.required is not None
    for want, token in zip(record.required, _TOKEN.finditer(low, first), strict=False):
        if want is not None and folded[token.start() : token.end()] != want:
            return False
    return True


def _resolve(
    found: list[tuple[int, int, list[_Record]]],
) -> list[tuple[int, int, list[_Record]]]:
    """Drop overlapped candidates: the longer span wins, then a strong one, then the earlier."""
    end = 0
    for s, e, _ in found:
        if s < end:
            break
        end = e
    else:
        return found  # the usual case: nothing overlaps

    def rank(c: tuple[int, int, list[_Record]]) -> tuple[int, bool, int]:
        return (c[0] - c[1], all(r.weak for r in c[2]), c[0])

    kept: list[tuple[int, int, list[_Record]]] = []
    for cand in sorted(found, key=rank):
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def _check_kinds(kinds: Collection[str]) -> None:
    unknown = [k for k in kinds if k not in FILES]
    if unknown:
        raise UsageError(f"unknown vocabulary kind {unknown[0]!r}; available: {', '.join(KINDS)}")


# -- loading and validation -------------------------------------------------------------------
def load_vocab(directory: str | Path | Traversable | None = None) -> Vocabulary:
    """Read and check the five vocabulary files in `directory` (default: the package's data).

    Raises VocabDataError naming the file and entry for unknown keys, missing or ill-typed
    fields, and an alias shared by two entries of one kind.
    """
    base: Path | Traversable
    if directory is None:
        base = resources.files("launchwatch") / "data"
    else:
        base = Path(directory) if isinstance(directory, str) else directory
    docs: dict[str, tuple[str, dict[str, Any]]] = {}
    variants: dict[str, str] = {}
    for kind, (filename, section) in FILES.items():
        path = base / filename
        where = str(path)
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        except FileNotFoundError as exc:
            raise VocabDataError(where, "", "file is missing") from exc
        except (OSError, yaml.YAMLError) as exc:
            raise VocabDataError(where, "", f"cannot be read: {exc}") from exc
        if not isinstance(doc, dict) or not isinstance(doc.get(section), list):
            raise VocabDataError(where, "", f"expected a mapping with a list under {section!r}")
        extra = set(doc) - {section, "spelling_variants"}
        if extra:
            raise VocabDataError(
                where,
                "",
                f"unknown top-level key {sorted(extra)[0]!r}; allowed: {section}, "
                "spelling_variants",
            )
        _merge_variants(where, doc.get("spelling_variants") or {}, variants)
        docs[kind] = (where, doc)
    vocab = Vocabulary(variants)
    for kind, (where, doc) in docs.items():
        for index, entry in enumerate(doc[FILES[kind][1]]):
            _load_entry(vocab, kind, where, index, entry)
    vocab._link_variants()
    return vocab


def _merge_variants(where: str, given: Any, variants: dict[str, str]) -> None:
    if not isinstance(given, dict):
        raise VocabDataError(where, "spelling_variants", "expected a mapping of word: word")
    for variant, word in given.items():
        if not (isinstance(variant, str) and isinstance(word, str)):
            raise VocabDataError(where, "spelling_variants", f"{variant!r}: expected text")
        if len(_tokens(variant)) != 1 or len(_tokens(word)) != 1:
            raise VocabDataError(where, "spelling_variants", f"{variant!r}: one word each side")
        low, target = _fold(variant).lower(), _fold(word).lower()
        if variants.get(low, target) != target:
            raise VocabDataError(
                where, "spelling_variants", f"{variant!r} already means {variants[low]!r}"
            )
        variants[low] = target


def _load_entry(vocab: Vocabulary, kind: str, where: str, index: int, entry: Any) -> None:
    label = f"entry {index + 1}"
    if not isinstance(entry, dict):
        raise VocabDataError(where, label, "expected a mapping")
    canonical_key = "code" if kind == "country" else "name"
    if isinstance(entry.get(canonical_key), str):
        label = f"entry {index + 1} ({entry[canonical_key]!r})"
    required, optional = _KEYS[kind]
    missing = sorted(required - set(entry))
    if missing:
        raise VocabDataError(where, label, f"missing field {missing[0]!r}")
    unknown = sorted(set(entry) - required - optional - _OPTIONAL)
    if unknown:
        allowed = ", ".join(sorted(required | optional | _OPTIONAL))
        raise VocabDataError(where, label, f"unknown key {unknown[0]!r}; allowed: {allowed}")

    def text(field: str) -> str:
        value = entry[field]
        if not isinstance(value, str) or not value.strip():
            raise VocabDataError(where, label, f"{field!r} must be non-empty text")
        return value

    def iso(field: str) -> str | None:
        value = entry.get(field)
        if value is not None and not (isinstance(value, str) and _ISO.match(value)):
            raise VocabDataError(where, label, f"{field!r} must be an ISO 3166 alpha-2 code")
        return value

    def flag(field: str) -> bool:
        value = entry.get(field, False)
        if not isinstance(value, bool):
            raise VocabDataError(where, label, f"{field!r} must be true or false")
        return value

    canonical = text(canonical_key)
    country = iso("country") if kind != "country" else iso("code")
    countries: tuple[str, ...] = (country,) if country else ()
    fields: dict[str, Any] = {}
    if kind == "site":
        iso("located_in")
        site_kind = entry["kind"]
        if site_kind not in SITE_KINDS:
            raise VocabDataError(
                where, label, f"kind {site_kind!r} unknown; allowed: {', '.join(SITE_KINDS)}"
            )
        lat, lon = (
            _coordinate(where, label, entry, "lat", 90),
            _coordinate(where, label, entry, "lon", 180),
        )
        fields = {"site": Site(canonical, lat, lon, country), "site_kind": site_kind}
    elif kind == "missile":
        countries = _missile_countries(where, label, entry)
        country = countries[0] if len(countries) == 1 else None
        cls, mtype = entry["class"], entry["type"]
        if cls is not None and cls not in MISSILE_CLASSES:
            raise VocabDataError(
                where, label, f"class {cls!r} unknown; allowed: {', '.join(MISSILE_CLASSES)}"
            )
        if mtype not in EVENT_TYPE_OF:
            raise VocabDataError(where, label, f"type {mtype!r} unknown; allowed: missile, slv")
        fields = {"missile_class": cls, "event_type": EVENT_TYPE_OF[mtype]}
    base = {
        "kind": kind,
        "canonical": canonical,
        "country": country,
        "weak": flag("weak"),
        "needs_country": iso("needs_country"),
        "countries": countries,
        "leader": flag("leader"),
        **fields,
    }
    aliases = entry["aliases"]
    if not isinstance(aliases, list):
        raise VocabDataError(where, label, "'aliases' must be a list")
    # explicit aliases first, so that one with its own flags beats the bare canonical name
    items: list[Any] = [text("name"), *aliases] if kind == "country" else [*aliases, canonical]
    if canonical in vocab._names[kind]:
        raise VocabDataError(where, label, f"{canonical!r} is already an entry of this file")
    vocab._names[kind].append(canonical)
    for item in items:
        _load_alias(vocab, kind, where, label, base, item)


def _coordinate(where: str, label: str, entry: dict[str, Any], field: str, limit: int) -> float:
    value = entry[field]
    if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > limit:
        raise VocabDataError(where, label, f"{field!r} must be a number within ±{limit}")
    return float(value)


def _missile_countries(where: str, label: str, entry: dict[str, Any]) -> tuple[str, ...]:
    if ("country" in entry) == ("countries" in entry):
        raise VocabDataError(where, label, "give exactly one of 'country' and 'countries'")
    given = entry["countries"] if "countries" in entry else [entry["country"]]
    if not isinstance(given, list) or not given:
        raise VocabDataError(where, label, "'countries' must be a non-empty list")
    for code in given:
        if not (isinstance(code, str) and _ISO.match(code)):
            raise VocabDataError(where, label, f"{code!r} is not an ISO 3166 alpha-2 code")
    return tuple(given)


def _load_alias(
    vocab: Vocabulary, kind: str, where: str, label: str, base: dict[str, Any], item: Any
) -> None:
    flags: dict[str, Any] = {}
    if isinstance(item, dict):
        unknown = sorted(set(item) - _ALIAS_KEYS)
        if unknown or "text" not in item:
            raise VocabDataError(
                where,
                label,
                f"alias {item!r}: needs 'text'; allowed keys: {', '.join(sorted(_ALIAS_KEYS))}",
            )
        flags, item = item, item["text"]
    if not isinstance(item, str) or not _tokens(item):
        raise VocabDataError(where, label, f"alias {item!r} must be non-empty text")
    weak = flags.get("weak", base["weak"])
    needs = flags.get("needs_country", base["needs_country"])
    case = flags.get("case", "auto")
    if not isinstance(weak, bool) or case not in ("auto", "sensitive", "insensitive"):
        raise VocabDataError(
            where, label, f"alias {item!r}: weak is true/false, case is sensitive/insensitive"
        )
    if needs is not None and not (isinstance(needs, str) and _ISO.match(needs)):
        raise VocabDataError(where, label, f"alias {item!r}: needs_country must be an ISO code")
    fields = {**base, "weak": weak, "needs_country": needs}
    values = tuple(fields.get(name) for name in _MATCH_FIELDS)
    if not vocab._add(item, _record(item, case, values, base["canonical"]), (where, label)):
        return
    last = _tokens(item)[-1]
    if kind == "missile" and (last.isdigit() or (last.isalpha() and last[-1] not in "sS")):
        # "KN-25s", "Scuds": a plural names the same system (a written alias keeps priority)
        plural = item + "s"
        vocab._add(plural, _record(plural, case, values, base["canonical"], True), (where, label))


def _record(
    alias: str, case: str, values: tuple[Any, ...], entry: str, plural: bool = False
) -> _Record:
    required = tuple(_required(token, case) for token in _tokens(alias))
    return _Record(
        fields=values,
        required=required if any(r is not None for r in required) else None,
        weak=values[_MATCH_FIELDS.index("weak")],
        entry=entry,
        plural=plural,
    )


def _required(token: str, case: str) -> str | None:
    """The exact spelling a token must have, or None when any case will do.

    By default only tokens with a capital after the first letter are exact ("US", "JCS",
    "MoD"), so "us" and "Ap" never match; `case: sensitive` makes every capitalised token
    exact ("the North" but not "the north"); `insensitive` none.
    """
    if case == "insensitive" or not token.isalpha():
        return None
    if case == "sensitive":
        return token if token != token.lower() else None
    return token if any(ch.isupper() for ch in token[1:]) else None


# -- the package's vocabularies ---------------------------------------------------------------
@functools.cache
def default_vocab() -> Vocabulary:
    """The vocabularies shipped in `launchwatch/data`, loaded once per process."""
    return load_vocab()


def find_vocab(
    text: str, start: int = 0, end: int | None = None, kinds: Collection[str] | None = None
) -> list[VocabMatch]:
    """Vocabulary names in `text[start:end]` (offsets into `text`); see `Vocabulary.find`."""
    return default_vocab().find(text, start, end, kinds)


def site_by_name(name: str) -> Site | None:
    """The gazetteer site that `name` (canonical or alias, any case) names, or None."""
    match = default_vocab().lookup("site", name)
    return match.site if match else None


def missile_by_name(name: str) -> VocabMatch | None:
    """The missile entry `name` names (canonical or alias), as a match spanning `name`."""
    return default_vocab().lookup("missile", name)


def lookup(kind: str, name: str) -> VocabMatch | None:
    """The entry of `kind` that `name` names, or None; an unknown kind raises UsageError."""
    return default_vocab().lookup(kind, name)


def available(kind: str) -> list[str]:
    """Canonical names of one kind (for messages that list what is allowed)."""
    return default_vocab().names(kind)
