"""JSONL article streams: one CONTRACT section 1 object per line, read one line at a time."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator

from launchwatch.errors import SourceError
from launchwatch.ingest.encoding import decode_text
from launchwatch.ingest.records import article_from_record
from launchwatch.model import Article, Rejected

__all__ = ["read_jsonl"]

# How much of an over-long line is read at a time while skipping it.
_SKIP_CHUNK = 1 << 16


def read_jsonl(
    readline: Callable[[int], bytes],
    name: str,
    *,
    published: dt.date | None,
    max_bytes: int,
) -> Iterator[Article | Rejected]:
    """Articles from a JSONL stream, a Rejected for each bad line; blank lines are skipped.

    `readline(size)` returns the next line as bytes, at most `size` of them (as
    `BufferedReader.readline` does). Each result is placed as "<name>:<line number>". A line
    longer than `max_bytes` is rejected without being held in memory.
    """
    for number, offset, line in _lines(readline, max_bytes):
        where = f"{name}:{number}"
        if line is None:
            yield Rejected(where, f"line is over the {max_bytes}-byte limit (max_bytes); skipped")
            continue
        if not line.strip():
            continue
        try:
            yield _article_from_line(line, where, offset=offset, published=published)
        except SourceError as exc:
            yield Rejected(exc.where, exc.reason)


def _article_from_line(
    line: bytes, where: str, *, offset: int, published: dt.date | None
) -> Article:
    """One JSONL line -> Article; raises SourceError."""
    text = decode_text(line, where, offset=offset).rstrip("\r\n")
    try:
        record = json.loads(text)
    except RecursionError as exc:
        raise SourceError(where, "invalid JSON: nested too deeply") from exc
    except json.JSONDecodeError as exc:
        # The line number is in `where`; the decoder's own "line 1" would only confuse.
        raise SourceError(where, f"invalid JSON: {exc.msg} at column {exc.colno}") from exc
    except ValueError as exc:  # int() refusing a number with thousands of digits
        raise SourceError(where, f"invalid JSON: {exc}") from exc
    return article_from_record(record, where, published=published)


def _lines(
    readline: Callable[[int], bytes], max_bytes: int
) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) for each line; the line is None when over `max_bytes`."""
    number = offset = 0
    # Room for a full-size line and its "\r\n": a read that fills it without reaching the
    # newline is certainly over the limit.
    size = max_bytes + 2
    while True:
        line = readline(size)
        if not line:
            return
        number += 1
        start = offset
        offset += len(line)
        complete = line.endswith(b"\n") or len(line) < size
        if complete and len(line.rstrip(b"\r\n")) <= max_bytes:
            yield number, start, line
            continue
        while not line.endswith(b"\n"):
            line = readline(_SKIP_CHUNK)
            if not line:
                break
            offset += len(line)
        yield number, start, None
