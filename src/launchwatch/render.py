"""Readable renderings of extraction results for a terminal (JSON forms live on the model)."""

from __future__ import annotations

from collections.abc import Iterable

from launchwatch.model import Extraction, Mention

_FIELDS = (
    "count", "missile_class", "missile_names", "launch_site", "landing", "apogee_km",
    "range_km", "flight_time_min", "reported_by", "outcome",
)  # fmt: skip


def _value(mention: Mention, name: str) -> str:
    if name == "count":
        if mention.count is None and mention.count_qualifier is None:
            return ""
        parts = [mention.count_qualifier or "", str(mention.count or "")]
        return " ".join(p for p in parts if p)
    if name == "launch_site":
        site = mention.launch_site
        if site is None:
            return ""
        where = f" ({site.lat:.2f}, {site.lon:.2f})" if site.lat is not None else ""
        return f"{site.name}{where}"
    if name in ("missile_names", "reported_by"):
        return ", ".join(getattr(mention, name))
    if name in ("apogee_km", "range_km"):
        value = getattr(mention, name)
        span = getattr(mention, f"{name}_span")
        if value is None:
            return ""
        return f"{value:g} km" + (f" ({span[0]:g}-{span[1]:g})" if span else "")
    if name == "flight_time_min":
        return "" if mention.flight_time_min is None else f"{mention.flight_time_min:g} min"
    value = getattr(mention, name)
    return "" if value in (None, "unknown") else str(value)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_extraction(extraction: Extraction, *, width: int = 100) -> str:
    """One block per article: each event with its role and fields, each field with its sentence."""
    article = extraction.article
    published = article.published.isoformat() if article.published else "no date"
    head = f"== {article.id}  published {published}"
    if article.source:
        head += f"  {article.source}"
    lines = [head]
    if article.title:
        lines.append(f"   {_clip(article.title, width - 3)}")
    lines.extend(f"   warning: {w}" for w in extraction.warnings)
    if not extraction.mentions:
        lines.append("   (no launch or test reported or mentioned)")
    for mention in extraction.mentions:
        date = mention.date or "date unknown"
        lines.append(
            f"   [{mention.role}] {mention.type}  {mention.country or '??'}  {date}"
            f" ({mention.date_precision or '-'})"
        )
        for name in _FIELDS:
            value = _value(mention, name)
            if not value:
                continue
            spans = mention.evidence.get(name) or ()
            quote = f'  "{_clip(spans[0].text, max(20, width - 45))}"' if spans else ""
            lines.append(f"      {name:<16}{_clip(value, 24):<25}{quote}")
        date_spans = mention.evidence.get("date") or ()
        if date_spans:
            quote = _clip(date_spans[0].text, max(20, width - 45))
            lines.append(f'      {"date from":<16}{"":<25}  "{quote}"')
    return "\n".join(lines)


def render_all(extractions: Iterable[Extraction]) -> Iterable[str]:
    for extraction in extractions:
        yield render_extraction(extraction) + "\n"
