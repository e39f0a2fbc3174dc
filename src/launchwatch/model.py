"""The data that flows through the pipeline: small frozen dataclasses.

Article (ingest) -> cleaned text (clean) -> Mentions with Evidence (extract).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = ("missile_launch", "satellite_launch", "nuclear_test")
ROLES = ("report", "background")
MISSILE_CLASSES = (
    "SRBM",
    "MRBM",
    "IRBM",
    "ICBM",
    "SLBM",
    "cruise",
    "hypersonic",
    "ballistic",
    "MLRS",
    "SLV",
)
PRECISIONS = ("day", "month", "year")
OUTCOMES = ("success", "failure", "unknown")
COUNT_QUALIFIERS = ("at least", "multiple", "about")


@dataclass(frozen=True)
class Article:
    """One news article as it came in (text or html), before cleaning."""

    id: str
    text: str
    published: dt.date | None = None
    url: str = ""
    source: str = ""
    title: str = ""
    origin: str = ""  # where it was read from: "path" or "path:line"


@dataclass(frozen=True)
class Evidence:
    """A span of the cleaned text: `text == cleaned[start:end]`."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Site:
    """A launch site from the gazetteer (coordinates None when not in it)."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Mention:
    """One event an article speaks of: its fields and, per field, the sentences they came from."""

    role: str
    type: str
    country: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY to the stated precision
    date_precision: str | None = None
    count: int | None = None
    count_qualifier: str | None = None
    missile_class: str | None = None
    missile_names: tuple[str, ...] = ()
    launch_site: Site | None = None
    landing: str | None = None
    apogee_km: float | None = None
    apogee_km_span: tuple[float, float] | None = None
    range_km: float | None = None
    range_km_span: tuple[float, float] | None = None
    flight_time_min: float | None = None
    reported_by: tuple[str, ...] = ()
    outcome: str = "unknown"
    evidence: dict[str, tuple[Evidence, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The CONTRACT section 2 form of one event."""
        out: dict[str, Any] = {
            "role": self.role,
            "type": self.type,
            "country": self.country,
            "date": self.date,
            "date_precision": self.date_precision,
            "count": self.count,
            "count_qualifier": self.count_qualifier,
            "missile_class": self.missile_class,
            "missile_names": list(self.missile_names),
            "launch_site": self.launch_site.to_json() if self.launch_site else None,
            "landing": self.landing,
            "apogee_km": self.apogee_km,
            "range_km": self.range_km,
            "flight_time_min": self.flight_time_min,
            "reported_by": list(self.reported_by),
            "outcome": self.outcome,
        }
        if self.apogee_km_span:
            out["apogee_km_span"] = list(self.apogee_km_span)
        if self.range_km_span:
            out["range_km_span"] = list(self.range_km_span)
        out["evidence"] = {
            name: [ev.to_json() for ev in spans] for name, spans in self.evidence.items()
        }
        return out


@dataclass(frozen=True)
class Extraction:
    """What `extract` makes of one article: cleaned text, events, warnings."""

    article: Article
    text: str  # the cleaned text all offsets refer to
    mentions: tuple[Mention, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def reports(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.role == "report")

    def to_json(self) -> dict[str, Any]:
        """The CONTRACT section 2 line for this article."""
        published = self.article.published
        return {
            "article": self.article.id,
            "published": published.isoformat() if published else None,
            "warnings": list(self.warnings),
            "events": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article: where it was and why (counted and shown)."""

    where: str  # "path", "path:line" or "<stdin>:line"
    reason: str
