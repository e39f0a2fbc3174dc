"""Near-duplicate articles: syndicated copies of one wire story, found with MinHash and LSH bands.

An outlet that runs a wire story trims a paragraph, rewrites the lede or adds its own date line;
the copy still shares most of its word 5-shingles with the original. `signature` condenses a text
into NUM_PERM min-hashes; the share of equal positions in two signatures estimates the Jaccard
similarity of their shingle sets. To find candidates without comparing every pair, the
signature is cut into BANDS bands of ROWS values and each band hashed to one `band_keys` integer:
two texts become candidates when any band key is equal. The keys are meant for a database table
of `(band, key)` rows with an index; candidates found there are confirmed with
`is_near_duplicate` on the stored signatures (`to_bytes` / `from_bytes`).

Everything is computed from fixed constants (no `hash()`, no numpy random stream, whose
algorithms may change between numpy versions), so signatures and keys are the same in every
process and on every machine. Changing any constant changes the keys: bump SCHEME then and
recompute what is stored.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt

from launchwatch.errors import UsageError

Signature = npt.NDArray[np.uint32]
"""NUM_PERM unsigned 32-bit min-hashes (512 bytes); all 0xFFFFFFFF for a text without words."""

# Words per shingle: five, so that the stock phrases of wire copy ("the Joint Chiefs of Staff
# said") rarely make whole shingles shared by reports written apart, while one changed word
# costs a copy only five shingles.
SHINGLE = 5
NUM_PERM = 128
BANDS = 32
ROWS = 4
assert BANDS * ROWS == NUM_PERM

# THRESHOLD and the banding, from the S-curve P(candidate) = 1 - (1 - s**ROWS) ** BANDS.
# A syndicated copy of a 150-300 word wire report with one sentence dropped or rewritten keeps
# 0.75-0.9 of its 5-shingles; with a rewritten lede as well, about 0.7. Two reports of the same
# launch written apart share stock phrases only ("the Joint Chiefs of Staff said"): 0.0-0.1.
# Between them sit follow-up stories that reuse a background paragraph (0.2-0.4), which are
# not copies: hence 0.7, not lower.
# With 128 values only 16x8 or 32x4 put the curve near 0.7:
#   s              0.1     0.2     0.3     0.4     0.5     0.6     0.7     0.75    0.8
#   16 bands x 8   0.0000  0.0000  0.0010  0.0104  0.0607  0.2374  0.6133  0.8151  0.9470
#   32 bands x 4   0.0032  0.0500  0.2291  0.5639  0.8732  0.9882  0.9998  1.0000  1.0000
# 16x8 would miss 39% of the pairs at 0.7 and 18% at 0.75, copies we must find; 32x4 finds
# them all and pays with more candidates in 0.3-0.5, which are rare and cost one comparison
# of two stored signatures each, and with 32 index rows per article instead of 16. Unrelated
# articles are far below: 0.002 on average between the reports of tests/data/corpus, where
# 32x4 makes about 3 pairs in a million candidates (a pair at 0.1: 0.3%, at 0.05: 0.02%).
# The estimate itself has a standard deviation of sqrt(s(1 - s) / 128), 0.04 at s = 0.7.
THRESHOLD = 0.7

SCHEME = "minhash-v1:w5:p128:b32x4"
"""Names the constants above; stored keys are comparable only under the same scheme."""

_EMPTY = np.uint32(0xFFFFFFFF)
_M64 = (1 << 64) - 1
# The polynomial of the word hash: an odd number (the 64-bit FNV prime), so it has an inverse
# modulo 2**64 and a word's hash can be cut out of the text's prefix sums.
_POLY = 0x100000001B3
# Code points up to here are letters or digits when str.isalnum says so; those above (CJK and
# the rest) all count as letters. Punctuation, underscores and spaces separate words.
_TABLE_SIZE = 0x3000


def _splitmix64(seed: int) -> Iterator[int]:
    """A fixed stream of 64-bit numbers (Steele, Lea and Flood's SplitMix64)."""
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & _M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
        yield z ^ (z >> 31)


def _mix(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64's finaliser on every value: a bijection that spreads every bit over all."""
    values = values ^ (values >> np.uint64(30))
    values *= np.uint64(0xBF58476D1CE4E5B9)
    values ^= values >> np.uint64(27)
    values *= np.uint64(0x94D049BB133111EB)
    values ^= values >> np.uint64(31)
    return values


_stream = _splitmix64(0x6C61756E63687761)  # "launchwa"
# Permutation i maps a shingle hash x to (A[i] * x + B[i]) mod 2**64 and keeps the top 32 bits
# (multiply-add-shift hashing); the min-hash is the smallest image over the text's shingles.
_A = np.array([next(_stream) | 1 for _ in range(NUM_PERM)], dtype=np.uint64)[:, None]
_B = np.array([next(_stream) for _ in range(NUM_PERM)], dtype=np.uint64)[:, None]
# One odd weight per position in the shingle, so "a b c d e" and "e d c b a" differ.
_WEIGHTS = np.array([next(_stream) | 1 for _ in range(SHINGLE)], dtype=np.uint64)
del _stream

_BAND_SALTS = [band.to_bytes(16, "little") for band in range(BANDS)]
_IS_WORD = np.array([chr(c).isalnum() for c in range(_TABLE_SIZE)] + [True], dtype=np.bool_)


def _power_tables(length: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """_POLY**(i+1) and _POLY**-(i+1) modulo 2**64 for i < length (or more)."""
    global _POWERS, _INVERSES
    if length <= len(_POWERS):
        return _POWERS, _INVERSES
    size = 1 << (length - 1).bit_length()
    powers = np.cumprod(np.full(size, _POLY, dtype=np.uint64), dtype=np.uint64)
    inverses = np.cumprod(np.full(size, _INVERSE, dtype=np.uint64), dtype=np.uint64)
    if size <= _KEEP_TABLES:  # a huge text gets tables of its own, not kept
        _POWERS, _INVERSES = powers, inverses
    return powers, inverses


_INVERSE = pow(_POLY, -1, 1 << 64)
_KEEP_TABLES = 1 << 16  # characters: far more than any article
_POWERS = _INVERSES = np.empty(0, dtype=np.uint64)
_power_tables(1 << 14)


def _word_hashes(text: str) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per word of `text`, after NFKC and lower-casing, in text order."""
    low = unicodedata.normalize("NFKC", text).lower()
    codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32)
    is_word = _IS_WORD[np.minimum(codes, _TABLE_SIZE)]
    edges = np.flatnonzero(np.diff(is_word, prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]
    powers, inverses = _power_tables(len(codes))
    # prefix[i] = sum of codes[j] * _POLY**(j+1) for j < i; a word's slice of it, scaled back by
    # the inverse power of its start, is the same number wherever the word stands.
    prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
    np.cumsum(codes * powers[: len(codes)], out=prefix[1:])
    return _mix((prefix[ends] - prefix[starts]) * inverses[starts])


def _shingle_hashes(words: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """One hash per run of SHINGLE words; a shorter text is one shingle of all its words."""
    count = len(words) - SHINGLE + 1
    if count < 1:
        return _mix((words * _WEIGHTS[: len(words)]).sum(keepdims=True, dtype=np.uint64))
    combined = words[:count] * _WEIGHTS[0]
    for offset in range(1, SHINGLE):
        combined += words[offset : offset + count] * _WEIGHTS[offset]
    return _mix(combined)


def signature(text: str) -> Signature:
    """The MinHash signature of `text`'s word 5-shingles: NUM_PERM uint32 values.

    Words are runs of letters and digits, lower-cased and NFKC-normalised, so punctuation,
    case and spacing do not count. A text without a word gets the empty signature (every value
    0xFFFFFFFF), which is similar to nothing, itself included, and has no band keys.
    """
    words = _word_hashes(text)
    if len(words) == 0:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    shingles = _shingle_hashes(words)
    # in blocks, so that a book-length text does not need a NUM_PERM x shingles matrix at once
    lowest = np.minimum.reduce(
        [_lowest_images(shingles[i : i + _BLOCK]) for i in range(0, len(shingles), _BLOCK)]
    )
    return (lowest >> np.uint64(32)).astype(np.uint32)


_BLOCK = 4096  # shingles per block: a long article is one


def _lowest_images(shingles: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The smallest image of `shingles` under each permutation."""
    images = _A * shingles
    images += _B
    return images.min(axis=1)


def _is_empty(sig: Signature) -> bool:
    return bool((sig == _EMPTY).all())


def _check(sig: Signature) -> None:
    if sig.shape != (NUM_PERM,):
        raise UsageError(f"a signature has {NUM_PERM} values, not shape {sig.shape}")


def to_bytes(sig: Signature) -> bytes:
    """The signature as 4 * NUM_PERM bytes (little-endian uint32), for storage."""
    _check(sig)
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    """The signature `to_bytes` stored; UsageError when `data` is not 4 * NUM_PERM bytes long."""
    if len(data) != 4 * NUM_PERM:
        raise UsageError(f"a stored signature is {4 * NUM_PERM} bytes, not {len(data)}")
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def band_keys(sig: Signature) -> list[int]:
    """One key per band (BANDS keys), each a signed 64-bit integer (SQL BIGINT).

    Texts whose keys are equal in the same band are candidates. The band number is hashed in,
    so a key is unique even in an index on the key alone. The empty signature has no keys.
    """
    if _is_empty(sig):
        return []
    data = memoryview(to_bytes(sig))
    width = 4 * ROWS
    return [
        int.from_bytes(
            hashlib.blake2b(
                data[band * width : (band + 1) * width], digest_size=8, salt=salt
            ).digest(),
            "little",
            signed=True,
        )
        for band, salt in enumerate(_BAND_SALTS)
    ]


def similarity(a: Signature, b: Signature) -> float:
    """The estimated Jaccard similarity of the two texts' shingle sets, in [0, 1].

    0.0 when either text had no words.
    """
    _check(a)
    _check(b)
    if _is_empty(a) or _is_empty(b):
        return 0.0
    return int(np.count_nonzero(a == b)) / NUM_PERM


def similarities(a: Signature, stored: Sequence[bytes]) -> npt.NDArray[np.float64]:
    """`similarity` of `a` to each signature in `stored` (as `to_bytes` wrote them), at once."""
    _check(a)
    if not stored:
        return np.zeros(0)
    if any(len(data) != 4 * NUM_PERM for data in stored):
        raise UsageError(f"a stored signature is {4 * NUM_PERM} bytes long")
    matrix = np.frombuffer(b"".join(stored), dtype="<u4").reshape(len(stored), NUM_PERM)
    if _is_empty(a):
        return np.zeros(len(stored))
    out: npt.NDArray[np.float64] = np.count_nonzero(matrix == a, axis=1) / NUM_PERM
    out[(matrix == _EMPTY).all(axis=1)] = 0.0
    return out


def is_near_duplicate(a: Signature, b: Signature) -> bool:
    """Whether the two texts are copies of one story: similarity at least THRESHOLD."""
    return similarity(a, b) >= THRESHOLD
