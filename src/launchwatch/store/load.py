"""Ingest articles into the event database: extract, link near-duplicates, store claims, merge.

Articles go in batches, one transaction per batch: a process killed at any moment leaves the
database as it was after the last whole batch, and running the same command again skips what is
already in (same id and same content, or the same content under another id) and carries on, which
gives exactly the database an uninterrupted run gives. A changed article (same id, new text)
replaces its own mentions; the old ones stay, closed, for `show --as-of`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from launchwatch import __version__
from launchwatch.extract.launches import extract_article
from launchwatch.merge import neardup
from launchwatch.merge.fusion import first_day
from launchwatch.model import Article, Extraction, Mention, Rejected
from launchwatch.store.database import Store, open_store
from launchwatch.store.placement import Placer, mention_key, now
from launchwatch.store.schema import article_bands, articles, audit, claims, events, mentions

log = logging.getLogger(__name__)

EXTRACTOR = f"launchwatch-{__version__}"
DEFAULT_BATCH = 500

# Statements run for every article, built once.
_INSERT_ARTICLE = insert(articles).returning(articles.c.pk)
_INSERT_AUDIT = insert(audit)
_INSERT_BANDS = insert(article_bands)
_INSERT_MENTIONS = insert(mentions).returning(mentions.c.pk, sort_by_parameter_order=True)
_INSERT_CLAIMS = insert(claims)
# Two small indexed queries rather than a join: most articles have no candidate at all, and a
# join planned on stale statistics scanned the articles table (PostgreSQL).
_BAND_MATCHES = (
    select(article_bands.c.article_pk)
    .where(article_bands.c.key.in_(bindparam("keys", expanding=True)))
    .distinct()
)
_CANDIDATES = select(
    articles.c.pk, articles.c.id, articles.c.signature, articles.c.duplicate_of
).where(articles.c.pk.in_(bindparam("pks", expanding=True)))


@dataclass
class IngestReport:
    """What one ingest did, article by article counted once."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    rejected: int = 0
    near_duplicates: int = 0
    problems: list[Rejected] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.added + self.unchanged + self.replaced + self.rejected


@dataclass
class _Batch:
    """One transaction's work: placements, and rows written together at its end."""

    placer: Placer
    claims: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    # The batch's own band keys, not yet in the table: key -> (pk, id, signature, duplicate_of)
    band_index: dict[int, list[tuple[int, str, bytes, str | None]]] = field(default_factory=dict)

    def flush(self, conn: Connection) -> None:
        if self.bands:
            conn.execute(_INSERT_BANDS, self.bands)
        self.placer.place_batch()
        if self.claims:
            conn.execute(_INSERT_CLAIMS, self.claims)
        if self.placer.audit:
            conn.execute(_INSERT_AUDIT, self.placer.audit)


def content_hash(article: Article) -> str:
    """What identifies an article's content: its text and its date (an id does not)."""
    h = hashlib.sha256(article.text.encode("utf-8"))
    h.update(b"\0" + (article.published.isoformat() if article.published else "").encode())
    return h.hexdigest()


Extractor = Callable[[Article], Extraction]


def ingest(
    store: Store,
    items: Iterable[Article | Rejected],
    *,
    batch_size: int = DEFAULT_BATCH,
    who: str = "ingest",
    progress: Callable[[IngestReport], None] | None = None,
    extractor: Extractor = extract_article,
) -> IngestReport:
    """Ingest articles (bad inputs come through as `Rejected` and are counted, not raised).

    `extractor` is `extract_article` unless the caller already has the extractions (`eval`).
    """
    report = IngestReport()
    next_analyze = batch_size
    for batch in _batches(items, batch_size):
        todo: list[Article] = []
        for item in batch:
            if isinstance(item, Rejected):
                report.rejected += 1
                report.problems.append(item)
            else:
                todo.append(item)
        with store.begin() as conn:
            _ingest_batch(conn, todo, report, who, extractor)
        done = report.added + report.replaced
        if store.dialect == "postgresql" and done >= next_analyze:
            # PostgreSQL plans by table statistics; tables grown from empty in one run would be
            # planned as tiny (whole scans for 500-id lookups) until their statistics are renewed.
            with store.begin() as conn:
                conn.exec_driver_sql("ANALYZE articles, mentions, events, article_bands")
            next_analyze = 2 * done
        if progress is not None:
            progress(report)
    return report


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    batch: list[Article | Rejected] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ingest_batch(
    conn: Connection,
    batch: list[Article],
    report: IngestReport,
    who: str,
    extractor: Extractor,
) -> None:
    ids = [a.id for a in batch]
    hashes = [content_hash(a) for a in batch]
    known = {
        r.id: r
        for r in conn.execute(
            select(articles.c.pk, articles.c.id, articles.c.content_hash, articles.c.version).where(
                articles.c.id.in_(ids)
            )
        )
    }
    same_content = set(
        conn.execute(select(articles.c.content_hash).where(articles.c.content_hash.in_(hashes)))
        .scalars()
        .all()
    )
    batch_state = _Batch(Placer(conn))
    seen: set[str] = set()
    for article, digest in zip(batch, hashes, strict=True):
        old = known.get(article.id)
        if (old is not None and old.content_hash == digest) or (
            old is None and digest in same_content
        ):
            report.unchanged += 1
            continue
        if article.id in seen:  # the same id twice in one batch: the later text wins next run
            report.problems.append(Rejected(article.origin or article.id, "id repeated in batch"))
            report.rejected += 1
            continue
        seen.add(article.id)
        extraction = extractor(article)
        if old is None:
            if _add(conn, batch_state, article, extraction, digest, who):
                report.near_duplicates += 1
            report.added += 1
        else:
            _replace(conn, batch_state, old, article, extraction, digest, who)
            report.replaced += 1
        same_content.add(digest)
    batch_state.flush(conn)


def _add(
    conn: Connection,
    batch: _Batch,
    article: Article,
    extraction: Extraction,
    digest: str,
    who: str,
) -> bool:
    """Store a new article and place its mentions; whether it is a near-copy of another."""
    signature = neardup.signature(extraction.text)
    keys = neardup.band_keys(signature)
    root = _near_duplicate_root(conn, batch, signature, keys)
    stamp = now()
    article_pk = conn.execute(
        _INSERT_ARTICLE,
        {
            "id": article.id,
            "url": article.url,
            "source": article.source,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "content_hash": digest,
            "text": extraction.text,
            "signature": neardup.to_bytes(signature),
            "duplicate_of": root,
            "extractor": EXTRACTOR,
            "warnings": list(extraction.warnings),
            "version": 1,
            "ingested_at": stamp,
            "updated_at": stamp,
        },
    ).scalar_one()
    _index_bands(batch, article_pk, article.id, signature, root, keys)
    _store_mentions(conn, batch, article_pk, article.id, 1, extraction, {}, stamp)
    batch.placer.audit.append(
        {
            "at": stamp,
            "who": who,
            "action": "add article",
            "event_id": None,
            "article_id": article.id,
            "detail": {"duplicate_of": root, "events": len(extraction.mentions)},
        }
    )
    return root is not None


def _replace(
    conn: Connection,
    batch: _Batch,
    old: Any,
    article: Article,
    extraction: Extraction,
    digest: str,
    who: str,
) -> None:
    stamp = now()
    previous = conn.execute(
        select(
            mentions.c.pk, mentions.c.idx, mentions.c.role, mentions.c.event_pk, mentions.c.pinned
        ).where(mentions.c.article_pk == old.pk, mentions.c.valid_to.is_(None))
    ).all()
    # An analyst's placement of this article's mentions (merge, split) is replayed on the new ones.
    pins = {(r.idx, r.role): r.event_pk for r in previous if r.pinned}
    conn.execute(
        update(mentions)
        .where(mentions.c.article_pk == old.pk, mentions.c.valid_to.is_(None))
        .values(valid_to=stamp)
    )
    batch.placer.touched.update(r.event_pk for r in previous if r.event_pk is not None)
    conn.execute(delete(article_bands).where(article_bands.c.article_pk == old.pk))
    signature = neardup.signature(extraction.text)
    keys = neardup.band_keys(signature)
    root = _near_duplicate_root(conn, batch, signature, keys, exclude=old.pk)
    version = old.version + 1
    conn.execute(
        update(articles)
        .where(articles.c.pk == old.pk)
        .values(
            url=article.url,
            source=article.source,
            title=article.title,
            published=article.published.isoformat() if article.published else None,
            content_hash=digest,
            text=extraction.text,
            signature=neardup.to_bytes(signature),
            duplicate_of=root,
            extractor=EXTRACTOR,
            warnings=list(extraction.warnings),
            version=version,
            updated_at=stamp,
        )
    )
    _index_bands(batch, old.pk, article.id, signature, root, keys)
    _store_mentions(conn, batch, old.pk, article.id, version, extraction, pins, stamp)
    batch.placer.audit.append(
        {
            "at": stamp,
            "who": who,
            "action": "replace article",
            "event_id": None,
            "article_id": article.id,
            "detail": {"version": version, "events": len(extraction.mentions)},
        }
    )


def _near_duplicate_root(
    conn: Connection,
    batch: _Batch,
    signature: neardup.Signature,
    keys: list[int],
    *,
    exclude: int | None = None,
) -> str | None:
    """The id of the original this text is a near-copy of (the root of its copies), if any."""
    if not keys:
        return None
    candidates: dict[int, tuple[str, bytes | None, str | None]] = {}
    for key in keys:
        for pk, article_id, stored, duplicate_of in batch.band_index.get(key, ()):
            candidates[pk] = (article_id, stored, duplicate_of)
    pks = [pk for pk in conn.execute(_BAND_MATCHES, {"keys": keys}).scalars()]
    if pks:
        for row in conn.execute(_CANDIDATES, {"pks": sorted(pks)}):
            candidates[row.pk] = (row.id, row.signature, row.duplicate_of)
    candidates.pop(exclude or -1, None)
    best: tuple[float, str] | None = None
    for article_id, data, duplicate_of in sorted(candidates.values(), key=lambda c: c[0]):
        if data is None:
            continue
        similarity = neardup.similarity(signature, neardup.from_bytes(data))
        if similarity >= neardup.THRESHOLD:
            root = duplicate_of or article_id
            if best is None or (similarity, root) > best:
                best = (similarity, root)
    return best[1] if best else None


def _index_bands(
    batch: _Batch,
    article_pk: int,
    article_id: str,
    signature: neardup.Signature,
    root: str | None,
    keys: list[int],
) -> None:
    """Band keys go in at the end of the batch; until then the batch finds them in memory."""
    data = neardup.to_bytes(signature)
    for key in set(keys):
        batch.bands.append({"key": key, "article_pk": article_pk})
        batch.band_index.setdefault(key, []).append((article_pk, article_id, data, root))


def _mention_fields(mention: Mention) -> dict[str, Any]:
    out = mention.to_json()
    out.pop("evidence", None)
    out.pop("role", None)
    return out


def _store_mentions(
    conn: Connection,
    batch: _Batch,
    article_pk: int,
    article_id: str,
    version: int,
    extraction: Extraction,
    pins: Mapping[tuple[int, str], int],
    stamp: str,
) -> None:
    rows: list[dict[str, Any]] = []
    kept: list[tuple[Mention, dict[str, Any]]] = []
    for idx, mention in enumerate(extraction.mentions):
        if not mention.date:
            continue  # an event without a date cannot be placed; it stays in `extract` output
        fields = _mention_fields(mention)
        pinned = pins.get((idx, mention.role))
        rows.append(
            {
                "article_pk": article_pk,
                "article_id": article_id,
                "version": version,
                "idx": idx,
                "role": mention.role,
                "type": mention.type,
                "country": mention.country or "",
                "day": first_day(mention.date).isoformat(),
                "date_precision": mention.date_precision or "day",
                "fields": fields,
                "event_pk": pinned,
                "pinned": pinned is not None,
                "valid_from": stamp,
            }
        )
        kept.append((mention, fields))
    if not rows:
        return
    pks = conn.execute(_INSERT_MENTIONS, rows).scalars().all()
    placer = batch.placer
    claim_rows = batch.claims
    placed: list[tuple[dict[str, Any], str]] = []
    for pk, row, (mention, fields) in zip(pks, rows, kept, strict=True):
        for name, spans in mention.evidence.items():
            value = fields.get(name)
            if value in (None, [], "") or not spans:
                continue
            ev = spans[0]
            claim_rows.append(
                {
                    "mention_pk": pk,
                    "field": name,
                    "value": value,
                    "start": ev.start,
                    "end": ev.end,
                    "evidence": ev.text,
                    "extractor": EXTRACTOR,
                }
            )
        placed.append(({**row, "pk": pk}, row["country"]))
        if row["event_pk"] is not None:
            placer.touched.add(row["event_pk"])
    for row, country in placed:
        if row["pinned"]:
            continue
        if row["date_precision"] == "day" and row["role"] == "report":
            placer.reports.add((country, row["type"], row["day"]))
        else:
            placer.backgrounds.append((row, country))


def mention_keys(conn: Connection, article_id: str) -> list[str]:
    """The keys of an article's live mentions (for tests and `show`)."""
    rows = conn.execute(
        select(mentions.c.idx).where(
            mentions.c.article_id == article_id, mentions.c.valid_to.is_(None)
        )
    ).scalars()
    return [mention_key(article_id, idx) for idx in rows]


def group_articles(extractions: Iterable[Extraction]) -> dict[str, list[str]]:
    """Ingest extractions into a fresh in-memory database; article id -> ids of events it reports.

    This is how `launchwatch eval` scores grouping: the same code path as a real ingest.
    """
    done = {e.article.id: e for e in extractions}
    with open_store(":memory:") as store:
        ingest(store, [e.article for e in done.values()], extractor=lambda a: done[a.id])
        with store.begin() as conn:
            return reported_events(conn)


def reported_events(conn: Connection) -> dict[str, list[str]]:
    """Article id -> the ids of the events its live report mentions are in."""
    out: dict[str, list[str]] = {}
    for article_id, eid in conn.execute(
        select(mentions.c.article_id, events.c.id)
        .join(events, events.c.pk == mentions.c.event_pk)
        .where(mentions.c.role == "report", mentions.c.valid_to.is_(None))
        .order_by(mentions.c.article_id, mentions.c.idx)
    ):
        out.setdefault(article_id, []).append(eid)
    return out
