"""Extraction speed on one core: articles/s and MB/s over a replicated corpus, peak memory, and
the floor (read + json.loads + split every text into words) measured in the same run.

    .venv/bin/python benchmarks/bench_extract.py [--articles 10000] [--corpus FILE ...] [--repeat 3]
        [--chunk 500]

The corpus defaults to the labelled test corpus and the demo; it is replicated (ids made unique)
into temporary JSONL files of --chunk lines each, at least --articles lines in all.

This machine's speed drifts from second to second, so the two timings are taken in turns on each
chunk (both see the same machine) and summed; a pass over all chunks gives one ratio. Of
--repeat passes, the fastest extraction pass is reported with its own floor and ratio, and the
ratios of all passes are shown.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from launchwatch.extract.launches import extract_article, prepare
from launchwatch.ingest import read_sources
from launchwatch.model import Rejected

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = [
    *sorted((ROOT / "tests" / "data" / "corpus").glob("*.articles.jsonl")),
    ROOT / "demo" / "articles.jsonl",
]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_files(sources: list[Path], n: int, directory: Path, chunk: int) -> list[Path]:
    """The corpus replicated to `n` articles with unique ids, in files of `chunk` lines."""
    records = []
    for source in sources:
        if source.exists():
            records += [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x]
    if not records:
        sys.exit("no corpus found: give --corpus FILE")
    paths: list[Path] = []
    for first in range(0, n, chunk):
        path = directory / f"bench-{len(paths):04d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(first, min(n, first + chunk)):
                record = dict(records[i % len(records)])
                record["id"] = f"{record['id']}-{i}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def floor(path: Path) -> float:
    """Seconds to read `path`, parse every line and split every text into words."""
    start = time.perf_counter()
    words = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            words += len(json.loads(line)["text"].split())
    return time.perf_counter() - start


def extract(path: Path) -> tuple[float, int, int]:
    """Seconds to read and extract every article of `path`; articles; events."""
    start = time.perf_counter()
    articles = events = 0
    for item in read_sources([str(path)]):
        if isinstance(item, Rejected):
            continue
        events += len(extract_article(item).mentions)
        articles += 1
    return time.perf_counter() - start, articles, events


class Pass:
    """One pass over every chunk: both timings summed, and memory along the way."""

    def __init__(self, paths: list[Path], checkpoints: set[int]) -> None:
        self.floor = self.extract = 0.0
        self.articles = self.events = 0
        self.memory: list[tuple[int, float]] = []
        for i, path in enumerate(paths):
            # (the order within a pair alternates, so neither timing always goes first)
            if i % 2:
                seconds, articles, events = extract(path)
                self.floor += floor(path)
            else:
                self.floor += floor(path)
                seconds, articles, events = extract(path)
            self.extract += seconds
            self.articles += articles
            self.events += events
            if i + 1 in checkpoints:
                self.memory.append((self.articles, _rss_mb()))

    @property
    def ratio(self) -> float:
        return self.extract / self.floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to extract")
    parser.add_argument("--corpus", type=Path, nargs="*", help="article JSONL files to replicate")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest is reported")
    parser.add_argument("--chunk", type=int, default=500, help="articles timed in one turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_files(args.corpus or DEFAULT_CORPUS, args.articles, Path(tmp), args.chunk)
        size = sum(p.stat().st_size for p in paths)
        n = len(paths)
        checkpoints = {max(1, n // 4), max(1, n // 2), n}
        prepare()  # as the command line does
        passes = [Pass(paths, checkpoints) for _ in range(max(1, args.repeat))]
    best = min(passes, key=lambda p: p.extract)
    mb = size / 1e6
    seconds, floor_s, articles = best.extract, best.floor, best.articles
    print(
        f"articles            {articles} ({mb:.1f} MB, {best.events} events, "
        f"timed in turns by {args.chunk})"
    )
    print(
        f"extract             {seconds:.2f} s  {articles / seconds:,.0f} articles/s  "
        f"{mb / seconds:.2f} MB/s  (passes: {', '.join(f'{p.extract:.2f}' for p in passes)} s)"
    )
    print(
        f"floor (read+parse+split) {floor_s:.3f} s  {articles / floor_s:,.0f} articles/s  "
        f"(passes: {', '.join(f'{p.floor:.3f}' for p in passes)} s)"
    )
    ratios = sorted(p.ratio for p in passes)
    print(
        f"ratio to floor      {best.ratio:.1f}x in the fastest pass  "
        f"(all passes: {', '.join(f'{r:.1f}' for r in ratios)}x)"
    )
    print("peak RSS (MB) at    " + ", ".join(f"{a}: {m:.0f}" for a, m in best.memory))


if __name__ == "__main__":
    main()
