"""Fusion: independent sources vote, officials outweigh paraphrase, specifics beat vagueness."""

from __future__ import annotations

from launchwatch.merge.fusion import Claim, apply_corrections, fuse


def claim(
    field: str,
    value: object,
    article: str,
    *,
    source: str | None = None,
    official: bool = True,
    role: str = "report",
) -> Claim:
    return Claim(field, value, article, source or article, official, role)


def test_copies_share_one_vote() -> None:
    claims = [
        claim("count", 2, "a"),
        claim("count", 3, "b"),
        claim("count", 3, "b2", source="b"),  # syndicated copy of b
        claim("count", 2, "c"),
    ]
    assert fuse(claims).fields["count"] == 2


def test_official_outweighs_a_news_agency_paraphrase() -> None:
    claims = [claim("landing", "Japan EEZ", "a"), claim("landing", "East Sea", "b", official=False)]
    assert fuse(claims).fields["landing"] == "Japan EEZ"


def test_specific_class_beats_ballistic() -> None:
    claims = [claim("missile_class", "ballistic", x) for x in "abc"] + [
        claim("missile_class", "SRBM", "d")
    ]
    fused = fuse(claims)
    assert fused.fields["missile_class"] == "SRBM"
    assert not fused.conflicts


def test_figure_beats_none_and_close_figures_agree() -> None:
    claims = [claim("apogee_km", 50, "a"), claim("apogee_km", 52, "b"), claim("count", 1, "c")]
    fused = fuse(claims)
    assert fused.fields["apogee_km"] in (50, 52)
    assert fused.fields["range_km"] is None
    assert not fused.conflicts


def test_disagreement_beyond_ten_percent_is_a_conflict_with_both_sides() -> None:
    claims = [
        claim("range_km", 600, "a"),
        claim("range_km", 600, "b"),
        claim("range_km", 800, "c"),
        claim("missile_class", "SRBM", "a"),
        claim("missile_class", "cruise", "c"),
    ]
    fused = fuse(claims)
    assert fused.fields["range_km"] == 600
    by_field = {c["field"]: c for c in fused.conflicts}
    assert by_field["range_km"]["values"] == [600, 800]
    assert by_field["range_km"]["articles"] == [["a", "b"], ["c"]]
    assert set(by_field["missile_class"]["values"]) == {"SRBM", "cruise"}


def test_a_copy_that_differs_is_not_an_independent_conflict() -> None:
    claims = [claim("range_km", 600, "a"), claim("range_km", 900, "a2", source="a")]
    assert not fuse(claims).conflicts


def test_background_only_speaks_for_date_class_and_names() -> None:
    claims = [
        claim("date", "2023-03-16", "a"),
        claim("apogee_km", 6000, "a"),
        claim("date", "2023-03", "z", role="background"),
        claim("apogee_km", 300, "z", role="background"),
    ]
    fused = fuse(claims)
    assert fused.fields["date"] == "2023-03-16" and fused.fields["date_precision"] == "day"
    assert fused.fields["apogee_km"] == 6000
    only_background = fuse(
        [
            claim("apogee_km", 300, "z", role="background"),
            claim("missile_class", "ICBM", "z", role="background"),
        ]
    )
    assert only_background.fields["apogee_km"] is None
    assert only_background.fields["missile_class"] == "ICBM"


def test_tallies_grow_so_a_tie_goes_to_the_larger_count() -> None:
    assert fuse([claim("count", 1, "a"), claim("count", 2, "b")]).fields["count"] == 2


def test_corrections_replay_in_order() -> None:
    fields, touched = apply_corrections(
        {"apogee_km": 50.0, "date": "2023-03-14"},
        [
            {"action": "set", "field": "apogee_km", "new": 60.0},
            {"action": "merge", "field": None},
            {"action": "set", "field": "apogee_km", "new": 70.0},
            {"action": "set", "field": "date", "new": "2023-03"},
        ],
    )
    assert fields["apogee_km"] == 70.0 and fields["date_precision"] == "month"
    assert touched == ["apogee_km", "date"]
