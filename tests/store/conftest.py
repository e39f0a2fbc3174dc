"""Stores for the storage tests: an SQLite file and a fresh PostgreSQL schema per test run.

PostgreSQL is the one on this machine (127.0.0.1:5432, trust auth, database `test`; `make test`
starts it). Each run gets its own schema, dropped at the end, so runs never see each other.
Where no PostgreSQL answers, its cases skip with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from launchwatch.store.database import Store, open_store

PG_URL = os.environ.get("LAUNCHWATCH_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_schema() -> Iterator[str]:
    """A fresh schema for this run; dropped afterwards."""
    engine = create_engine(PG_URL)
    schema = f"lw_test_{uuid.uuid4().hex[:10]}"
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # no server: the PostgreSQL cases skip, the SQLite ones still run
        engine.dispose()
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc.__class__.__name__}")
    try:
        yield schema
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()


def _pg_store(schema: str) -> Store:
    """A store on its own schema inside the run's schema namespace (one per test)."""
    engine = create_engine(PG_URL)
    sub = f"{schema}_{uuid.uuid4().hex[:6]}"
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {sub}"))
    engine.dispose()
    return open_store(f"{PG_URL}?options=-csearch_path%3D{sub}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "events.db"))
    else:
        schema = request.getfixturevalue("pg_schema")
        opened = _pg_store(schema)
    try:
        yield opened
    finally:
        if request.param == "postgresql":
            sub = opened.engine.url.query.get("options", "")
            with opened.engine.begin() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {str(sub).split('=')[-1]} CASCADE"))
        opened.close()
