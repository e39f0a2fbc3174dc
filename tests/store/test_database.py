"""Opening databases by URL, and migrations that build exactly the declared schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from launchwatch.errors import StoreError
from launchwatch.store.database import Store, open_store, resolve_url
from launchwatch.store.schema import metadata


def test_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAUNCHWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'launchwatch.db'}"
    assert resolve_url("x/e.db") == f"sqlite:///{tmp_path / 'x' / 'e.db'}"
    assert resolve_url(":memory:") == "sqlite://"
    assert resolve_url("postgresql://localhost/test") == "postgresql+psycopg://localhost/test"
    monkeypatch.setenv("LAUNCHWATCH_DB", "sqlite:////tmp/from-env.db")
    assert resolve_url(None) == "sqlite:////tmp/from-env.db"
    with pytest.raises(StoreError, match="unknown database scheme 'mysql'; available: sqlite"):
        resolve_url("mysql://localhost/db")


def test_migrations_build_the_declared_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        tables = set(inspect(conn).get_table_names())
    assert diff == []
    assert {"articles", "mentions", "claims", "events", "corrections", "audit"} <= tables
    assert "alembic_version" in tables


def test_reopening_is_a_no_op_and_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    open_store(str(path)).close()
    with open_store(str(path)) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_text("this is not SQLite\n" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(str(path))
