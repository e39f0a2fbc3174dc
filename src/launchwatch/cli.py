"""The `launchwatch` command: thin verbs over the library functions.

Exit status: 0 all inputs went through, 1 some inputs failed (each reported on stderr with where
it was), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence

from launchwatch import __version__
from launchwatch.cli_store import add_commands
from launchwatch.errors import LaunchwatchError, SourceError
from launchwatch.evaluate import format_scores, score, score_grouping
from launchwatch.extract.launches import extract_article, prepare
from launchwatch.ingest import parse_published, read_sources
from launchwatch.model import Extraction, Rejected
from launchwatch.render import render_extraction
from launchwatch.store.load import group_articles

log = logging.getLogger(__name__)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
STORE_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _date(value: str) -> dt.date:
    try:
        return parse_published(value)
    except (ValueError, SourceError) as exc:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (expected YYYY-MM-DD or an ISO 8601 datetime)"
        ) from exc


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; every command and option carries help text (a test checks)."""
    parser = argparse.ArgumentParser(
        prog="launchwatch",
        description="Turn news reports of missile launches, satellite launches and nuclear tests "
        "into verified event records whose every fact points to its sentence.",
    )
    parser.add_argument("--version", action="version", version=f"launchwatch {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (repeat for debug)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", help="the command to run")

    extract = commands.add_parser(
        "extract",
        help="extract launch events from articles (stateless)",
        description="Read articles (.txt with optional front matter, .jsonl, directories, '-' "
        "for JSONL on stdin) and print each article's events with their evidence.",
    )
    extract.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories, or - for JSONL on stdin"
    )
    extract.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="anchor date for relative dates in inputs that carry no publication date",
    )
    extract.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="table: readable blocks (default); jsonl: one CONTRACT line per article",
    )

    evaluate = commands.add_parser(
        "eval",
        help="score extraction against gold labels (CONTRACT section 5)",
        description="Extract from ARTICLES and score detection, fields and background "
        "recall against GOLD; then ingest them into a fresh in-memory database and score how "
        "they were grouped into events.",
    )
    evaluate.add_argument("gold", metavar="GOLD", help="gold labels, JSONL")
    evaluate.add_argument("articles", metavar="ARTICLES", help="the articles, JSONL")
    evaluate.add_argument(
        "--verbose", dest="list_errors", action="store_true", help="list every error"
    )
    evaluate.add_argument(
        "--format", choices=("text", "json"), default="text", help="report format (default text)"
    )
    STORE_HANDLERS.update(add_commands(commands, _date))
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    if not verbose and not quiet:
        level = logging.WARNING
    logging.basicConfig(level=level, format="launchwatch: %(levelname)s: %(message)s")


def _report(rejected: Rejected) -> None:
    print(f"launchwatch: skipped {rejected.where}: {rejected.reason}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    for item in read_sources(args.inputs, published=args.published, stdin=sys.stdin):
        if isinstance(item, Rejected):
            failed += 1
            _report(item)
            continue
        try:
            extraction = extract_article(item)
        except LaunchwatchError as exc:
            failed += 1
            print(f"launchwatch: {item.origin or item.id}: {exc}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
        else:
            out.write(render_extraction(extraction) + "\n\n")
    if failed:
        print(f"launchwatch: {failed} input(s) failed", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _read_gold(path: str) -> list[dict[str, object]]:
    gold: list[dict[str, object]] = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SourceError(f"{path}:{number}", f"invalid JSON: {exc.msg}") from exc
                if not isinstance(record, dict) or "id" not in record:
                    raise SourceError(f"{path}:{number}", "a gold line needs an object with 'id'")
                gold.append(record)
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from exc
    return gold


def cmd_eval(args: argparse.Namespace) -> int:
    gold = _read_gold(args.gold)
    outputs: dict[str, dict[str, object]] = {}
    extractions: dict[str, Extraction] = {}
    failed = 0
    for item in read_sources([args.articles]):
        if isinstance(item, Rejected):
            failed += 1
            _report(item)
            continue
        extractions[item.id] = extract_article(item)
        outputs[item.id] = extractions[item.id].to_json()
    scores = score(gold, outputs)
    scores.grouping = score_grouping(gold, group_articles(extractions.values()))
    if args.format == "json":
        print(json.dumps(scores.to_json(), indent=2))
    else:
        print(format_scores(scores, verbose=args.list_errors))
    return EXIT_SOME_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    _configure_logging(args.verbose, args.quiet)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handlers = {"extract": cmd_extract, "eval": cmd_eval, **STORE_HANDLERS}
    if args.command in ("extract", "eval", "ingest"):
        prepare()
    try:
        return handlers[args.command](args)
    except SourceError as exc:
        print(f"launchwatch: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except LaunchwatchError as exc:
        print(f"launchwatch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
