"""Open the event database by URL: SQLite (default) or PostgreSQL, migrated to the latest schema.

`open_store("launchwatch.db")`, `open_store("sqlite:///path.db")`, `open_store(":memory:")` or
`open_store("postgresql://localhost/test")`. The URL may also come from `LAUNCHWATCH_DB`.
SQLite runs in WAL mode so readers work while an ingest writes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from launchwatch.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_URL = "launchwatch.db"
ENV_VAR = "LAUNCHWATCH_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMES = ("sqlite", "postgresql")


def resolve_url(url: str | None = None) -> str:
    """The SQLAlchemy URL for what the user gave: a URL, a file path, or nothing (env, default)."""
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if raw == ":memory:":
        return "sqlite://"
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    scheme, rest = raw.split("://", 1)
    base = scheme.split("+", 1)[0]
    if base in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    if base == "sqlite":
        return raw
    raise StoreError(raw, f"unknown database scheme {scheme!r}; available: {', '.join(SCHEMES)}")


@dataclass
class Store:
    """An open event database. `begin()` gives a connection inside one transaction."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(self.display_url, str(exc.orig)) from exc

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Store:
    """Connect and bring the schema to the latest migration.

    With `create=False` (the commands that only read) a missing SQLite file is an error rather
    than a new empty database.
    """
    resolved = resolve_url(url)
    path = _sqlite_path(resolved)
    if not create and path is not None and not path.exists():
        raise StoreError(
            str(path), "no database here (create one with `launchwatch ingest ... --db PATH`)"
        )
    try:
        engine = _engine(resolved)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(resolved, str(exc)) from exc
    except OSError as exc:
        raise StoreError(resolved, f"cannot create the database: {exc.strerror or exc}") from exc
    store = Store(engine, resolved)
    if migrate:
        try:
            _migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(store.display_url, f"cannot open the database: {reason}") from exc
    return store


def _sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite") or url == "sqlite://":
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"timeout": 60}}
        if url == "sqlite://":
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            path = _sqlite_path(url)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # No server-side prepared statements: a generic plan made while the tables were empty would
    # keep scanning them whole as they grow (ingest got slower with every batch).
    engine = create_engine(url, pool_pre_ping=True, connect_args={"prepare_threshold": None})
    # Many-row inserts (claims, band keys) as one multi-row statement, not one per row.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL: readers see the last commit while an ingest writes; NORMAL sync is durable across a
    # killed process (only an OS crash can lose the last transactions, never corrupt the file).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    # 128 MB of page cache (the default is 2 MB): the indexes of a database of 100,000 articles
    # stay in memory, so ingest does not slow down as the file grows past the OS's easy reach.
    cursor.execute("PRAGMA cache_size=-131072")
    # Pages go back from the log to the file every 10,000 pages (40 MB) instead of 1,000: a
    # batch's inserts land on random index pages, and fewer checkpoints write each page fewer times
    # (late commits of a 40,000-article ingest: 1.2 -> 0.9 s per 5,000 articles).
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.close()


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _migrate(engine: Engine) -> None:
    config = _alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return
        log.info("migrating the database from %s to %s", current, head)
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
