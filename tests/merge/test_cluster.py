"""Clustering report mentions into launches: the rules, and that arrival order never matters."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.merge.cluster import (
    Cluster,
    Point,
    assign_events,
    classes_compatible,
    cluster,
    compatible,
    names_compatible,
)

DAY = dt.date(2023, 3, 14)


def point(key: str, day: int = 0, klass: str | None = None, **kw: object) -> Point:
    return Point(
        key=key,
        article=key.split("#")[0],
        day=DAY + dt.timedelta(days=day),
        missile_class=klass,
        **kw,
    )  # type: ignore[arg-type]


def partition(clusters: list[Cluster]) -> set[frozenset[str]]:
    return {frozenset(c.keys) for c in clusters}


def test_class_compatibility() -> None:
    assert classes_compatible("SRBM", "ballistic")
    assert classes_compatible("IRBM", "hypersonic")
    assert classes_compatible(None, "cruise")
    assert not classes_compatible("SRBM", "cruise")
    assert not classes_compatible("ICBM", "SRBM")
    assert not classes_compatible("cruise", "ballistic")


def test_names_of_one_family_match_but_other_numbers_do_not() -> None:
    assert names_compatible({"Pukguksong"}, {"Pukguksong-3"})
    assert names_compatible({"Hwasong-16"}, {"Hwasong-16B"})
    assert not names_compatible({"Hwasong-17"}, {"Hwasong-18"})
    assert not names_compatible({"Hwasong-1"}, {"Hwasong-16"})


def test_compatible_within_a_day_and_never_within_one_article() -> None:
    assert compatible(point("a#0"), point("b#0", 1))
    assert not compatible(point("a#0"), point("b#0", 2))
    assert not compatible(point("a#0"), point("a#1"))


def test_sites_far_apart_are_different_launches() -> None:
    west = dict(site="Nampo", lat=38.74, lon=125.40)
    east = dict(site="Hamhung", lat=39.92, lon=127.54)  # about 220 km
    far = dict(site="Rason", lat=42.26, lon=130.30)
    assert compatible(point("a#0", **west), point("b#0", **east))
    assert not compatible(point("a#0", **west), point("b#0", **far))


def test_same_day_launches_of_different_classes_stay_apart() -> None:
    points = [
        point("a#0", 0, "SRBM"),
        point("b#0", 0, "ballistic"),
        point("c#0", 0, "cruise"),
        point("d#0", 0, None),
    ]
    got = partition(cluster(points))
    assert frozenset({"c#0"}) in got
    assert any({"a#0", "b#0"} <= g for g in got)


def test_no_chain_across_consecutive_days() -> None:
    # Two launches on consecutive days and a vague report between them: complete linkage keeps
    # the launches apart.
    points = [point("a#0", 0, "SRBM"), point("b#0", 1, "cruise"), point("c#0", 1, None)]
    got = partition(cluster(points))
    assert frozenset({"a#0"}) in got or frozenset({"b#0"}) in got
    assert not any({"a#0", "b#0"} <= g for g in got)


def test_exact_day_is_preferred_over_a_day_off() -> None:
    points = [point("a#0", 0, "SRBM"), point("b#0", 2, "SRBM"), point("c#0", 1, "SRBM")]
    got = partition(cluster(points))
    assert len(got) == 2


def test_pinned_points_keep_their_event() -> None:
    points = [
        point("a#0", 0, "SRBM", event="E1"),
        point("b#0", 0, "SRBM", event="E2"),
        point("c#0", 0, "SRBM"),
    ]
    clusters = cluster(points)
    events = {c.event: set(c.keys) for c in clusters}
    assert events["E1"] >= {"a#0"} and events["E2"] >= {"b#0"}
    assert len(clusters) == 2


def test_assign_events_keeps_ids_stable() -> None:
    clusters = cluster(
        [point("a#0", 0, "SRBM"), point("b#0", 0, "SRBM"), point("c#0", 0, "cruise")]
    )
    current = {"a#0": "E1", "b#0": None, "c#0": "E1"}
    chosen = {frozenset(c.keys): e for c, e in assign_events(clusters, current)}
    assert chosen[frozenset({"a#0", "b#0"})] == "E1"
    assert chosen[frozenset({"c#0"})] is None  # E1 is taken: the cruise launch needs a new event


POINTS = st.lists(
    st.builds(
        point,
        key=st.text("abcdefgh", min_size=1, max_size=3).map(lambda s: s + "#0"),
        day=st.integers(0, 4),
        klass=st.sampled_from([None, "SRBM", "ballistic", "cruise", "ICBM", "IRBM", "hypersonic"]),
    ),
    max_size=12,
    unique_by=lambda p: p.key,
)


@settings(max_examples=200, deadline=None)
@given(POINTS, st.randoms())
def test_clustering_does_not_depend_on_arrival_order(points: list[Point], rnd) -> None:
    shuffled = list(points)
    rnd.shuffle(shuffled)
    assert partition(cluster(points)) == partition(cluster(shuffled))


@settings(max_examples=200, deadline=None)
@given(POINTS)
def test_every_cluster_is_compatible_member_by_member(points: list[Point]) -> None:
    for c in cluster(points):
        for i, a in enumerate(c.points):
            for b in c.points[i + 1 :]:
                assert compatible(a, b)


def test_a_long_range_rocket_and_a_satellite_launch_can_be_one_launch() -> None:
    rocket = point("a#0", 0, None, type="missile_launch")
    satellite = point("b#0", 0, "SLV", type="satellite_launch")
    icbm = point("c#0", 0, "ICBM", type="missile_launch")
    assert compatible(rocket, satellite)
    assert not compatible(icbm, satellite)
    assert not compatible(point("d#0", 0, None, type="nuclear_test"), rocket)
