"""Machine instructions per extracted article, counted by valgrind: a figure that does not drift.

    .venv/bin/python benchmarks/bench_instructions.py [--corpus FILE ...] [--passes 2]

Wall-clock time on this machine drifts by 10-30% from run to run, more than most single changes
to the extractor are worth; the number of instructions it executes does not (the hash seed is
fixed, so dictionaries and sets are laid out the same way each run). The corpus (default: the
labelled corpus and the demo) is extracted once, to build whatever is built on first use, and
then `--passes` more times; the script runs that twice under `valgrind --tool=cachegrind`, once
with the extra passes and once without, and reports the difference per article. Instructions
are not time (cache misses and branches are not counted), but a change that saves instructions
in the extractor's own work nearly always saves time; use it to compare two versions, and
`bench_extract.py` for the speed itself. Needs valgrind (Debian: `apt-get install valgrind`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = [
    *sorted((ROOT / "tests" / "data" / "corpus").glob("*.articles.jsonl")),
    ROOT / "demo" / "articles.jsonl",
]


def run_passes(corpus: list[str], passes: int) -> None:
    """Extract every article once, then `passes` more times (what valgrind counts)."""
    from launchwatch.extract.launches import extract_article, prepare
    from launchwatch.ingest import read_sources
    from launchwatch.model import Rejected

    articles = [a for a in read_sources(corpus) if not isinstance(a, Rejected)]
    prepare()
    for _ in range(1 + passes):
        for article in articles:
            extract_article(article)
    print(len(articles))


def count(corpus: list[str], passes: int) -> tuple[int, int]:
    """Instructions of a run with `passes` extra passes, and the number of articles."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--run",
        str(passes),
        *corpus,
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        sys.exit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", "")), int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="*", help="article JSONL files")
    parser.add_argument("--passes", type=int, default=2, help="passes counted (after the first)")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # (valgrind runs this)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:
        run_passes(args.files, args.run)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    corpus = [str(p) for p in (args.corpus or DEFAULT_CORPUS) if p.exists()]
    if not corpus:
        sys.exit("no corpus found: give --corpus FILE")
    base, articles = count(corpus, 0)
    more, _ = count(corpus, args.passes)
    per_article = (more - base) / (articles * args.passes)
    print(f"articles            {articles} ({len(corpus)} files), {args.passes} passes counted")
    print(f"instructions        {per_article / 1e6:.3f} M per article")


if __name__ == "__main__":
    main()
