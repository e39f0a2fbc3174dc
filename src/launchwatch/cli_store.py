"""The database verbs of `launchwatch`: ingest, events, show, review, export, import-cns, stats.

Each is a thin wrapper over `launchwatch.store` and `launchwatch.export`; `--db` (or
`LAUNCHWATCH_DB`) names the database, an SQLite file `launchwatch.db` by default.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from launchwatch.errors import UsageError
from launchwatch.export.cns import write_cns
from launchwatch.export.events import EVENT_FORMATS, render_event, write_events
from launchwatch.export.stats import STAT_FORMATS, STAT_KEYS, count_events, write_stats
from launchwatch.ingest import read_sources
from launchwatch.ingest.cns import read_cns
from launchwatch.merge.compare import compare_events
from launchwatch.model import EVENT_TYPES, MISSILE_CLASSES, Rejected
from launchwatch.store.database import ENV_VAR, open_store
from launchwatch.store.load import DEFAULT_BATCH, IngestReport, ingest
from launchwatch.store.query import EventFilter, event_record, list_events, parse_as_of
from launchwatch.store.reference import ORIGIN, import_reference
from launchwatch.store.review import merge_events, reject_event, set_fields, split_article
from launchwatch.store.schema import articles

EXIT_OK, EXIT_SOME_FAILED = 0, 1
Handler = Callable[[argparse.Namespace], int]


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database: an SQLite file path or sqlite:///path, or postgresql://host/db "
        f"(default: ${ENV_VAR}, else launchwatch.db)",
    )


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="DATE", help="events on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="events on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--country", metavar="CC", help="launching state, ISO code such as KP")
    parser.add_argument("--type", choices=EVENT_TYPES, help="event type")
    parser.add_argument(
        "--class", dest="missile_class", choices=MISSILE_CLASSES, help="missile class"
    )
    parser.add_argument(
        "--min-sources", type=int, default=0, metavar="N", help="at least N independent reports"
    )
    parser.add_argument("--all", action="store_true", help="also rejected and merged-away events")
    parser.add_argument(
        "--reference",
        action="store_true",
        help="the imported CNS reference events instead of launchwatch's own",
    )


def add_commands(commands: Any, date_type: Callable[[str], Any]) -> dict[str, Handler]:
    """Add the database verbs to the `launchwatch` parser; returns their handlers."""
    p = commands.add_parser(
        "ingest",
        help="extract articles into the event database and merge them into events",
        description="Read articles (.txt, .jsonl, directories, '-'), extract their events, link "
        "near-duplicate copies, and merge reports of one launch into one event. Idempotent: "
        "articles already in with the same content are skipped.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - (stdin)")
    _db(p)
    p.add_argument("--published", type=date_type, metavar="DATE", help="anchor date if missing")
    p.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"articles per transaction (default {DEFAULT_BATCH})",
    )

    p = commands.add_parser(
        "events",
        help="list canonical events",
        description="List the events in the database, oldest first, with filters.",
    )
    _db(p)
    _filters(p)
    p.add_argument("--format", choices=EVENT_FORMATS, default="table", help="output format")

    p = commands.add_parser(
        "show",
        help="one event in full: fused record, every claim with its sentence, conflicts",
        description="Show one event: the fused fields, each claim with the sentence it came "
        "from, the conflicts between sources, and the analyst's corrections.",
    )
    p.add_argument("event", metavar="EVENT_ID", help="the event id (see `launchwatch events`)")
    _db(p)
    p.add_argument(
        "--as-of",
        metavar="TIME",
        help="what the database believed at TIME (e.g. 2023-06-16T00:00, UTC): articles "
        "published by then, corrections made by then",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")

    p = commands.add_parser(
        "review",
        help="correct an event: set fields, merge, split an article off, reject",
        description="Record an analyst's correction. Corrections are never overwritten by later "
        "ingests and are replayed when articles are re-extracted.",
    )
    p.add_argument("event", metavar="EVENT_ID", help="the event to correct")
    _db(p)
    p.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="set a field (repeatable); FIELD=null clears it",
    )
    p.add_argument("--merge", metavar="OTHER_ID", help="merge event OTHER_ID into this one")
    p.add_argument("--split", metavar="ARTICLE_ID", help="move an article into an event of its own")
    p.add_argument("--reject", action="store_true", help="mark the event as not a real launch")
    p.add_argument("--note", default="", help="why (kept with the correction)")
    p.add_argument("--who", default=None, help="who made the correction (default: login name)")

    p = commands.add_parser(
        "export",
        help="export events, e.g. in the CNS database's column set",
        description="Write events to stdout: cns-csv (one row per missile, as CNS counts), or "
        "any `events` format.",
    )
    _db(p)
    _filters(p)
    p.add_argument(
        "--format", choices=("cns-csv", *EVENT_FORMATS[1:]), default="cns-csv", help="format"
    )

    p = commands.add_parser(
        "import-cns",
        help="import the CNS North Korea Missile Test Database CSV as reference events",
        description="Read the CNS CSV (one row per missile) into reference events, kept apart "
        "from launchwatch's own events; list them with `events --reference`.",
    )
    p.add_argument("path", metavar="CSV", help="the CNS database as CSV")
    _db(p)

    p = commands.add_parser(
        "compare",
        help="compare launchwatch's events with the imported CNS reference events",
        description="Match launchwatch's events with the reference events (same country and "
        "type, within a day, compatible class) and list what only one side has and where "
        "matched events differ.",
    )
    _db(p)
    p.add_argument("--since", metavar="DATE", help="events on or after DATE")
    p.add_argument("--until", metavar="DATE", help="events on or before DATE")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")

    p = commands.add_parser(
        "stats",
        help="counts of events and missiles, by year, class, ...",
        description="Count events and missiles grouped by the keys given.",
    )
    _db(p)
    p.add_argument(
        "--by",
        default="year",
        metavar="KEYS",
        help=f"comma-separated grouping keys from: {', '.join(STAT_KEYS)} (default year)",
    )
    for key in ("class", "country", "type", "site", "month"):
        p.add_argument(
            f"--{key}", dest=f"by_{key}", action="store_true", help=f"also group by {key}"
        )
    p.add_argument("--since", metavar="DATE", help="events on or after DATE")
    p.add_argument("--until", metavar="DATE", help="events on or before DATE")
    p.add_argument("--reference", action="store_true", help="count the CNS reference events")
    p.add_argument("--format", choices=STAT_FORMATS, default="table", help="output format")

    return {
        "ingest": cmd_ingest,
        "events": cmd_events,
        "show": cmd_show,
        "review": cmd_review,
        "export": cmd_export,
        "import-cns": cmd_import_cns,
        "compare": cmd_compare,
        "stats": cmd_stats,
    }


def _report(rejected: Rejected) -> None:
    print(f"launchwatch: skipped {rejected.where}: {rejected.reason}", file=sys.stderr)


def _progress(report: IngestReport) -> None:
    print(
        f"\r{report.read} articles: {report.added} added, {report.unchanged} unchanged, "
        f"{report.replaced} replaced, {report.rejected} skipped",
        end="",
        file=sys.stderr,
        flush=True,
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    with open_store(args.db) as store:
        items = read_sources(args.inputs, published=args.published, stdin=sys.stdin)
        tty = sys.stderr.isatty() and not args.quiet
        report = ingest(
            store, items, batch_size=args.batch_size, progress=_progress if tty else None
        )
        if tty:
            print(file=sys.stderr)
        with store.begin() as conn:
            total = sum(1 for _ in list_events(conn, EventFilter()))
    for problem in report.problems:
        _report(problem)
    print(
        f"ingested {report.read} articles into {store.display_url}: {report.added} added, "
        f"{report.unchanged} unchanged, {report.replaced} replaced, {report.rejected} skipped; "
        f"{report.near_duplicates} near-duplicate copies; {total} events",
        file=sys.stderr,
    )
    return EXIT_SOME_FAILED if report.rejected else EXIT_OK


def _event_filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        since=args.since,
        until=args.until,
        country=args.country,
        type=args.type,
        missile_class=args.missile_class,
        include_rejected=args.all,
        origin=ORIGIN if args.reference else "news",
        min_sources=args.min_sources,
    )


def cmd_events(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False) as store, store.begin() as conn:
        write_events(list_events(conn, _event_filter(args)), args.format, sys.stdout)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args.as_of) if args.as_of else None
    with open_store(args.db, create=False) as store, store.begin() as conn:
        record = event_record(conn, args.event, as_of=as_of)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(render_event(record))
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    actions = sum(bool(x) for x in (args.assignments, args.merge, args.split, args.reject))
    if actions != 1:
        raise UsageError(
            "review needs exactly one of --set (repeatable), --merge, --split, --reject"
        )
    who = args.who or _login()
    event_id = args.event
    with open_store(args.db, create=False) as store:
        with store.begin() as conn:
            if args.assignments:
                set_fields(conn, event_id, args.assignments, note=args.note, who=who)
            elif args.merge:
                merge_events(conn, event_id, args.merge, note=args.note, who=who)
            elif args.split:
                new_id = split_article(conn, event_id, args.split, note=args.note, who=who)
                print(f"article {args.split} is now event {new_id}", file=sys.stderr)
            else:
                reject_event(conn, event_id, note=args.note, who=who)
        with store.begin() as conn:
            print(render_event(event_record(conn, event_id)))
    return EXIT_OK


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args.db, create=False) as store, store.begin() as conn:
        records = list(list_events(conn, _event_filter(args)))
        if args.format != "cns-csv":
            write_events(records, args.format, sys.stdout)
            return EXIT_OK
        ids = {a for r in records for a in r["reports"]}
        urls = (
            dict(
                conn.execute(
                    select(articles.c.id, articles.c.url).where(articles.c.id.in_(ids))
                ).all()
            )
            if ids
            else {}
        )
    for record in records:
        if not args.reference:
            record["sources"] = [urls.get(a) or a for a in record["reports"]]
    write_cns(records, sys.stdout)
    return EXIT_OK


def cmd_import_cns(args: argparse.Namespace) -> int:
    references, rejected = read_cns(args.path)
    for problem in rejected:
        _report(problem)
    with open_store(args.db) as store:
        with store.begin() as conn:
            added, updated = import_reference(conn, references, who=_login())
        url = store.display_url
    print(
        f"imported {len(references)} reference events from {args.path} into {url}: "
        f"{added} added, {updated} updated, {len(rejected)} rows skipped",
        file=sys.stderr,
    )
    return EXIT_SOME_FAILED if rejected else EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    keys = [k.strip() for k in args.by.split(",") if k.strip()]
    for key in ("class", "country", "type", "site", "month"):
        if getattr(args, f"by_{key}") and key not in keys:
            keys.append(key)
    flt = EventFilter(
        since=args.since, until=args.until, origin=ORIGIN if args.reference else "news"
    )
    with open_store(args.db, create=False) as store, store.begin() as conn:
        rows = count_events(list_events(conn, flt), keys)
    write_stats(rows, keys, args.format, sys.stdout)
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    own_filter = EventFilter(since=args.since, until=args.until, include_background_only=False)
    ref_filter = EventFilter(since=args.since, until=args.until, origin=ORIGIN)
    with open_store(args.db, create=False) as store, store.begin() as conn:
        result = compare_events(list_events(conn, own_filter), list_events(conn, ref_filter))
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"matched {len(result.matched)}; only in launchwatch {len(result.only_own)}; "
        f"only in the reference {len(result.only_reference)}"
    )
    for own, ref, diff in result.matched:
        if diff:
            shown = ", ".join(f"{name} {_short(own, name)} vs {_short(ref, name)}" for name in diff)
            print(f"  {own['id']} ~ {ref['id']}: {shown}")
    for label, records in (
        ("only in launchwatch", result.only_own),
        ("only in the reference", result.only_reference),
    ):
        for record in records:
            print(
                f"  {label}: {record['id']} {record['date']} {record.get('missile_class') or '-'}"
            )
    return EXIT_OK


def _short(record: Any, name: str) -> str:
    value = record.get(name)
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = "/".join(value)
    return str(value)
