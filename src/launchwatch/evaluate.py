"""Accuracy as CONTRACT section 5 defines it: detection, fields, grouping and background recall.

Scoring works on the JSON forms (gold lines and `extract` output lines), so any extractor's
output can be scored, and `launchwatch eval` and the accuracy gate share this one code path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

EXACT_FIELDS = ("date", "count", "count_qualifier", "missile_class", "country")
NUMERIC_FIELDS = ("apogee_km", "range_km", "flight_time_min")
NAME_FIELDS = ("launch_site", "landing")
SET_FIELDS = ("missile_names", "reported_by")
FIELDS = EXACT_FIELDS + NUMERIC_FIELDS + NAME_FIELDS + SET_FIELDS
NUMERIC_TOLERANCE = 0.10


@dataclass
class FieldError:
    article: str
    field: str
    gold: Any
    output: Any


class _Counts:
    """Precision, recall and F1 from true/false positives and false negatives."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def counts_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Grouping(_Counts):
    """Pairs of articles that report the same event: gold (same `event_key`) against output."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.counts_json()


def score_grouping(
    gold_lines: Iterable[Mapping[str, Any]], reported: Mapping[str, Iterable[str]]
) -> Grouping:
    """Pairwise grouping scores; `reported` maps article id -> ids of the events it reports.

    Two articles are a predicted pair when their main events (the first event each reports) are
    one database event, a gold pair when their main events share an `event_key`, as the gold
    labels only know each article's main event. Every article of the gold file counts,
    negatives included.
    """
    keys = {
        str(g["id"]): str(g["main_event"]["event_key"])
        for g in gold_lines
        if g.get("main_event") and g["main_event"].get("event_key")
    }
    main = {a: list(e)[:1] for a, e in reported.items()}
    ids = sorted(set(keys) | {a for a in main if main[a]})
    events = {a: set(main.get(a, ())) for a in ids}
    out = Grouping()
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            gold_pair = a in keys and keys.get(a) == keys.get(b)
            output_pair = bool(events[a] & events[b])
            if gold_pair and output_pair:
                out.tp += 1
            elif output_pair:
                out.fp += 1
                out.errors.append(f"{a} + {b}: merged, gold {keys.get(a)} / {keys.get(b)}")
            elif gold_pair:
                out.fn += 1
                apart = f"{sorted(events[a])} / {sorted(events[b])}"
                out.errors.append(f"{a} + {b}: both {keys[a]}, but events {apart}")
    return out


@dataclass
class Scores(_Counts):
    """Counts and scores; `errors` lists every mistake for `--verbose`."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_sums: dict[str, float] = field(default_factory=dict)
    field_counts: dict[str, int] = field(default_factory=dict)
    background_found: int = 0
    background_total: int = 0
    errors: list[str] = field(default_factory=list)
    field_errors: list[FieldError] = field(default_factory=list)
    grouping: Grouping | None = None

    def field_score(self, name: str) -> float | None:
        n = self.field_counts.get(name, 0)
        return self.field_sums.get(name, 0.0) / n if n else None

    @property
    def mean_field_score(self) -> float:
        """Macro average over the fields that were scored at least once."""
        scores = [s for s in (self.field_score(f) for f in FIELDS) if s is not None]
        return sum(scores) / len(scores) if scores else 1.0

    @property
    def background_recall(self) -> float:
        return self.background_found / self.background_total if self.background_total else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "detection": self.counts_json(),
            "fields": {
                f: {"score": round(s, 4), "n": self.field_counts[f]}
                for f in FIELDS
                if (s := self.field_score(f)) is not None
            },
            "mean_field_score": round(self.mean_field_score, 4),
            "background": {
                "found": self.background_found,
                "total": self.background_total,
                "recall": round(self.background_recall, 4),
            },
            "grouping": self.grouping.to_json() if self.grouping else None,
        }


def _parse_day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _same_day_or_next(a: Any, b: Any) -> bool:
    da, db = _parse_day(a), _parse_day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def _matches_background(event: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Same type, and the date equal to the gold date at the gold's precision (±1 day for days)."""
    if event.get("type") != gold.get("type"):
        return False
    gold_date, out_date = gold.get("date"), event.get("date")
    if not isinstance(gold_date, str) or not isinstance(out_date, str):
        return False
    if len(gold_date) == 10:
        return _same_day_or_next(out_date, gold_date)
    return out_date[: len(gold_date)] == gold_date


def _site_name(value: Any) -> Any:
    return value.get("name") if isinstance(value, Mapping) else value


def _has_value(value: Any) -> bool:
    return value not in (None, "", [], ())


def field_score(name: str, gold: Any, output: Any) -> float:
    """Score one field of one event as CONTRACT section 5 says (1.0 right, 0.0 wrong)."""
    if name in SET_FIELDS:
        g, o = set(gold or ()), set(output or ())
        if not g and not o:
            return 1.0
        tp = len(g & o)
        return 2 * tp / (len(g) + len(o))
    if name in NAME_FIELDS:
        g, o = _site_name(gold), _site_name(output)
        if not _has_value(g) and not _has_value(o):
            return 1.0
        if not _has_value(g) or not _has_value(o):
            return 0.0
        gl, ol = str(g).lower(), str(o).lower()
        return 1.0 if gl in ol or ol in gl else 0.0
    if name in NUMERIC_FIELDS:
        if gold is None and output is None:
            return 1.0
        if gold is None or output is None:
            return 0.0
        gold_n, out_n = float(gold), float(output)
        if gold_n == 0:
            return 1.0 if out_n == 0 else 0.0
        return 1.0 if abs(out_n - gold_n) <= NUMERIC_TOLERANCE * abs(gold_n) else 0.0
    return 1.0 if gold == output else 0.0


def score(
    gold_lines: Iterable[Mapping[str, Any]], outputs: Mapping[str, Mapping[str, Any]]
) -> Scores:
    """Score extraction `outputs` (article id -> CONTRACT section 2 line) against gold lines."""
    scores = Scores()
    for gold in gold_lines:
        article_id = str(gold["id"])
        scores.articles += 1
        output = outputs.get(article_id, {"events": []})
        events = list(output.get("events", []))
        reports = [e for e in events if e.get("role") == "report"]
        main = gold.get("main_event")
        others = list(gold.get("other_events_mentioned") or [])

        matched = None
        if main:
            for event in reports:
                if event.get("type") == main.get("type") and _same_day_or_next(
                    event.get("date"), main.get("date")
                ):
                    matched = event
                    break
            if matched is not None:
                scores.tp += 1
            else:
                scores.fn += 1
                got = [(e.get("type"), e.get("date")) for e in reports]
                scores.errors.append(
                    f"{article_id}: missed {main.get('type')} {main.get('date')} (reports: {got})"
                )
        spurious = [
            e
            for e in reports
            if e is not matched and not any(_matches_background(e, o) for o in others)
        ]
        if main is None and reports:
            scores.fp += 1
            got = [(e.get("type"), e.get("date")) for e in reports]
            scores.errors.append(f"{article_id}: negative, but reported {got}")
        elif spurious:
            scores.fp += 1
            got = [(e.get("type"), e.get("date")) for e in spurious]
            scores.errors.append(f"{article_id}: report events that match nothing: {got}")

        if main and matched is not None:
            for name in FIELDS:
                g, o = main.get(name), matched.get(name)
                if name in NAME_FIELDS:
                    o = _site_name(o)
                if not _has_value(g) and not _has_value(o):
                    continue
                s = field_score(name, g, o)
                scores.field_sums[name] = scores.field_sums.get(name, 0.0) + s
                scores.field_counts[name] = scores.field_counts.get(name, 0) + 1
                if s < 1.0:
                    scores.field_errors.append(FieldError(article_id, name, g, o))

        rest = [e for e in events if e is not matched]
        for other in others:
            scores.background_total += 1
            if any(_matches_background(e, other) for e in rest):
                scores.background_found += 1
            else:
                scores.errors.append(
                    f"{article_id}: background {other.get('type')} {other.get('date')} "
                    f"({other.get('missile_class')}) not found"
                )
    return scores


def format_scores(scores: Scores, *, verbose: bool = False) -> str:
    """The human-readable report that `launchwatch eval` prints."""
    lines = [
        f"articles            {scores.articles}",
        f"detection           P {scores.precision:.3f}  R {scores.recall:.3f}  "
        f"F1 {scores.f1:.3f}  (tp {scores.tp}, fp {scores.fp}, fn {scores.fn})",
        f"mean field score    {scores.mean_field_score:.3f}",
    ]
    for name in FIELDS:
        s = scores.field_score(name)
        if s is not None:
            lines.append(f"  {name:<17} {s:.3f}  (n={scores.field_counts[name]})")
    lines.append(
        f"background recall   {scores.background_recall:.3f}  "
        f"({scores.background_found}/{scores.background_total})"
    )
    g = scores.grouping
    if g is None:
        lines.append("grouping            not scored")
    else:
        lines.append(
            f"grouping            P {g.precision:.3f}  R {g.recall:.3f}  F1 {g.f1:.3f}  "
            f"(pairs tp {g.tp}, fp {g.fp}, fn {g.fn})"
        )
    if verbose:
        lines.append("")
        lines.append("errors:")
        lines.extend(f"  {e}" for e in scores.errors)
        if g is not None:
            lines.extend(f"  grouping: {e}" for e in g.errors)
        for fe in scores.field_errors:
            lines.append(f"  {fe.article}: {fe.field}: gold {fe.gold!r}, got {fe.output!r}")
    return "\n".join(lines)
