"""read_sources: files, front matter, JSONL, directories, stdin, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from launchwatch.errors import UsageError
from launchwatch.ingest import read_sources
from launchwatch.ingest import sources as sources_module
from launchwatch.ingest.jsonl import read_jsonl
from launchwatch.model import Article, Rejected

DATA = Path(__file__).parent / "data"
WIRE = DATA / "wire"
TEXT = "A short-range ballistic missile was fired toward the sea on Thursday, the military said."


def read(*paths: str | Path, **options: Any) -> list[Article | Rejected]:
    return list(read_sources([str(path) for path in paths], **options))


def only(results: list[Article | Rejected]) -> Article | Rejected:
    assert len(results) == 1, results
    return results[0]


def rejected(results: list[Article | Rejected]) -> Rejected:
    result = only(results)
    assert isinstance(result, Rejected), result
    return result


def article(results: list[Article | Rejected]) -> Article:
    result = only(results)
    assert isinstance(result, Article), result
    return result


def jsonl(*records: Any) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# --- the fixture directory, against its expected results -----------------------------------


def test_directory_walk_matches_expected_results() -> None:
    expected = json.loads((DATA / "wire.expected.json").read_text(encoding="utf-8"))
    results = read(WIRE)
    assert len(results) == len(expected)
    for result, want in zip(results, expected, strict=True):
        if "rejected" in want:
            assert isinstance(result, Rejected), result
            assert result.where == os.path.join(str(WIRE), want["rejected"])
            assert want["reason"] in result.reason
        else:
            assert isinstance(result, Article), result
            assert result.origin == os.path.join(str(WIRE), want["origin"])
            published = result.published.isoformat() if result.published else None
            got = {"id": result.id, "published": published, "url": result.url}
            got |= {"source": result.source, "title": result.title}
            assert got == {key: want[key] for key in got}


def test_walk_is_sorted_recursive_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/c.json", "C.txt", ".hidden/x.txt", ".x.txt", "n.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".json"):
            path.write_text(json.dumps({"text": TEXT}), encoding="utf-8")
        else:
            path.write_text(TEXT, encoding="utf-8")
    results = read(tmp_path)
    assert [Path(r.origin).relative_to(tmp_path).as_posix() for r in results] == [
        "C.txt",
        "a/c.json",
        "a/z.txt",
        "b.txt",
    ]
    assert [r.id for r in results] == ["C", "c", "z", "b"]  # file stems


def test_symlinked_directory_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [r.origin for r in read(tmp_path)] == [str(tmp_path / "a.txt")]


def test_results_follow_the_order_of_the_paths(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT, encoding="utf-8")
    results = read(second, WIRE / "b_plain.txt", first)
    assert [r.origin for r in results] == [str(second), str(WIRE / "b_plain.txt"), str(first)]


def test_reading_twice_gives_the_same_ids() -> None:
    first = [r.id for r in read(WIRE) if isinstance(r, Article)]
    second = [r.id for r in read(WIRE) if isinstance(r, Article)]
    assert first == second
    assert len(set(first)) == len(first)


# --- text files and front matter -----------------------------------------------------------


def test_front_matter_fields_and_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "---\n# a comment\nID: wire-9\npublished: '2031-05-09T23:40:00+09:00'\n\n"
        'title: "Missile: fired"\nsource: Example News\n---\n' + TEXT + "\n",
        encoding="utf-8",
    )
    result = article(read(path))
    assert result.id == "wire-9"
    assert result.published == dt.date(2031, 5, 9)
    assert result.title == "Missile: fired"
    assert result.source == "Example News"
    assert result.text == TEXT + "\n"
    assert result.origin == str(path)


def test_front_matter_with_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf---\r\nid: crlf-1\r\n---\r\n" + TEXT.encode())
    result = article(read(path))
    assert result.id == "crlf-1"
    assert result.text == TEXT


def test_text_without_front_matter_takes_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "2031-05-09-launch.txt"
    path.write_text("Title line\n---\n" + TEXT, encoding="utf-8")  # a rule later is just text
    result = article(read(path))
    assert result.id == "2031-05-09-launch"
    assert result.text.startswith("Title line\n---\n")
    assert result.published is None


def test_published_argument_is_only_a_fallback(tmp_path: Path) -> None:
    anchor = dt.date(2030, 1, 1)
    dated, undated = tmp_path / "dated.txt", tmp_path / "undated.txt"
    dated.write_text("---\npublished: 2031-05-09\n---\n" + TEXT, encoding="utf-8")
    undated.write_text(TEXT, encoding="utf-8")
    results = read(dated, undated, published=anchor)
    assert [r.published for r in results if isinstance(r, Article)] == [
        dt.date(2031, 5, 9),
        anchor,
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\nid: x\n", "front matter opened with '---' on line 1 is never closed"),
        ("---\nid: x\n" + TEXT, "line 3 is not 'key: value' with a key among id, published"),
        ("---\nauthor: Jane\n---\n" + TEXT, "front matter line 2 is not 'key: value'"),
        ("---\njust words\n---\n" + TEXT, "front matter line 2 is not 'key: value'"),
        ("---\npublished: May 9\n---\n" + TEXT, "published must be YYYY-MM-DD"),
        ("---\nid: x\n---\n\n  \n", "empty text"),
        ("", "empty text"),
    ],
)
def test_bad_text_files_are_rejected(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    result = rejected(read(path))
    assert result.where == str(path)
    assert reason in result.reason


# --- JSONL and JSON ------------------------------------------------------------------------


def test_jsonl_bad_lines_are_rejected_and_the_rest_come_through(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        jsonl({"id": "one", "text": TEXT})
        + "\n   \n"
        + '{"id": "broken", "text": \n'
        + jsonl({"id": "three", "text": TEXT}),
        encoding="utf-8",
    )
    results = read(path)
    assert [(type(r).__name__, getattr(r, "where", None) or r.origin) for r in results] == [
        ("Article", f"{path}:1"),
        ("Rejected", f"{path}:4"),
        ("Article", f"{path}:5"),
    ]
    bad = results[1]
    assert isinstance(bad, Rejected)
    assert bad.reason == "invalid JSON: Expecting value at column 26"


def test_json_file_holds_one_object(tmp_path: Path) -> None:
    one, many = tmp_path / "one.json", tmp_path / "many.json"
    one.write_text(json.dumps({"id": "given", "text": TEXT}), encoding="utf-8")
    many.write_text(json.dumps([{"text": TEXT}]), encoding="utf-8")
    results = read(one, many)
    assert isinstance(results[0], Article) and results[0].id == "given"
    assert isinstance(results[1], Rejected)
    assert "one article object; put many in .jsonl" in results[1].reason


def test_deeply_nested_json_is_rejected_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + jsonl({"text": TEXT}), encoding="utf-8")
    results = read(path)
    assert isinstance(results[0], Rejected) and "nested too deeply" in results[0].reason
    assert isinstance(results[1], Article)


# --- stdin ---------------------------------------------------------------------------------


def test_stdin_text_stream() -> None:
    stream = io.StringIO(jsonl({"id": "s1", "text": TEXT}, {"text": ""}))
    results = read("-", stdin=stream, published=dt.date(2031, 1, 2))
    assert isinstance(results[0], Article)
    assert (results[0].id, results[0].origin) == ("s1", "<stdin>:1")
    assert results[0].published == dt.date(2031, 1, 2)
    assert results[1] == Rejected("<stdin>:2", "empty text")


def test_stdin_bytes_with_a_bad_line() -> None:
    raw = jsonl({"text": TEXT}).encode() + b'{"text": "caf\xe9"}\n' + jsonl({"text": "ok"}).encode()
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    results = read("-", stdin=stream)
    assert isinstance(results[0], Article) and isinstance(results[2], Article)
    bad = results[1]
    assert isinstance(bad, Rejected) and bad.where == "<stdin>:2"
    offset = len(jsonl({"text": TEXT}).encode()) + len(b'{"text": "caf')
    assert f"byte 0xe9 at byte {offset}" in bad.reason


def test_missing_stdin_is_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", None)
    assert read("-") == [Rejected("<stdin>", "standard input is not available")]


# --- bad paths and bad bytes ---------------------------------------------------------------


def test_missing_path_and_unknown_suffix(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("a,b\n", encoding="utf-8")
    bare = tmp_path / "README"
    bare.write_text(TEXT, encoding="utf-8")
    results = read(tmp_path / "nope.txt", notes, bare)
    assert results[0] == Rejected(str(tmp_path / "nope.txt"), "no such file or directory")
    assert isinstance(results[1], Rejected)
    assert "unsupported file type '.csv': use .txt, .jsonl or .json" in results[1].reason
    assert isinstance(results[2], Rejected) and "'(no suffix)'" in results[2].reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")

    def failing_open(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources_module, "open", failing_open, raising=False)
    assert rejected(read(path)) == Rejected(str(path), "permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    assert rejected(read(path)) == Rejected(str(path), "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_rejected_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    result = rejected(read(pipe))
    assert "not a regular file; use - to read JSONL from standard input" in result.reason
    assert [r.where for r in read(tmp_path) if isinstance(r, Rejected)] == [str(pipe)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"The missile\x92s range", "not valid UTF-8: byte 0x92 at byte 11"),
        (b"\xef\xbb\xbfCaf\xc3", "not valid UTF-8: byte 0xc3 at byte 6"),
        (b"ELF\x00\x01\x02binary", "binary data (NUL byte at byte 3)"),
        ("A missile was fired.".encode("utf-16"), "UTF-16 text is not supported"),
    ],
)
def test_undecodable_text_files_are_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    assert reason in rejected(read(path)).reason


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert article(read(path)).text == TEXT


def test_binary_jsonl_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(bytes(range(256)) * 200)
    result = rejected(read(path))
    assert result.where == str(path)
    assert "binary data" in result.reason


def test_bad_bytes_in_a_jsonl_line_give_the_file_offset(tmp_path: Path) -> None:
    good = jsonl({"text": TEXT}).encode()
    path = tmp_path / "batch.jsonl"
    path.write_bytes(good + b'{"text": "\xff"}\n' + good)
    results = read(path)
    bad = results[1]
    assert isinstance(bad, Rejected) and bad.where == f"{path}:2"
    assert f"byte 0xff at byte {len(good) + 10}" in bad.reason
    assert isinstance(results[2], Article)


def test_oversized_file_is_rejected_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")

    def no_open(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an oversized file must not be opened")

    monkeypatch.setattr(sources_module, "open", no_open, raising=False)
    result = rejected(read(path, max_bytes=100))
    assert result.reason == "file of 101 bytes is over the 100-byte limit (max_bytes)"


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_text("x" * 100, encoding="utf-8")
    assert article(read(path, max_bytes=100)).text == "x" * 100


def test_oversized_jsonl_line_is_skipped_and_numbering_continues(tmp_path: Path) -> None:
    limit = 200
    at_limit = json.dumps({"text": "y" * (limit - 12)})
    assert len(at_limit) == limit
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        (
            jsonl({"text": "first"})
            + json.dumps({"text": "x" * 100_000})
            + "\n"
            + at_limit
            + "\r\n"
            + jsonl({"text": "last"})
        ).encode()
    )
    results = read(path, max_bytes=limit)
    assert [getattr(r, "where", None) or r.origin for r in results] == [
        f"{path}:{n}" for n in (1, 2, 3, 4)
    ]
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article", "Article"]
    assert "line is over the 200-byte limit (max_bytes)" in results[1].reason


def test_oversized_last_line_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(jsonl({"text": "first"}) + "z" * 5_000, encoding="utf-8")
    results = read(path, max_bytes=100)
    assert [type(r).__name__ for r in results] == ["Article", "Rejected"]


def test_bad_max_bytes_fails_at_the_call() -> None:
    with pytest.raises(UsageError, match="max_bytes must be a positive number"):
        read_sources(["x.txt"], max_bytes=0)


# --- streaming -----------------------------------------------------------------------------


def test_jsonl_is_read_one_line_at_a_time() -> None:
    lines = [jsonl({"id": str(n), "text": TEXT}).encode() for n in range(10_000)]
    calls = []

    def readline(size: int) -> bytes:
        calls.append(size)
        return lines[len(calls) - 1] if len(calls) <= len(lines) else b""

    stream = read_jsonl(readline, "feed", published=None, max_bytes=1000)
    first = next(stream)
    assert isinstance(first, Article) and first.id == "0"
    assert len(calls) == 1
    assert sum(1 for _ in stream) == 9_999


def test_large_jsonl_file_is_streamed_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    record = {"text": TEXT + " " + "Filler words for the test. " * 35}
    with open(path, "w", encoding="utf-8") as file:
        for n in range(10_000):
            file.write(json.dumps({"id": f"a{n}", **record}) + "\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for item in read_sources([str(path)]) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert size > 10_000_000
    assert peak < size / 10


# --- the shared development set ------------------------------------------------------------

DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def test_devset_articles_all_read() -> None:
    if not DEVSET.is_dir():
        pytest.skip(f"{DEVSET} is absent")
    paths = [DEVSET / "seeds.articles.jsonl", DEVSET / "real.articles.jsonl"]
    results = read(*paths)
    assert len(results) == 61
    assert all(isinstance(r, Article) for r in results)
    raw = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    for result, record in zip(results, raw, strict=True):
        assert isinstance(result, Article)
        assert result.id == record["id"]
        assert result.text == record["text"]
        assert result.published == dt.date.fromisoformat(record["published"])
