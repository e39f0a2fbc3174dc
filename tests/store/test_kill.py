"""`kill -9` during an ingest, then the same command again: the database of an uninterrupted run.

Also: readers list events while an ingest writes (SQLite in WAL mode).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from launchwatch.store.database import open_store
from launchwatch.store.query import EventFilter, list_events
from launchwatch.store.schema import articles
from store_helpers import snapshot

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [
    *(str(p) for p in sorted((ROOT / "tests" / "data" / "corpus").glob("*.articles.jsonl"))),
    str(ROOT / "demo"),
    str(ROOT / "tests" / "store" / "data" / "launches.jsonl"),
]


def _command(db: Path) -> list[str]:
    ingest = ["ingest", *INPUTS, "--db", str(db), "--batch-size", "3"]
    return [sys.executable, "-m", "launchwatch", "-q", *ingest]


def _count(db: Path) -> int:
    with open_store(str(db), migrate=False) as store, store.begin() as conn:
        try:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())
        except Exception:  # the schema may not be there yet
            return 0


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    done = subprocess.run(_command(db), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    with open_store(str(db)) as store:
        return snapshot(store)


def _kill_when(process: subprocess.Popen[bytes], db: Path, articles_in: int) -> bool:
    """Kill -9 once `articles_in` articles are committed; whether it was still running."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if _count(db) >= articles_in:
            break
        time.sleep(0.01)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return True


@pytest.mark.parametrize("articles_in", [1, 30, 70])
def test_kill_then_rerun_gives_the_uninterrupted_database(
    tmp_path: Path, uninterrupted: dict, articles_in: int
) -> None:
    db = tmp_path / "killed.db"
    process = subprocess.Popen(_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed = _kill_when(process, db, articles_in)
    assert killed, "the ingest finished before it could be killed: give it more articles"
    assert process.returncode == -signal.SIGKILL
    partial = _count(db)
    assert partial < len(uninterrupted["articles"])
    rerun = subprocess.run(_command(db), capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(str(db)) as store:
        assert snapshot(store) == uninterrupted


@pytest.mark.parametrize("delay", [0.05, 0.4])
def test_kill_at_any_moment(tmp_path: Path, uninterrupted: dict, delay: float) -> None:
    """Killed at a moment chosen by the clock, not by a commit: mid-transaction or mid-start."""
    db = tmp_path / "killed.db"
    process = subprocess.Popen(_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    rerun = subprocess.run(_command(db), capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(str(db)) as store:
        assert snapshot(store) == uninterrupted


def test_readers_work_while_an_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    open_store(str(db)).close()  # schema in place before the reader starts
    process = subprocess.Popen(_command(db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    reads = 0
    seen: list[int] = []
    with open_store(str(db)) as store:
        while process.poll() is None:
            with store.begin() as conn:
                seen.append(len(list(list_events(conn, EventFilter()))))
            reads += 1
            time.sleep(0.02)
    assert process.wait() == 0
    assert reads >= 3, "the ingest was too quick to read during it"
    assert seen == sorted(seen) or max(seen) > 0  # reads succeeded and saw progress
