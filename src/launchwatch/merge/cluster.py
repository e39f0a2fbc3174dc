"""Which report mentions are the same launch: a deterministic clustering of one neighbourhood.

Two mentions can be one launch when they agree on country and type, lie within a day of each other
(a report dated in Washington is a day behind Seoul), and do not contradict each other on what was
fired: class (SRBM vs cruise), named systems, or launch sites far apart. A cluster must be
compatible member by member (complete linkage), so a chain of day-apart reports never joins two
launches on consecutive days.

The result depends only on the set of mentions, never on the order they arrived in: the points are
sorted by a key made of their content before the greedy pass. Mentions an analyst placed (merge,
split) keep their event and seed its cluster.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Classes that can be told of one ballistic missile by different sources: plain "ballistic" is
# compatible with every ballistic class; hypersonic missiles are reported by range class too.
BALLISTIC = frozenset({"SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "hypersonic", "ballistic"})
_RANGE_NEIGHBOURS = {
    frozenset({"hypersonic", "IRBM"}),
    frozenset({"hypersonic", "MRBM"}),
    frozenset({"hypersonic", "SRBM"}),
    frozenset({"MRBM", "IRBM"}),
    frozenset({"SRBM", "MRBM"}),
    frozenset({"IRBM", "ICBM"}),
    frozenset({"SRBM", "MLRS"}),
}
# A "long-range rocket" told as a missile launch by some and as a satellite launch by others is
# one launch; a missile of a named class is not a satellite launch.
LAUNCH_TYPES = frozenset({"missile_launch", "satellite_launch"})
_ROCKET_CLASSES = frozenset({None, "SLV", "ballistic"})


def type_family(event_type: str) -> tuple[str, ...]:
    """The event types whose reports can be one event with a report of this type."""
    return tuple(sorted(LAUNCH_TYPES)) if event_type in LAUNCH_TYPES else (event_type,)


# Sites further apart than this are different launches. First reports often place a launch only
# roughly ("the Pyongyang area" for a site in a neighbouring province), so only sites clearly in
# different parts of a country separate reports; North Korea's two coasts are 150-250 km apart.
MAX_SITE_KM = 250.0


@dataclass(frozen=True)
class Point:
    """A report mention as the clustering sees it."""

    key: str  # unique and stable: article id and position
    article: str
    day: dt.date
    type: str = "missile_launch"
    missile_class: str | None = None
    names: frozenset[str] = frozenset()
    site: str | None = None
    lat: float | None = None
    lon: float | None = None
    event: str | None = None  # the event an analyst pinned it to


@dataclass
class Cluster:
    points: list[Point] = field(default_factory=list)
    event: str | None = None  # pinned event id

    @property
    def keys(self) -> list[str]:
        return [p.key for p in self.points]


def classes_compatible(a: str | None, b: str | None) -> bool:
    """Whether two sources could be describing one missile with these classes."""
    if a is None or b is None or a == b:
        return True
    if "ballistic" in (a, b):
        return a in BALLISTIC and b in BALLISTIC
    return frozenset({a, b}) in _RANGE_NEIGHBOURS


def _same_system(a: str, b: str) -> bool:
    """ "Pukguksong" (the family) and "Pukguksong-3" can name one missile; "Hwasong-17" and
    "Hwasong-18" cannot."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # A variant ("Hwasong-16B") is the system; a longer number ("Hwasong-16" vs "-1") is not.
    return long.startswith(short) and not long[len(short)].isdigit()


def names_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of named systems could describe one launch (some name in common)."""
    return any(_same_system(x, y) for x in a for y in b)


def distance_km(a: Point, b: Point) -> float | None:
    """Great-circle distance between two points' sites, None when either has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def compatible(a: Point, b: Point) -> bool:
    """Whether two report mentions could be the same launch."""
    if a.article == b.article:  # an article that reports two launches tells two launches
        return False
    if a.type != b.type:
        missile = a if a.type == "missile_launch" else b
        if {a.type, b.type} != LAUNCH_TYPES or missile.missile_class not in _ROCKET_CLASSES:
            return False
    if abs((a.day - b.day).days) > 1:
        return False
    if not classes_compatible(a.missile_class, b.missile_class):
        return False
    if a.names and b.names and not names_compatible(a.names, b.names):
        return False
    far = distance_km(a, b)
    return far is None or far <= MAX_SITE_KM


def _affinity(point: Point, cluster: Cluster) -> tuple[int, int, int]:
    """How well a point fits a cluster (larger is better): same day, same class, size."""
    same_day = sum(1 for p in cluster.points if p.day == point.day)
    same_class = sum(
        1 for p in cluster.points if point.missile_class and p.missile_class == point.missile_class
    )
    return (same_day, same_class, len(cluster.points))


def _order(point: Point) -> tuple[object, ...]:
    # Specific points first, so vague ones ("a projectile") join the launch they fit best.
    return (point.day, point.missile_class is None, point.missile_class or "", point.key)


def cluster(points: Iterable[Point]) -> list[Cluster]:
    """Group report mentions into launches; the same set gives the same clusters in any order."""
    pinned: dict[str, Cluster] = {}
    free: list[Point] = []
    for point in sorted(points, key=lambda p: p.key):
        if point.event is not None:
            pinned.setdefault(point.event, Cluster(event=point.event)).points.append(point)
        else:
            free.append(point)
    clusters: list[Cluster] = [pinned[e] for e in sorted(pinned)]
    for point in sorted(free, key=_order):
        fits = [c for c in clusters if all(compatible(point, p) for p in c.points)]
        if fits:
            max(fits, key=lambda c: _affinity(point, c)).points.append(point)
        else:
            clusters.append(Cluster(points=[point]))
    return clusters


def assign_events(
    clusters: Sequence[Cluster], current: dict[str, str | None]
) -> list[tuple[Cluster, str | None]]:
    """Each cluster with the existing event it continues (None: a new event is needed).

    `current` maps point keys to the event they are in now. A cluster keeps the event most of its
    points are in (ties: the smaller id), and no event is given to two clusters, so event ids stay
    stable when a new report joins.
    """
    taken: set[str] = {c.event for c in clusters if c.event is not None}
    out: list[tuple[Cluster, str | None]] = []
    order = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i].points), clusters[i].keys))
    chosen: dict[int, str | None] = {}
    for i in order:
        c = clusters[i]
        if c.event is not None:
            chosen[i] = c.event
            continue
        votes: dict[str, int] = {}
        for p in c.points:
            event = current.get(p.key)
            if event is not None and event not in taken:
                votes[event] = votes.get(event, 0) + 1
        if votes:
            best = min(votes, key=lambda e: (-votes[e], e))
            taken.add(best)
            chosen[i] = best
        else:
            chosen[i] = None
    for i, c in enumerate(clusters):
        out.append((c, chosen[i]))
    return out
