"""Ingest speed end to end: synthetic articles into a fresh event database, timed per 10,000.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 100000] [--db URL] [--batch-size 500]
                                               [--seed 0] [--json]

Articles come from benchmarks/articles_gen.py (launch clusters, syndicated copies, pieces
without a launch). Each chunk of 10,000 is generated first and then given to one `ingest` call,
so the chunk times are ingest alone and the generator's time is shown beside them. The ratio of
the last chunk's time to the first's tells whether ingest slows down as the database grows
(goal: at most 1.5). The database is a new SQLite file in a temporary directory unless --db
names one (for PostgreSQL, an empty database: `postgresql://user@host/dbname`).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from articles_gen import generate
from launchwatch.extract.launches import prepare
from launchwatch.store.database import open_store
from launchwatch.store.load import ingest

CHUNK = 10_000
GOAL_RATIO = 1.5
COUNTS = ("added", "unchanged", "replaced", "rejected")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count_events(store: Any) -> int | None:
    """The events in the database, or None where the store cannot tell cheaply."""
    try:
        from sqlalchemy import func, select

        from launchwatch.store.schema import events
    except ImportError:
        return None
    with store.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(events)).scalar_one())


def run(url: str, articles: int, batch_size: int, seed: int) -> dict[str, Any]:
    """Ingest `articles` generated articles into the database at `url`; the figures as a dict."""
    store = open_store(url)
    prepare()  # as `launchwatch ingest` does
    counts = dict.fromkeys(COUNTS, 0)
    chunks: list[dict[str, float]] = []
    generator_s = 0.0
    stream = generate(articles, seed)
    try:
        while True:
            start = time.perf_counter()
            chunk = list(islice(stream, CHUNK))
            generator_s += time.perf_counter() - start
            if not chunk:
                break
            start = time.perf_counter()
            report = ingest(store, chunk, batch_size=batch_size)
            seconds = time.perf_counter() - start
            for name in COUNTS:
                counts[name] += getattr(report, name)
            chunks.append({"articles": len(chunk), "seconds": seconds, "rss_mb": _rss_mb()})
            if sys.stderr.isatty():
                done = sum(int(c["articles"]) for c in chunks)
                print(f"  {done:>9,} articles  {seconds:7.1f} s", file=sys.stderr)
        events = _count_events(store)
    finally:
        store.close()
    ingest_s = sum(c["seconds"] for c in chunks)
    done = sum(int(c["articles"]) for c in chunks)
    first, last = chunks[0], chunks[-1]
    # per article, so that a short last chunk (n not a multiple of CHUNK) compares fairly
    ratio: float | None = (last["seconds"] / last["articles"]) / (
        first["seconds"] / first["articles"]
    )
    if len(chunks) < 2:
        ratio = None
    return {
        "articles": done,
        "database": url.split("://", 1)[0],
        "batch_size": batch_size,
        "seed": seed,
        "ingest_s": ingest_s,
        "ingest_articles_per_s": done / ingest_s,
        "generator_s": generator_s,
        "generator_articles_per_s": done / generator_s,
        "end_to_end_articles_per_s": done / (ingest_s + generator_s),
        "chunks": chunks,
        "last_first_ratio": ratio,
        "goal_ratio": GOAL_RATIO,
        "peak_rss_mb": _rss_mb(),
        "events": events,
        **counts,
    }


def print_report(figures: dict[str, Any]) -> None:
    n = figures["articles"]
    counts = ", ".join(f"{name} {figures[name]}" for name in COUNTS)
    chunks = figures["chunks"]
    print(
        f"articles            {n} in {len(chunks)} chunks of up to {CHUNK} "
        f"({figures['database']}, batches of {figures['batch_size']}, seed {figures['seed']})"
    )
    print(
        f"ingest              {figures['ingest_s']:.1f} s  "
        f"{figures['ingest_articles_per_s']:,.0f} articles/s  ({counts})"
    )
    print(
        f"generator alone     {figures['generator_s']:.1f} s  "
        f"{figures['generator_articles_per_s']:,.0f} articles/s"
    )
    print(f"end to end          {figures['end_to_end_articles_per_s']:,.0f} articles/s")
    print("per chunk (s)       " + " ".join(f"{c['seconds']:.1f}" for c in chunks))
    ratio, goal = figures["last_first_ratio"], figures["goal_ratio"]
    if ratio is None:
        print(f"last/first chunk    n/a (one chunk; give more than {CHUNK} articles)")
    else:
        verdict = "met" if ratio <= goal else "NOT met"
        print(f"last/first chunk    {ratio:.2f} (goal <= {goal}: {verdict})")
    print(f"peak RSS            {figures['peak_rss_mb']:.0f} MB")
    events = figures["events"]
    print(f"events              {events if events is not None else 'n/a'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to ingest")
    parser.add_argument(
        "--db",
        help="database URL (sqlite:///path or postgresql://...; an empty database); "
        "default: a new SQLite file in a temporary directory",
    )
    parser.add_argument(
        "--batch-size", type=int, default=500, help="articles per transaction within ingest"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the article generator")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if args.db:
        figures = run(args.db, args.articles, args.batch_size, args.seed)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            figures = run(url, args.articles, args.batch_size, args.seed)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_report(figures)


if __name__ == "__main__":
    main()
