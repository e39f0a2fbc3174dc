"""Distances, durations, counts and ordinals: values, spans, qualifiers, roles, offsets.

Every sentence here is made up for the test; the devset check at the end skips without it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from launchwatch.extract.numbers import NUMBER_WORDS
from launchwatch.extract.quantities import (
    CountMention,
    Quantity,
    find_counts,
    find_ordinals,
    find_quantities,
)

DEVSET = Path("/work/shared/devset")


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def figure(text: str, q: Quantity) -> str:
    return text[q.start : q.end]


# ---------------------------------------------------------------------------------------------
# Distances: forms, units, values


@pytest.mark.parametrize(
    ("text", "shown", "value", "qualifier"),
    [
        ("The rocket went 600 km east.", "600 km", 600, None),
        ("The rocket went 600km east.", "600km", 600, None),
        ("It tested a 600-kilometer missile.", "600-kilometer", 600, None),
        ("It crossed 1,000 kilometres of sea.", "1,000 kilometres", 1000, None),
        ("Its peak was 6,648.4 km up.", "6,648.4 km", 6648.4, None),
        ("A km-long trail: 12 km-long.", "12 km", 12, None),
        ("Some 550 kilometres were covered.", "550 kilometres", 550, "about"),
        ("It went roughly 600 kilometers.", "600 kilometers", 600, "about"),
        ("It went approximately 420 km.", "420 km", 420, "about"),
        ("It went close to 4,200 miles.", "4,200 miles", 6757.8, "nearly"),
        ("It went at least 500 km.", "500 km", 500, "at least"),
        ("It went more than 3,600 miles.", "3,600 miles", 5792.4, "more than"),
        ("It went over 50 km.", "50 km", 50, "more than"),
        ("It went nearly 7,000 kilometers.", "7,000 kilometers", 7000, "nearly"),
        ("It went up to 900 km.", "900 km", 900, "up to"),
        ("It went 101-point-one kilometers.", "101-point-one kilometers", 101.1, None),
        ("It went one-thousand kilometers.", "one-thousand kilometers", 1000, None),
        ("It went about a thousand kilometres.", "a thousand kilometres", 1000, "about"),
        ("It went four kilometers.", "four kilometers", 4, None),
        ("It went 20 nautical miles.", "20 nautical miles", 37.04, None),
        ("It went 250 mi.", "250 mi", 402.25, None),
        ("It burst 800 meters up.", "800 meters", 0.8, None),
        ("It burst 450m up.", "450m", 0.45, None),
        ("It climbed 10,000 feet.", "10,000 feet", 3.048, None),
    ],
)
def test_distance_forms(text: str, shown: str, value: float, qualifier: str | None) -> None:
    q = one(text)
    assert (q.kind, figure(text, q), q.qualifier, q.span) == ("distance", shown, qualifier, None)
    assert q.value == pytest.approx(value)


def test_a_mile_is_1609_metres_exactly_as_the_contract_says() -> None:
    assert one("It went 1 mile.").value == 1.609
    assert one("It went 620 miles.").value == pytest.approx(997.58)


@pytest.mark.parametrize(
    ("text", "shown", "span"),
    [
        ("They went 300-350 kilometers.", "300-350 kilometers", (300, 350)),
        ("They went 300–350 km.", "300–350 km", (300, 350)),
        ("They went 300 to 350 km.", "300 to 350 km", (300, 350)),
        ("They went between 50 and 60 km.", "50 and 60 km", (50, 60)),
        ("They went between 50 km and 60 km.", "50 km and 60 km", (50, 60)),
        ("They went 300 km to 350 km.", "300 km to 350 km", (300, 350)),
        ("They went 200-250 miles.", "200-250 miles", (321.8, 402.25)),
    ],
)
def test_stated_intervals_give_span_and_midpoint(
    text: str, shown: str, span: tuple[float, float]
) -> None:
    q = one(text)
    assert figure(text, q) == shown
    assert q.span == pytest.approx(span)
    assert q.value == pytest.approx(sum(span) / 2)


def test_and_without_between_joins_nothing() -> None:
    found = find_quantities("It went 500 km and then 600 km more.")
    assert [q.value for q in found] == [500, 600]


@pytest.mark.parametrize(
    ("text", "shown", "value"),
    [
        ("It flew about 1,000 km (620 miles) east.", "1,000 km", 1000),
        ("It flew 354 miles (570 kilometers) east.", "354 miles", 569.586),
        ("It flew 400 km (about 250 mi) east.", "400 km", 400),
        ("It flew 300-350 kilometres (186-217 miles).", "300-350 kilometres", 325),
        ("It flew 1,000 km, or 620 miles, east.", "1,000 km", 1000),
    ],
)
def test_a_conversion_after_a_figure_is_the_same_figure(
    text: str, shown: str, value: float
) -> None:
    q = one(text)
    assert figure(text, q) == shown
    assert q.value == pytest.approx(value)


def test_an_or_between_two_metric_figures_is_two_figures() -> None:
    assert [q.value for q in find_quantities("It flew 500 km, or 600 km by another count.")] == [
        500,
        600,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Launch came at 3:30 a.m. and 3:46 a.m. local time.",
        "The 74-year-old leader watched.",
        "It reached 5,000 km/h at burnout.",
        "It reached 20,000 kilometers per hour.",
        "It travelled at 7 km an hour.",
        "A zone of 1,000 square kilometers was closed.",
        "The deal was worth $5m to the firm.",
        "A second missile followed.",
        "The Hwasong-17 missile was shown on 2023-02-08.",
        "Several hundred kilometres of coast were watched.",
        "It weighs 50 kg and carries a 100-kilogram payload.",
        "Hours later, officials met for minutes.",
        "",
    ],
)
def test_things_that_are_not_distances_or_durations(text: str) -> None:
    assert find_quantities(text) == []


# ---------------------------------------------------------------------------------------------
# Durations


@pytest.mark.parametrize(
    ("text", "shown", "value", "qualifier"),
    [
        ("It stayed aloft 74 minutes.", "74 minutes", 74, None),
        ("It stayed aloft 4,491 seconds.", "4,491 seconds", 74.85, None),
        ("It stayed aloft an hour and 14 minutes.", "an hour and 14 minutes", 74, None),
        ("It stayed aloft 1 hour 14 minutes.", "1 hour 14 minutes", 74, None),
        ("It stayed aloft 1 hour, 14 minutes.", "1 hour, 14 minutes", 74, None),
        ("It was a 71-minute flight.", "71-minute", 71, None),
        ("It stayed aloft about 30 minutes.", "30 minutes", 30, "about"),
        ("It stayed aloft half an hour.", "half an hour", 30, None),
        ("It stayed aloft an hour and a half.", "an hour and a half", 90, None),
        ("It stayed aloft 12 min.", "12 min", 12, None),
        ("It stayed aloft ninety seconds.", "ninety seconds", 1.5, None),
    ],
)
def test_duration_forms_in_minutes(
    text: str, shown: str, value: float, qualifier: str | None
) -> None:
    q = one(text)
    assert (q.kind, figure(text, q), q.qualifier) == ("duration", shown, qualifier)
    assert q.value == pytest.approx(value)


def test_flight_role_for_durations() -> None:
    assert one("The missile flew for 33 minutes.").role == "flight"
    assert one("It lasted 33 minutes before splashing down at sea.").role == "flight"
    assert one("Debris was seen two minutes after the launch.").role is None


# ---------------------------------------------------------------------------------------------
# Roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The missile reached a maximum altitude of 870 km.", "apogee"),
        ("It rose to about 2,100 kilometres.", "apogee"),
        ("The rocket soared 1,500 km into space.", "apogee"),
        ("The projectile flew as high as 90 km.", "apogee"),
        ("It climbed to a peak height of 60 kilometers.", "apogee"),
        ("It reached an apogee of 300 km.", "apogee"),
        ("Officials said it reached about 40km in altitude.", "apogee"),
        ("The missile flew 380 km.", "range"),
        ("The missiles traveled some 410 kilometres.", "range"),
        ("It travelled a distance of 250-300 km.", "range"),
        ("It flew for a distance of 640 km.", "range"),
        ("It crashed after a flight of 45 km.", "range"),
        ("It covered 800 kilometers.", "range"),
        ("It went 300 km before landing off the coast.", "range"),
        ("The missile is capable of striking targets 1,800 km away.", "capability"),
        ("The weapon has a range of 5,500 kilometers.", "capability"),
        ("A missile with a range of 3,000 km was shown.", "capability"),
        ("Its maximum range is put at 12,000 km.", "capability"),
        ("The rocket can reach 4,000 kilometres.", "capability"),
        ("Such a weapon could hit cities 2,000 miles off.", "capability"),
        ("It is designed to fly 1,300 km.", "capability"),
        ("The estimated range of the type is 2,500 km.", "capability"),
        ("A 1,000-km-range missile was tested.", "capability"),
        ("The satellite entered an orbit 520 km above the Earth.", "orbit"),
        ("It went into orbit at an altitude of 510 kilometers.", "orbit"),
        ("It was placed in a 600-km orbit.", "orbit"),
        ("The probe circled in a 300 km orbital path.", "orbit"),
        ("It landed 200 km off the coast of Hokkaido.", "target"),
        ("The target island lay 90 km away.", "target"),
        ("The rocket fell 150 km east of the Noto Peninsula.", "target"),
        ("Splashdown was 350 km northeast of the city.", "target"),
        ("The port is 240 kilometres southeast of the capital.", "target"),
        ("The warhead exploded 600 meters above the target.", "airburst"),
        ("It was set to detonate at 500 metres.", "airburst"),
        ("A burst at 1,200 feet was simulated.", "airburst"),
        ("The mock warhead went off 700 metres over the range.", "airburst"),
        ("The warhead rose to 900 meters and went off.", "airburst"),
        ("The quake had a depth of just 1km.", "depth"),
        ("The device sat 800 meters underground.", "depth"),
        ("The trial lasted 12 km of paperwork.", None),
        ("Officials reported a 40 km figure.", None),
    ],
)
def test_roles_from_nearby_cue_words(text: str, role: str | None) -> None:
    assert one(text).role == role


def test_nearest_cue_wins_for_each_of_two_figures() -> None:
    text = "It rose to a maximum altitude of about 580 km as it flew 310 km."
    apogee, flown = find_quantities(text)
    assert (apogee.value, apogee.role, flown.value, flown.role) == (580, "apogee", 310, "range")


def test_apogee_and_range_each_get_their_own_cue_across_a_conversion() -> None:
    text = (
        "The missile flew around 990 kilometres (615 miles) at a maximum height of 5,900 "
        "kilometres (3,666 miles) before landing."
    )
    flown, height = find_quantities(text)
    assert (flown.value, flown.role) == (990, "range")
    assert (height.value, height.role) == (5900, "apogee")


def test_spelled_apogee_next_to_a_comma_keeps_its_own_cue() -> None:
    text = (
        "It reached a primary altitude of 88-point-two kilometers and a secondary altitude of "
        "61-point-five kilometers, flying six-hundred kilometers before splashdown."
    )
    roles = [(q.value, q.role) for q in find_quantities(text)]
    assert roles == [(88.2, "apogee"), (61.5, "apogee"), (600, "range")]


def test_travel_verb_beats_a_direction_after_the_figure() -> None:
    q = one("The ICBM traveled close to 4,100 miles southwest of the base.")
    assert (q.role, q.qualifier) == ("range", "nearly")


def test_cues_do_not_cross_a_sentence_end() -> None:
    text = "The missile flew east. Seoul lies 50 km from the border."
    assert one(text).role == "target"
    assert one("Officials met at 10 a.m. The missile flew 420 km.").role == "range"


# ---------------------------------------------------------------------------------------------
# Offsets and bounds


def test_bounds_limit_the_search_and_offsets_stay_absolute() -> None:
    text = "Noise. The missile flew 380 km. More noise: 120 km away."
    start = text.index("The")
    end = text.index(" More")
    found = find_quantities(text, start, end)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "380 km"


# ---------------------------------------------------------------------------------------------
# Counts


def count(text: str) -> CountMention:
    found = find_counts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "shown", "n", "qualifier", "noun"),
    [
        ("Pyongyang fired two ballistic missiles.", "two ballistic missiles", 2, None, "missiles"),
        ("The army fired 18 rockets at dawn.", "18 rockets", 18, None, "rockets"),
        ("It launched a missile into the sea.", "a missile", 1, None, "missile"),
        ("It launched an ICBM.", "an ICBM", 1, None, "ICBM"),
        ("It launched one cruise missile.", "one cruise missile", 1, None, "missile"),
        ("It fired three ICBMs.", "three ICBMs", 3, None, "ICBMs"),
        ("It fired a pair of missiles.", "a pair of missiles", 2, None, "missiles"),
        ("It fired a barrage of rockets.", "a barrage of rockets", None, "multiple", "rockets"),
        ("It fired a volley of projectiles.", "a volley of projectiles", None, "multiple",
         "projectiles"),
        ("It fired a salvo of cruise missiles.", "a salvo of cruise missiles", None, "multiple",
         "missiles"),
        ("It fired a series of SRBMs.", "a series of SRBMs", None, "multiple", "SRBMs"),
        ("It fired multiple short-range missiles.", "multiple short-range missiles", None,
         "multiple", "missiles"),
        ("It fired several projectiles.", "several projectiles", None, "multiple", "projectiles"),
        ("It fired a number of rockets.", "a number of rockets", None, "multiple", "rockets"),
        ("It fired at least seven missiles.", "at least seven missiles", 7, "at least",
         "missiles"),
        ("It fired more than 10 missiles.", "more than 10 missiles", 10, "at least", "missiles"),
        ("It fired over 10 missiles.", "over 10 missiles", 10, "at least", "missiles"),
        ("It fired about ten missiles.", "about ten missiles", 10, "about", "missiles"),
        ("It fired around ten rockets.", "around ten rockets", 10, "about", "rockets"),
        ("It fired some 10 rockets.", "some 10 rockets", 10, "about", "rockets"),
        ("It fired up to 20 rockets.", "up to 20 rockets", 20, "about", "rockets"),
        ("It fired a dozen rockets.", "a dozen rockets", 12, None, "rockets"),
        ("It fired at least one ballistic missile.", "at least one ballistic missile", 1,
         "at least", "missile"),
        ("Both missiles fell short.", "Both missiles", 2, None, "missiles"),
        ("It fired ten suspected short-range ballistic missiles.",
         "ten suspected short-range ballistic missiles", 10, None, "missiles"),
        ("It fired four unidentified projectiles.", "four unidentified projectiles", 4, None,
         "projectiles"),
        ("It fired several short- to medium-range missiles.",
         "several short- to medium-range missiles", None, "multiple", "missiles"),
        ("It has held 62 rounds of ballistic missile tests.", "62 rounds", 62, None, "rounds"),
        ("It fired 2 shots.", "2 shots", 2, None, "shots"),
    ],
)  # fmt: skip
def test_count_forms(
    text: str, shown: str, n: int | None, qualifier: str | None, noun: str
) -> None:
    c = count(text)
    assert (text[c.start : c.end], c.count, c.qualifier, c.noun) == (shown, n, qualifier, noun)


def test_three_missiles_including_one_is_one_count_of_three() -> None:
    found = find_counts("It fired three missiles, including one thought to be new.")
    assert [(c.count, c.noun) for c in found] == [(3, "missiles")]


@pytest.mark.parametrize(
    "text",
    [
        "One of the missiles fell near the coast.",
        "At least one of the missiles broke up.",
        "The second missile failed.",
        "A fifth rocket is planned.",
        "The No. 2 missile was kept in reserve.",
        "It staged a missile launch.",
        "It showed multiple rocket launchers.",
        "They held two rounds of talks.",
        "The 2017 missiles were older.",
        "On July 24 missiles were fired.",
        "The missile flew far.",
        "Hwasong-17 missiles were shown.",
        "A senior official said missiles were fired.",
        "It carries a ballistic missile submarine escort.",
        "",
    ],
)
def test_things_that_are_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_one_phrase_gives_one_count() -> None:
    found = find_counts("A Trident missile shot off course.")
    assert [(c.count, c.noun) for c in found] == [(1, "missile")]


def test_counts_respect_bounds() -> None:
    text = "It fired two missiles. Later it fired three rockets."
    start = text.index("Later")
    found = find_counts(text, start)
    assert [(c.count, text[c.start : c.end]) for c in found] == [(3, "three rockets")]


# ---------------------------------------------------------------------------------------------
# Ordinals


@pytest.mark.parametrize(
    ("text", "n", "noun", "shown"),
    [
        ("It was the eighth launch this year.", 8, "launch", "eighth launch"),
        ("It marks the fifth cruise missile launch.", 5, "launch", "fifth cruise missile launch"),
        ("It was the 8th launch this year.", 8, "launch", "8th launch"),
        ("It was the twenty-first test.", 21, "test", "twenty-first test"),
        ("It was the third nuclear test.", 3, "test", "third nuclear test"),
        ("The first-ever ICBM test came later.", 1, "test", "first-ever ICBM test"),
        ("For the second time in weeks, it failed.", 2, "time", "second time"),
    ],
)
def test_ordinals_before_launch_nouns(text: str, n: int, noun: str, shown: str) -> None:
    [(start, end, value, head)] = find_ordinals(text)
    assert (value, head, text[start:end]) == (n, noun, shown)


@pytest.mark.parametrize(
    "text",
    [
        "It failed during first-stage flight.",
        "The May 7th launch was delayed.",
        "He came first in the race.",
        "A second stage separated.",
        "",
    ],
)
def test_things_that_are_not_ordinal_claims(text: str) -> None:
    assert find_ordinals(text) == []


# ---------------------------------------------------------------------------------------------
# Invariants (Hypothesis)

_WORDS = [
    "the", "missile", "flew", "about", "km", "kilometres", "miles", "minutes", "seconds", "an",
    "hour", "altitude", "of", "(", ")", "two", "ten", "at", "least", "-", "between", "and",
    "1,000", "300", "350", "6,648.4", "4,491", "a", "barrage", "rockets", "missiles", "eighth",
    "launch", "101-point-one", "to", ",", ".", "over", "some", "one", "orbit", "away", "\n",
]  # fmt: skip
_SENTENCES = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)
_ANY_TEXT = st.one_of(st.text(max_size=200), _SENTENCES)
_NUMBERISH = re.compile(
    r"[0-9]|\b(?:" + "|".join(NUMBER_WORDS) + r"|an?|half)\b", re.IGNORECASE
)  # fmt: skip


def test_a_number_after_a_month_name_and_a_line_break_is_a_day() -> None:
    assert find_counts("It fired 3 missiles in March.")[0].count == 3
    assert find_counts("North Korea fired missiles in March \n3 missiles flew.") == []


@given(_ANY_TEXT)
def test_quantities_slice_to_a_number_and_keep_value_in_span(text: str) -> None:
    last = -1
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last
        last = q.end
        assert _NUMBERISH.search(text[q.start : q.end])
        assert q.kind in ("distance", "duration")
        if q.span is not None:
            assert q.span[0] <= q.value <= q.span[1]


@given(_ANY_TEXT)
def test_counts_slice_to_their_noun(text: str) -> None:
    for c in find_counts(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end].endswith(c.noun)
        assert (c.count is None) == (c.qualifier == "multiple")


@given(_ANY_TEXT)
def test_ordinals_slice_to_their_noun(text: str) -> None:
    for start, end, n, noun in find_ordinals(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].endswith(noun) and n >= 1


@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from([("km", 1.0), ("kilometers", 1.0), ("miles", 1.609), ("minutes", 1.0)]),
)
def test_any_figure_and_unit_reads_back(n: int, unit: tuple[str, float]) -> None:
    text = f"Officials said it flew {n:,} {unit[0]} in the test."
    q = one(text)
    assert q.value == pytest.approx(n * unit[1])
    assert text[q.start : q.end] == f"{n:,} {unit[0]}"


# ---------------------------------------------------------------------------------------------
# Devset (skipped when /work/shared is absent)


def test_devset_gold_figures_are_the_first_with_their_role() -> None:
    """The first figure with the role the gold field needs agrees with the gold value."""
    if not DEVSET.exists():
        pytest.skip("devset not available")
    texts: dict[str, str] = {}
    scored = agreed = 0
    for name in ("seeds", "real"):
        for line in (DEVSET / f"{name}.articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record.get("text") or ""
        for line in (DEVSET / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            event = gold["main_event"]
            if not event:
                continue
            found = find_quantities(texts[gold["id"]])
            for field, role in (("range_km", "range"), ("apogee_km", "apogee"),
                                ("flight_time_min", "flight")):  # fmt: skip
                first = next((q.value for q in found if q.role == role), None)
                expected = event.get(field)
                if expected is None and first is None:
                    continue
                scored += 1
                if expected is not None and first is not None:
                    agreed += abs(first - expected) <= 0.1 * expected
    # Two known misses: a background figure earlier in one article, and a distance to a target
    # island that the gold counts as flown.
    assert scored >= 30
    assert agreed >= scored - 2


def test_a_figure_listed_after_another_has_its_role() -> None:
    text = "The two missiles flew roughly 380 km and 240 km at altitudes of about 40 km."
    assert [(q.value, q.role) for q in find_quantities(text)] == [
        (380, "range"),
        (240, "range"),
        (40, "apogee"),
    ]


def test_a_number_before_more_counts_the_launch() -> None:
    (count,) = find_counts("Hours later it fired four more short-range missiles.")
    assert (count.count, count.qualifier) == (4, None)
