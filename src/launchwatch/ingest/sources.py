"""Paths, directories and stdin -> a stream of Article or Rejected, in a stable order."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from launchwatch.errors import SourceError, UsageError
from launchwatch.ingest.encoding import decode_text
from launchwatch.ingest.jsonl import read_jsonl
from launchwatch.ingest.records import article_from_record
from launchwatch.ingest.textfile import article_from_text
from launchwatch.model import Article, Rejected

__all__ = ["SUFFIXES", "read_sources"]

log = logging.getLogger(__name__)

# File kinds by suffix (compared in lower case); a directory walk reads only these.
SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".json": "json"}
STDIN = "-"
# Enough of a JSONL file's head to tell binary data (NUL bytes) from text.
_SNIFF_BYTES = 8192


def read_sources(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Article | Rejected]:
    """Every article in `paths`, in order, and a Rejected for each input that cannot be one.

    A path is a `.txt` file (optional front matter), a `.jsonl` file (one object a line), a
    `.json` file (one object), a directory (walked recursively in name order; hidden entries and
    other suffixes skipped) or "-" for JSONL on `stdin` (default sys.stdin). `published` is the
    anchor date for articles that carry none. A file, or a JSONL line, over `max_bytes` bytes is
    rejected without being read whole. Bad input never raises (only a bad `max_bytes` does);
    results are read lazily, one at a time.
    """
    if max_bytes < 1:
        raise UsageError(f"max_bytes must be a positive number of bytes, got {max_bytes}")
    # The check above runs at the call; the reading itself waits for the first item.
    return _read_all(paths, published=published, stdin=stdin, max_bytes=max_bytes)


def _read_all(
    paths: Sequence[str], *, published: dt.date | None, stdin: TextIO | None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """The generator behind read_sources."""
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin
            if stream is None:  # a process started without one
                yield Rejected("<stdin>", "standard input is not available")
                continue
            yield from read_jsonl(
                _stdin_readline(stream), "<stdin>", published=published, max_bytes=max_bytes
            )
        else:
            yield from _read_path(path, published=published, max_bytes=max_bytes)


def _read_path(
    path: str, *, published: dt.date | None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """One path given by the caller: a file of a known kind or a directory to walk."""
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Rejected(path, _os_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, published=published, max_bytes=max_bytes)
        return
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        yield Rejected(
            path,
            f"unsupported file type {suffix or '(no suffix)'!r}: use .txt, .jsonl or .json, "
            "a directory, or - for JSONL on standard input",
        )
        return
    yield from _read_file(path, info, published=published, max_bytes=max_bytes)


def _walk(
    directory: str, *, published: dt.date | None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """The known files under `directory`, depth first in name order (so runs are repeatable)."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Rejected(directory, f"cannot list directory: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # .git, editor swap files and the like are never articles
        if entry.is_dir(follow_symlinks=False):
            # Symlinked directories are not followed: a link to a parent would loop forever.
            yield from _walk(entry.path, published=published, max_bytes=max_bytes)
        elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
            try:
                info = os.stat(entry.path)
            except OSError as exc:
                yield Rejected(entry.path, _os_reason(exc))
                continue
            yield from _read_file(entry.path, info, published=published, max_bytes=max_bytes)
        else:
            log.debug("skipping %s: not a .txt, .jsonl or .json file", entry.path)


def _read_file(
    path: str, info: os.stat_result, *, published: dt.date | None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """One file of a known kind; every failure becomes a Rejected naming the file."""
    if not stat.S_ISREG(info.st_mode):
        # A pipe or device could block or never end; "-" is the way to stream.
        yield Rejected(path, "not a regular file; use - to read JSONL from standard input")
        return
    kind = SUFFIXES[os.path.splitext(path)[1].lower()]
    try:
        if kind == "jsonl":
            yield from _read_jsonl_file(path, published=published, max_bytes=max_bytes)
        else:
            yield _read_whole_file(path, kind, info, published=published, max_bytes=max_bytes)
    except SourceError as exc:
        yield Rejected(exc.where, exc.reason)
    except OSError as exc:
        yield Rejected(path, _os_reason(exc))


def _read_whole_file(
    path: str, kind: str, info: os.stat_result, *, published: dt.date | None, max_bytes: int
) -> Article:
    """A .txt or .json file -> Article; raises SourceError or OSError."""
    too_big = f"is over the {max_bytes}-byte limit (max_bytes)"
    if info.st_size > max_bytes:
        raise SourceError(path, f"file of {info.st_size} bytes {too_big}")
    with open(path, "rb") as file:
        data = file.read(max_bytes + 1)  # the file may have grown since stat
    if len(data) > max_bytes:
        raise SourceError(path, f"file {too_big}")
    content = decode_text(data, path)
    stem = os.path.splitext(os.path.basename(path))[0]
    if kind == "text":
        return article_from_text(content, path, default_id=stem, published=published)
    return _article_from_json(content, path, default_id=stem, published=published)


def _article_from_json(
    content: str, where: str, *, default_id: str, published: dt.date | None
) -> Article:
    """A .json file holding one article object; without an id it takes the file stem."""
    try:
        record = json.loads(content)
    except RecursionError as exc:
        raise SourceError(where, "invalid JSON: nested too deeply") from exc
    except ValueError as exc:
        raise SourceError(where, f"invalid JSON: {exc}") from exc
    if isinstance(record, list):
        raise SourceError(where, "a .json file holds one article object; put many in .jsonl")
    if isinstance(record, dict) and not (
        isinstance(record.get("id"), str) and record["id"].strip()
    ):
        record = {**record, "id": default_id}
    return article_from_record(record, where, published=published)


def _read_jsonl_file(
    path: str, *, published: dt.date | None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """A .jsonl file, streamed line by line; a binary file is rejected once, as a whole."""
    with open(path, "rb") as file:
        head = file.read(_SNIFF_BYTES)
        if b"\x00" in head:
            # One message for the file instead of one per "line" of binary noise.
            decode_text(head, path)  # raises SourceError with the reason (UTF-16, NUL byte)
        file.seek(0)
        yield from read_jsonl(file.readline, path, published=published, max_bytes=max_bytes)


def _stdin_readline(stream: TextIO) -> Callable[[int], bytes]:
    """A bytes readline over a text stream: its binary buffer when it has one."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        # Reading bytes lets a wrongly encoded line become a Rejected rather than an exception.
        readline: Callable[[int], bytes] = buffer.readline
        return readline

    def encoded_readline(size: int) -> bytes:
        # A pure text stream (io.StringIO) limits characters, not bytes; the byte limit is
        # applied again after encoding, so it still holds.
        return stream.readline(size).encode("utf-8", "surrogatepass")

    return encoded_readline


def _os_reason(exc: OSError) -> str:
    """A user-facing reason for a failed open/stat/read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"
