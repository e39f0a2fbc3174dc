"""The tables of the event database (SQLAlchemy Core; the migrations create the same schema).

Articles keep their cleaned text and a content hash; each article's mentions (the events it speaks
of, with role) carry their claims (one per field, with the sentence it came from). Canonical events
hold the fused record; mentions point at them. Nothing is deleted when an article changes: the old
mentions get `valid_to`, which is what `show --as-of` reads. Corrections and the audit trail are
append-only.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("published", String(10)),  # YYYY-MM-DD
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),  # cleaned text; claim offsets refer to it
    Column("signature", LargeBinary),  # MinHash signature
    Column("duplicate_of", String(200)),  # the article this one is a near-copy of (its root)
    Column("extractor", String(40), nullable=False),
    Column("warnings", JSON, nullable=False, default=list),
    Column("version", Integer, nullable=False, default=1),
    Column("ingested_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# The LSH index of article signatures: candidates for near-duplicates share a band key (the band's
# number is hashed into its key, so one index on the key serves every band).
article_bands = Table(
    "article_bands",
    metadata,
    Column("key", BigInteger, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), primary_key=True),
    Index("ix_article_bands_article", "article_pk"),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(80), nullable=False, unique=True),
    Column("type", String(40), nullable=False),
    Column("country", String(8), nullable=False),  # "" when unknown
    Column("day", String(10), nullable=False),  # first day the date can be (index key)
    Column("date", String(10), nullable=False),  # to its precision: YYYY-MM-DD, YYYY-MM, YYYY
    Column("date_precision", String(8), nullable=False),
    Column("missile_class", String(20)),
    Column("record", JSON, nullable=False),  # fused fields (CONTRACT section 3)
    Column("conflicts", JSON, nullable=False, default=list),
    Column("reports", Integer, nullable=False, default=0),  # report mentions
    Column("sources", Integer, nullable=False, default=0),  # independent reports
    Column("status", String(12), nullable=False, default="active"),  # active | rejected
    Column("reviewed", Boolean, nullable=False, default=False),
    Column("origin", String(12), nullable=False, default="news"),  # news | cns
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Index("ix_events_lookup", "country", "type", "day"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk"), nullable=False, index=True),
    Column("article_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),  # the article version it was extracted from
    Column("idx", SmallInteger, nullable=False),  # position among the article's events
    Column("role", String(12), nullable=False),
    Column("type", String(40), nullable=False),
    Column("country", String(8), nullable=False),
    Column("day", String(10), nullable=False),
    Column("date_precision", String(8), nullable=False),
    Column("fields", JSON, nullable=False),  # the mention's event fields (CONTRACT section 3)
    Column("event_pk", Integer, ForeignKey("events.pk"), index=True),
    Column("pinned", Boolean, nullable=False, default=False),  # placed by an analyst
    Column("valid_from", String(32), nullable=False),
    Column("valid_to", String(32)),  # set when the article changed and this was replaced
    Index("ix_mentions_lookup", "country", "type", "day"),
)

claims = Table(
    "claims",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("mention_pk", Integer, ForeignKey("mentions.pk"), nullable=False, index=True),
    Column("field", String(40), nullable=False),
    Column("value", JSON),
    Column("start", Integer),
    Column("end", Integer),
    Column("evidence", Text),
    Column("extractor", String(40), nullable=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(80), nullable=False, index=True),
    Column("action", String(12), nullable=False),  # set | merge | split | reject
    Column("field", String(40)),
    Column("old", JSON),
    Column("new", JSON),
    Column("target", String(200)),  # merge: the other event; split: the article
    Column("note", Text, nullable=False, default=""),
    Column("who", String(80), nullable=False),
    Column("at", String(32), nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("who", String(80), nullable=False),
    Column("action", String(40), nullable=False),
    Column("event_id", String(80)),
    Column("article_id", String(200)),
    Column("detail", JSON, nullable=False, default=dict),
)
