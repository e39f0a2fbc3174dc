"""Near-duplicate signatures: syndicated copies found, separate reports kept apart, keys stable."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from launchwatch.errors import UsageError
from launchwatch.merge import neardup
from launchwatch.merge.neardup import (
    BANDS,
    NUM_PERM,
    ROWS,
    SCHEME,
    THRESHOLD,
    band_keys,
    from_bytes,
    is_near_duplicate,
    signature,
    similarity,
    to_bytes,
)

LEDE = (
    "SEOUL, March 14 (Peninsula Wire) -- North Korea fired two short-range ballistic missiles "
    "into the sea off its east coast on Thursday morning, South Korea's Joint Chiefs of Staff "
    "said, its third weapons test this month."
)
BODY = [
    "The missiles were launched from the Sunan area of Pyongyang at around 7:10 a.m. and flew "
    "about 600 km at an apogee of some 50 km before splashing down in the East Sea, the JCS said "
    "in a text message to reporters.",
    "South Korean and U.S. intelligence authorities were analysing the exact specifications of "
    "the missiles, and the military had stepped up surveillance in close coordination with "
    "Washington, it added.",
    "Japan's Defense Ministry said the missiles appeared to have landed outside the country's "
    "exclusive economic zone and that no damage to ships or aircraft had been reported.",
    "The launch came a day after the United States and South Korea wrapped up an eleven-day "
    "springtime exercise that Pyongyang calls a rehearsal for invasion.",
    "North Korea's state media did not immediately report the test, which analysts said was "
    "probably meant to show that its short-range arsenal can strike air bases in the South.",
    "Seoul's National Security Council held an emergency meeting and condemned the launch as "
    "a clear violation of United Nations Security Council resolutions that bar the North from "
    "any use of ballistic missile technology.",
    "Earlier this month the North fired a solid-fuel intermediate-range missile tipped with "
    "what it called a hypersonic glide vehicle, which flew about 1,000 km before landing in the "
    "sea between the Korean peninsula and Japan.",
    "Pyongyang has stepped up its testing since the collapse of nuclear talks with Washington, "
    "and officials in Seoul have warned that it may be preparing a seventh nuclear test.",
]
ORIGINAL = "\n".join([LEDE, *BODY])
# Another outlet's copy: its own lede wording and date line, the fifth paragraph cut for length.
COPY = "\n".join(
    [
        "SEOUL (Harbour Times) -- North Korea launched two short-range ballistic missiles into the "
        "sea off its east coast on Thursday morning, South Korea's Joint Chiefs of Staff said, "
        "in what was its third weapons test this month.",
        *BODY[:4],
        *BODY[5:],
    ]
)
# The same launch told by a Tokyo reporter in his own words.
RETOLD = "\n".join(
    [
        "TOKYO -- Two ballistic missiles fired by North Korea on Thursday fell into waters outside "
        "Japan's exclusive economic zone, the Defense Ministry in Tokyo said, urging ships in the "
        "area to stay alert for falling objects.",
        "Defense Minister officials told a briefing that the projectiles reached a maximum "
        "altitude of roughly 50 kilometres and travelled some 350 miles on an irregular "
        "trajectory, a sign that they may have been a manoeuvrable type.",
        "Prime Minister's office staff gathered information with allies and confirmed that no "
        "Japanese vessels or planes had been hit.",
        "Tokyo lodged a protest through its embassy in Beijing, the usual channel for complaints "
        "to Pyongyang, calling the firing a threat to peace and stability in the region.",
        "According to Seoul, the weapons were launched from near the capital shortly after 7 a.m. "
        "It was the North's third round of weapons testing since the start of the month.",
        "Japan and South Korea have agreed to share missile warning data in real time with the "
        "United States, a system that officials say tracked Thursday's launch from lift-off.",
    ]
)


def test_a_syndicated_copy_is_a_near_duplicate_and_shares_a_band() -> None:
    original, copy = signature(ORIGINAL), signature(COPY)
    assert similarity(original, copy) >= THRESHOLD
    assert is_near_duplicate(original, copy) and is_near_duplicate(copy, original)
    assert set(band_keys(original)) & set(band_keys(copy))


def test_two_reports_of_one_launch_written_apart_are_not() -> None:
    original, retold = signature(ORIGINAL), signature(RETOLD)
    assert similarity(original, retold) < 0.2
    assert not is_near_duplicate(original, retold)


def test_case_punctuation_and_spacing_do_not_count() -> None:
    plain = "north korea fired two short range ballistic missiles on thursday the jcs said"
    noisy = "North Korea fired two short-range ballistic missiles on Thursday, the JCS said."
    assert np.array_equal(signature(plain), signature("  " + noisy.replace(" ", "\n  ")))
    assert np.array_equal(signature(plain), signature(noisy))
    assert similarity(signature(plain), signature(plain.replace("two", "three"))) < 1.0


def test_texts_shorter_than_a_shingle_are_one_shingle() -> None:
    assert similarity(signature("Missile launched."), signature("missile, launched")) == 1.0
    assert similarity(signature("Missile launched."), signature("Rocket launched.")) == 0.0
    assert len(band_keys(signature("launch"))) == BANDS


def test_an_empty_text_matches_nothing() -> None:
    empty = signature(" -- ... \n")
    assert len(empty) == NUM_PERM
    assert band_keys(empty) == []
    assert similarity(empty, signature("")) == 0.0
    assert similarity(empty, signature(ORIGINAL)) == 0.0
    assert not is_near_duplicate(empty, empty)


def test_a_long_text_is_hashed_in_blocks_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = "\n".join(f"{ORIGINAL} (part {i})" for i in range(60))  # ~15,000 shingles
    in_blocks = signature(book)
    monkeypatch.setattr(neardup, "_BLOCK", 10**9)
    assert np.array_equal(signature(book), in_blocks)
    assert similarity(in_blocks, signature(ORIGINAL)) < THRESHOLD


def test_band_keys_are_signed_64_bit_integers() -> None:
    assert BANDS * ROWS == NUM_PERM
    keys = band_keys(signature(ORIGINAL))
    assert len(keys) == BANDS
    assert all(isinstance(k, int) and -(2**63) <= k < 2**63 for k in keys)
    assert len(set(keys)) == BANDS


def test_bytes_round_trip() -> None:
    sig = signature(ORIGINAL)
    data = to_bytes(sig)
    assert isinstance(data, bytes) and len(data) == 4 * NUM_PERM
    back = from_bytes(data)
    assert back.dtype == np.uint32 and np.array_equal(back, sig)
    assert band_keys(back) == band_keys(sig)
    with pytest.raises(UsageError, match="512 bytes"):
        from_bytes(data[:-4])


def test_keys_are_the_same_in_another_process() -> None:
    code = (
        "import sys\n"
        "from launchwatch.merge.neardup import band_keys, signature, to_bytes\n"
        "sig = signature(sys.stdin.read())\n"
        "print(to_bytes(sig).hex())\n"
        "print(' '.join(map(str, band_keys(sig))))\n"
    )
    # A different hash seed: any use of Python's randomised hash() would show.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=ORIGINAL,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    sig_hex, keys = result.stdout.splitlines()
    sig = signature(ORIGINAL)
    assert sig_hex == to_bytes(sig).hex()
    assert [int(k) for k in keys.split()] == band_keys(sig)


def test_the_scheme_is_pinned() -> None:
    # Stored keys outlive the code: if this fails because the hashing was changed on purpose,
    # bump SCHEME (stored keys must then be recomputed) and pin the new values.
    assert SCHEME == "minhash-v1:w5:p128:b32x4"
    keys = band_keys(signature("North Korea fired a ballistic missile on Tuesday."))
    assert keys[:2] == [4055264522616743436, -5236370676618040509]


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéñßŏ0123456789", min_size=1, max_size=8)
separators = st.text(alphabet=" \n,.;:-–()'\"", min_size=1, max_size=3)
texts = st.lists(st.tuples(words, separators), min_size=1, max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@given(texts)
def test_a_text_is_identical_to_itself(text: str) -> None:
    assert similarity(signature(text), signature(text)) == 1.0


@given(st.text(max_size=300))
def test_any_text_is_identical_to_itself_unless_it_has_no_words(text: str) -> None:
    sig = signature(text)
    assert similarity(sig, signature(text)) == (1.0 if band_keys(sig) else 0.0)


@given(st.text(max_size=300), st.text(max_size=300))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    sig_a, sig_b = signature(a), signature(b)
    assert similarity(sig_a, sig_b) == similarity(sig_b, sig_a)
    assert 0.0 <= similarity(sig_a, sig_b) <= 1.0


@given(st.text(max_size=200), st.lists(st.text(max_size=200), max_size=5))
def test_similarities_at_once_are_the_similarities_one_by_one(a: str, others: list[str]) -> None:
    sig = signature(a)
    stored = [signature(text) for text in [*others, ""]]  # one without a word
    at_once = neardup.similarities(sig, [to_bytes(s) for s in stored]).tolist()
    assert at_once == [similarity(sig, s) for s in stored]


def test_similarities_refuse_a_stored_signature_of_the_wrong_size() -> None:
    assert neardup.similarities(signature(LEDE), []).tolist() == []
    with pytest.raises(UsageError):
        neardup.similarities(signature(LEDE), [b"\0" * 12])
