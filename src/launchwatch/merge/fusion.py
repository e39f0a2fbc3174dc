"""One value per field from many claims, and the disagreements worth showing.

Votes are counted per independent source: near-duplicate copies of one wire story share their
root's vote. A claim credited to an official body (JCS, Japan MoD, KCNA...) weighs twice a claim
only a news agency stands behind. A more specific value beats a vaguer one (SRBM beats
"ballistic"), a figure beats none, and numbers within 10% of each other support each other.
Background mentions are weak evidence: they only speak for the date, the class and the names, and
only when no report does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Fields in the order of CONTRACT section 3.
FIELDS = (
    "type",
    "country",
    "date",
    "date_precision",
    "count",
    "count_qualifier",
    "missile_class",
    "missile_names",
    "launch_site",
    "landing",
    "apogee_km",
    "range_km",
    "flight_time_min",
    "reported_by",
    "outcome",
)
NUMBERS = ("apogee_km", "range_km", "flight_time_min")
SPANS = {"apogee_km": "apogee_km_span", "range_km": "range_km_span"}
# What a background mention may say about the event it refers to.
BACKGROUND_FIELDS = frozenset({"type", "country", "date", "missile_class", "missile_names"})
# News organisations: when they are the only ones credited, the claim is their paraphrase.
NEWS_AGENCIES = frozenset({"Yonhap", "Reuters", "AP", "AFP", "NHK", "Kyodo", "NK News"})
TOLERANCE = 0.10


@dataclass(frozen=True)
class Claim:
    """One article's value for one field of one event, with where it came from."""

    field: str
    value: Any
    article: str
    source: str  # the independent source: the article, or the root of its near-duplicate copies
    official: bool = False
    role: str = "report"
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Fused:
    fields: dict[str, Any]
    conflicts: list[dict[str, Any]]


def is_official(reporters: Iterable[str]) -> bool:
    """Whether any credited reporter is an official body rather than a news agency."""
    return any(r not in NEWS_AGENCIES for r in reporters)


def _usable(claims: Sequence[Claim], name: str) -> list[Claim]:
    present = [c for c in claims if c.field == name and c.value not in (None, [], "")]
    reports = [c for c in present if c.role == "report"]
    if reports:
        return reports
    if name in BACKGROUND_FIELDS:
        return present
    return []


def _support(claims: Iterable[Claim]) -> int:
    """Votes of the independent sources behind these claims (the best claim of each source)."""
    best: dict[str, int] = {}
    for c in claims:
        best[c.source] = max(best.get(c.source, 0), 2 if c.official else 1)
    return sum(best.values())


def _key(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name")
    if isinstance(value, list):
        return tuple(value)
    return value


def _groups(claims: Sequence[Claim]) -> dict[Any, list[Claim]]:
    out: dict[Any, list[Claim]] = {}
    for c in claims:
        out.setdefault(_key(c.value), []).append(c)
    return out


def _vote(
    claims: Sequence[Claim], tie: Callable[[Any], Any] = lambda v: ()
) -> tuple[Any, list[Claim]] | None:
    groups = _groups(claims)
    if not groups:
        return None
    best = max(groups, key=lambda k: (_support(groups[k]), tie(k), _tiebreak(k)))
    return groups[best][0].value, groups[best]


def _tiebreak(key: Any) -> Any:
    # Deterministic last resort, comparable across types.
    return str(key)


def near(a: float, b: float) -> bool:
    """Whether two figures agree: within 10% of the larger."""
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _conflict(name: str, sides: Sequence[Sequence[Claim]]) -> dict[str, Any]:
    return {
        "field": name,
        "values": [side[0].value for side in sides],
        "articles": [sorted({c.article for c in side}) for side in sides],
        "evidence": [[c.evidence for c in side if c.evidence] for side in sides],
    }


def _independent(other: Sequence[Claim], chosen: Sequence[Claim]) -> bool:
    """Whether `other` has a source that does not also back the chosen value."""
    return bool({c.source for c in other} - {c.source for c in chosen})


def _fuse_number(
    name: str, claims: Sequence[Claim], conflicts: list[dict[str, Any]]
) -> tuple[float | None, list[Claim]]:
    if not claims:
        return None, []

    def backing(value: float) -> list[Claim]:
        return [c for c in claims if near(float(c.value), value)]

    values = sorted({float(c.value) for c in claims})
    best = max(
        values,
        key=lambda v: (
            _support(backing(v)),
            _support([c for c in claims if float(c.value) == v]),
            -v,
        ),
    )
    chosen = [c for c in claims if float(c.value) == best]
    support = backing(best)
    others = [c for c in claims if not near(float(c.value), best)]
    if others and _independent(others, support):
        rest = _groups(others)
        sides = [chosen] + [rest[k] for k in sorted(rest)]
        conflicts.append(_conflict(name, sides))
    return best, chosen


def _fuse_class(claims: Sequence[Claim], conflicts: list[dict[str, Any]]) -> Any:
    specific = [c for c in claims if c.value != "ballistic"]
    voted = _vote(specific or claims)
    if voted is None:
        return None
    value, chosen = voted
    others = [c for c in specific if c.value != value]
    if others and _independent(others, chosen):
        rest = _groups(others)
        conflicts.append(_conflict("missile_class", [chosen] + [rest[k] for k in sorted(rest)]))
    return value


def _fuse_count(
    claims: Sequence[Claim], conflicts: list[dict[str, Any]]
) -> tuple[Any, list[Claim]]:
    voted = _vote(claims, tie=lambda k: k)  # a tie goes to the larger count: tallies grow
    if voted is None:
        return None, []
    value, chosen = voted
    others = [c for c in claims if c.value != value]
    if others and _independent(others, chosen):
        rest = _groups(others)
        conflicts.append(_conflict("count", [chosen] + [rest[k] for k in sorted(rest)]))
    return value, chosen


def _union(claims: Sequence[Claim]) -> list[str]:
    return sorted({v for c in claims for v in c.value})


def _site_specificity(key: Any) -> tuple[int, int]:
    name = str(key or "")
    return (0 if name.endswith(("Province", "Sea", "coast")) else 1, len(name))


def fuse(claims: Sequence[Claim]) -> Fused:
    """The canonical fields of one event, and its conflicts, from all claims about it."""
    conflicts: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    by_field: dict[str, list[Claim]] = {}
    for c in claims:
        by_field.setdefault(c.field, []).append(c)

    def usable(name: str) -> list[Claim]:
        return _usable(by_field.get(name, []), name)

    for name in ("type", "country"):
        voted = _vote(usable(name))
        fields[name] = voted[0] if voted else None
    date_claims = usable("date")
    # Day-precise dates beat months; on a tie the later date wins (datelines behind Korea time).
    voted = _vote(date_claims, tie=lambda k: (len(str(k)), str(k)))
    date = voted[0] if voted else None
    fields["date"] = date
    fields["date_precision"] = _precision(date)
    count, count_claims = _fuse_count(usable("count"), conflicts)
    fields["count"] = count
    qualifiers = [
        c for c in by_field.get("count_qualifier", []) if c.article in _articles(count_claims)
    ]
    fields["count_qualifier"] = (_vote(qualifiers) or (None, []))[0] if count is not None else None
    fields["missile_class"] = _fuse_class(usable("missile_class"), conflicts)
    fields["missile_names"] = _union(usable("missile_names"))
    site = _vote(usable("launch_site"), tie=_site_specificity)
    fields["launch_site"] = site[0] if site else None
    landing = _vote(usable("landing"), tie=lambda k: len(str(k)))
    fields["landing"] = landing[0] if landing else None
    for name in NUMBERS:
        value, chosen = _fuse_number(name, usable(name), conflicts)
        fields[name] = value
        span_name = SPANS.get(name)
        if span_name and value is not None:
            spans = [c for c in by_field.get(span_name, []) if c.article in _articles(chosen)]
            if spans:
                fields[span_name] = spans[0].value
    fields["reported_by"] = _union(usable("reported_by"))
    outcomes = [c for c in usable("outcome") if c.value != "unknown"]
    voted = _vote(outcomes, tie=lambda k: k == "failure")
    fields["outcome"] = voted[0] if voted else "unknown"
    return Fused(fields, conflicts)


def _articles(claims: Iterable[Claim]) -> set[str]:
    return {c.article for c in claims}


def _precision(date: str | None) -> str | None:
    if date is None:
        return None
    return {10: "day", 7: "month"}.get(len(date), "year")


def first_day(date: str) -> dt.date:
    """The first day a date of any precision can be (the index key of an event)."""
    parts = [int(p) for p in date.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


def apply_corrections(
    fields: Mapping[str, Any], corrections: Iterable[Mapping[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """The fields with the analyst's `set` corrections replayed in order, and the fields touched."""
    out = dict(fields)
    touched: list[str] = []
    for correction in corrections:
        if correction.get("action") != "set":
            continue
        name = str(correction["field"])
        out[name] = correction.get("new")
        if name == "date":
            out["date_precision"] = _precision(out["date"])
        if name not in touched:
            touched.append(name)
    return out, touched
