"""Ingest articles into the event database: extract, link near-duplicates, store claims, merge.

Articles go in batches, one transaction per batch: a process killed at any moment leaves the
database as it was after the last whole batch, and running the same command again skips what is
already in (same id and same content, or the same content under another id) and carries on, which
gives exactly the database an uninterrupted run gives. A changed article (same id, new text)
replaces its own mentions; the old ones stay, closed, for `show --as-of`.
"""

from __future__ import annotations

import hashlib
import json
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
from launchwatch.store.schema import article_bands, articles, audit, events, mentions

log = logging.getLogger(__name__)

EXTRACTOR = f"launchwatch-{__version__}"
DEFAULT_BATCH = 500

# Statements run for every article, built once.
_INSERT_ARTICLE = insert(articles).returning(articles.c.pk, sort_by_parameter_order=True)
_INSERT_AUDIT = insert(audit)
_INSERT_MENTIONS = insert(mentions).returning(mentions.c.pk, sort_by_parameter_order=True)
_CHUNK = 500  # values in one IN list
# Two small indexed queries rather than a join: most articles have no candidate at all, and a
# join planned on stale statistics scanned the articles table (PostgreSQL).
_BAND_MATCHES = select(article_bands.c.key, article_bands.c.article_pk).where(
    article_bands.c.key.in_(bindparam("keys", expanding=True))
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
    claims: list[tuple[Any, ...]] = field(default_factory=list)  # in _CLAIM_COLUMNS' order
    bands: list[tuple[int, int]] = field(default_factory=list)  # (key, article_pk)
    # The batch's own band keys, not yet in the table: key -> (id, signature, duplicate_of)
    band_index: dict[int, list[tuple[str, bytes, str | None]]] = field(default_factory=dict)

    def flush(self, conn: Connection) -> None:
        # Band keys (32 an article) and claims (about 16) go straight to the driver: SQLAlchemy's
        # per-row work on them cost more than the inserts themselves.
        _driver_insert(conn, "article_bands", ("key", "article_pk"), self.bands)
        self.placer.place_batch()
        _driver_insert(conn, "claims", _CLAIM_COLUMNS, self.claims)
        if self.placer.audit:
            conn.execute(_INSERT_AUDIT, self.placer.audit)


_CLAIM_COLUMNS = ("mention_pk", "field", "value", "start", "end", "evidence", "extractor")


def _driver_insert(
    conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert rows of plain values (JSON already serialized) with the driver's executemany."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([mark] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


@dataclass
class _Work:
    """One new or changed article of a batch, on its way in."""

    article: Article
    extraction: Extraction
    digest: str
    old: Any | None  # the stored row it replaces (pk, id, content_hash, version), if any
    signature: neardup.Signature
    keys: list[int]
    stamp: str = ""
    root: str | None = None  # the id of the original it is a near-copy of
    pk: int = 0


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
    """A batch in a few statements: the articles known already, the stored band keys of the new
    texts, then every new article and every mention inserted at once."""
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
    work: list[_Work] = []
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
        same_content.add(digest)
        extraction = extractor(article)
        signature = neardup.signature(extraction.text)
        work.append(
            _Work(article, extraction, digest, old, signature, neardup.band_keys(signature))
        )
    if not work:
        return
    batch_state = _Batch(Placer(conn))
    _find_roots(conn, batch_state, work)
    _write_articles(conn, batch_state, work, who)
    for item in work:
        if item.old is None:
            report.added += 1
            report.near_duplicates += item.root is not None
        else:
            report.replaced += 1
    batch_state.flush(conn)


def _stored_candidates(
    conn: Connection, keys: Iterable[int]
) -> tuple[dict[int, list[str]], dict[str, tuple[bytes | None, str | None]]]:
    """The stored articles sharing a band key with the batch: key -> their ids, and for each id
    its signature and the original it copies."""
    by_key: dict[int, list[int]] = {}
    wanted = sorted(set(keys))
    for i in range(0, len(wanted), _CHUNK):
        for key, pk in conn.execute(_BAND_MATCHES, {"keys": wanted[i : i + _CHUNK]}):
            by_key.setdefault(key, []).append(pk)
    pks = sorted({pk for found in by_key.values() for pk in found})
    ids: dict[int, str] = {}
    stored: dict[str, tuple[bytes | None, str | None]] = {}
    for i in range(0, len(pks), _CHUNK):
        for row in conn.execute(_CANDIDATES, {"pks": pks[i : i + _CHUNK]}):
            ids[row.pk] = row.id
            stored[row.id] = (row.signature, row.duplicate_of)
    return {key: [ids[pk] for pk in found] for key, found in by_key.items()}, stored


def _find_roots(conn: Connection, batch: _Batch, work: list[_Work]) -> None:
    """Settle, in batch order, which original each article is a near-copy of, if any: among the
    stored articles and the batch's earlier ones, the most similar above the threshold."""
    by_key, stored = _stored_candidates(conn, (k for item in work for k in item.keys))
    replaced: set[str] = set()  # ids whose stored text an earlier article of the batch replaced
    for item in work:
        own = item.article.id
        found: set[str] = set()
        candidates: dict[str, tuple[bytes | None, str | None]] = {}
        for key in item.keys:
            found.update(by_key.get(key, ()))
            for other, sig, copies in batch.band_index.get(key, ()):
                candidates[other] = (sig, copies)
        for other in found - replaced:
            candidates.setdefault(other, stored[other])
        candidates.pop(own, None)
        ids = sorted(other for other, (data, _) in candidates.items() if data is not None)
        scores = neardup.similarities(
            item.signature, [candidates[other][0] or b"" for other in ids]
        )
        best: tuple[float, str] | None = None
        for other, similarity in zip(ids, scores.tolist(), strict=True):
            if similarity >= neardup.THRESHOLD:
                root = candidates[other][1] or other
                if best is None or (similarity, root) > best:
                    best = (similarity, root)
        item.root = best[1] if best else None
        if item.old is not None:
            replaced.add(own)
        data = neardup.to_bytes(item.signature)
        for key in set(item.keys):  # in the table at the end of the batch; until then, here
            batch.band_index.setdefault(key, []).append((own, data, item.root))


def _article_values(item: _Work) -> dict[str, Any]:
    article, extraction = item.article, item.extraction
    return {
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "content_hash": item.digest,
        "text": extraction.text,
        "signature": neardup.to_bytes(item.signature),
        "duplicate_of": item.root,
        "extractor": EXTRACTOR,
        "warnings": list(extraction.warnings),
        "updated_at": item.stamp,
    }


def _write_articles(conn: Connection, batch: _Batch, work: list[_Work], who: str) -> None:
    """Insert the new articles at once (a changed one is updated in place, its old mentions
    closed), then all their mentions at once, their band keys, claims and audit rows."""
    pins: dict[str, Mapping[tuple[int, str], int]] = {}
    fresh: list[_Work] = []
    for item in work:
        item.stamp = now()
        if item.old is None:
            fresh.append(item)
        else:
            item.pk = item.old.pk
            pins[item.article.id] = _close_old_version(conn, batch, item)
    if fresh:
        rows = [
            {
                **_article_values(item),
                "id": item.article.id,
                "version": 1,
                "ingested_at": item.stamp,
            }
            for item in fresh
        ]
        pks = conn.execute(_INSERT_ARTICLE, rows).scalars().all()
        for item, pk in zip(fresh, pks, strict=True):
            item.pk = pk
    mention_rows: list[dict[str, Any]] = []
    kept: list[tuple[Mention, dict[str, Any]]] = []
    for item in work:
        version = 1 if item.old is None else item.old.version + 1
        _mention_rows(item, version, pins.get(item.article.id, {}), mention_rows, kept)
        for key in set(item.keys):
            batch.bands.append((key, item.pk))
        batch.placer.audit.append(
            {
                "at": item.stamp,
                "who": who,
                "action": "add article" if item.old is None else "replace article",
                "event_id": None,
                "article_id": item.article.id,
                "detail": {"duplicate_of": item.root, "events": len(item.extraction.mentions)}
                if item.old is None
                else {"version": version, "events": len(item.extraction.mentions)},
            }
        )
    if mention_rows:
        pks = conn.execute(_INSERT_MENTIONS, mention_rows).scalars().all()
        _claims_and_places(batch, pks, mention_rows, kept)


def _close_old_version(conn: Connection, batch: _Batch, item: _Work) -> dict[tuple[int, str], int]:
    """Close a changed article's live mentions, drop its band keys and store its new text; the
    analyst's pins on its mentions (merge, split), to replay on the new ones."""
    old = item.old
    assert old is not None
    previous = conn.execute(
        select(
            mentions.c.pk, mentions.c.idx, mentions.c.role, mentions.c.event_pk, mentions.c.pinned
        ).where(mentions.c.article_pk == old.pk, mentions.c.valid_to.is_(None))
    ).all()
    conn.execute(
        update(mentions)
        .where(mentions.c.article_pk == old.pk, mentions.c.valid_to.is_(None))
        .values(valid_to=item.stamp)
    )
    batch.placer.touched.update(r.event_pk for r in previous if r.event_pk is not None)
    conn.execute(delete(article_bands).where(article_bands.c.article_pk == old.pk))
    conn.execute(
        update(articles)
        .where(articles.c.pk == old.pk)
        .values(**_article_values(item), version=old.version + 1)
    )
    return {(r.idx, r.role): r.event_pk for r in previous if r.pinned}


def _mention_fields(mention: Mention) -> dict[str, Any]:
    out = mention.to_json()
    out.pop("evidence", None)
    out.pop("role", None)
    return out


def _mention_rows(
    item: _Work,
    version: int,
    pins: Mapping[tuple[int, str], int],
    rows: list[dict[str, Any]],
    kept: list[tuple[Mention, dict[str, Any]]],
) -> None:
    """The rows of an article's mentions (appended to `rows`, with the mention to `kept`)."""
    for idx, mention in enumerate(item.extraction.mentions):
        if not mention.date:
            continue  # an event without a date cannot be placed; it stays in `extract` output
        fields = _mention_fields(mention)
        pinned = pins.get((idx, mention.role))
        rows.append(
            {
                "article_pk": item.pk,
                "article_id": item.article.id,
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
                "valid_from": item.stamp,
            }
        )
        kept.append((mention, fields))


def _claims_and_places(
    batch: _Batch,
    pks: Iterable[int],
    rows: list[dict[str, Any]],
    kept: list[tuple[Mention, dict[str, Any]]],
) -> None:
    """The claims of the stored mentions, and the places the placer is to settle."""
    placer = batch.placer
    claim_rows = batch.claims
    placed: list[tuple[dict[str, Any], str]] = []
    for pk, row, (mention, fields) in zip(pks, rows, kept, strict=True):
        for name, spans in mention.evidence.items():
            value = fields.get(name)
            if value in (None, [], "") or not spans:
                continue
            ev = spans[0]
            claim_rows.append((pk, name, json.dumps(value), ev.start, ev.end, ev.text, EXTRACTOR))
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
