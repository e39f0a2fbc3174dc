"""The `launchwatch` command as a user runs it: formats, exit codes, help text, bad input."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from launchwatch.cli import build_parser, main

ARTICLE = """---
id: wire-1
published: 2023-07-13
source: Example Wire
---
SEOUL, July 13 (Example Wire) -- North Korea fired an intercontinental ballistic missile
toward the East Sea on Wednesday, South Korea's Joint Chiefs of Staff said.

Advertisement

The missile flew about 1,000 km (620 miles) at an apogee of 6,000 km, the JCS said.
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "launchwatch", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "wire-1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_every_command_and_option_has_help_text() -> None:
    parser = build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert subparsers, "no commands"
    for action in parser._actions:
        assert action.help, f"global option {action.option_strings} lacks help"
    for name, command in subparsers[0].choices.items():
        assert command.description, f"command {name} lacks a description"
        for action in command._actions:
            assert action.help, f"{name}: option {action.option_strings or action.dest} lacks help"


def test_extract_table_shows_each_field_with_its_sentence(article: Path) -> None:
    done = run("extract", str(article))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "== wire-1  published 2023-07-13" in out
    assert "[report] missile_launch  KP  2023-07-12 (day)" in out
    assert "ICBM" in out and "South Korea JCS" in out
    assert "range_km        1000 km" in out
    assert "Advertisement" not in out


def test_extract_jsonl_follows_the_contract(article: Path) -> None:
    done = run("extract", str(article), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    assert len(lines) == 1
    line = lines[0]
    assert set(line) == {"article", "published", "warnings", "events"}
    event = line["events"][0]
    assert event["role"] == "report"
    assert event["date"] == "2023-07-12"
    assert event["missile_class"] == "ICBM"
    assert event["landing"] == "East Sea"
    assert event["range_km"] == 1000
    assert event["apogee_km"] == 6000
    for spans in event["evidence"].values():
        for span in spans:
            assert set(span) == {"text", "start", "end"}


def test_stdin_jsonl_and_published_anchor() -> None:
    record = {"id": "s1", "text": "North Korea fired two cruise missiles on Sunday, the JCS said."}
    done = run(
        "extract", "-", "--format", "jsonl", "--published", "2024-01-30", stdin=json.dumps(record)
    )
    assert done.returncode == 0, done.stderr
    event = json.loads(done.stdout)["events"][0]
    assert event["date"] == "2024-01-28"
    assert event["count"] == 2 and event["missile_class"] == "cruise"


def test_without_any_date_relative_dates_are_left_unresolved_with_a_warning() -> None:
    record = {"id": "s2", "text": "North Korea fired a ballistic missile on Sunday, the JCS said."}
    done = run("extract", "-", "--format", "jsonl", stdin=json.dumps(record))
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout)
    assert line["published"] is None
    assert line["events"][0]["date"] is None
    assert any("publication date" in w for w in line["warnings"])
    assert any("'Sunday'" in w for w in line["warnings"]), line["warnings"]


def test_a_bad_line_is_reported_with_its_place_and_the_rest_goes_through(tmp_path: Path) -> None:
    good = {"id": "ok", "published": "2024-01-30", "text": "Iran launched a satellite on Saturday."}
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(good | {"id": "ok2"}) + "\n")
    done = run("extract", str(path), "--format", "jsonl")
    assert done.returncode == 1
    assert f"{path}:2" in done.stderr
    assert [json.loads(x)["article"] for x in done.stdout.splitlines()] == ["ok", "ok2"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert main(["extract", "x.txt", "--published", "yesterday"]) == 2
    assert main(["no-such-command"]) == 2
    assert "usage" in capsys.readouterr().err


def test_missing_file_exits_1_and_says_where(tmp_path: Path) -> None:
    done = run("extract", str(tmp_path / "absent.txt"))
    assert done.returncode == 1
    assert "absent.txt" in done.stderr


def test_eval_prints_the_contract_scores(tmp_path: Path) -> None:
    articles = tmp_path / "a.jsonl"
    gold = tmp_path / "g.jsonl"
    articles.write_text(
        json.dumps(
            {
                "id": "e1",
                "published": "2024-05-30",
                "text": "North Korea fired about ten short-range ballistic missiles toward the "
                "East Sea on Thursday, South Korea's Joint Chiefs of Staff said.",
            }
        )
        + "\n"
        + json.dumps({"id": "e2", "published": "2024-05-30", "text": "Talks resumed in Geneva."})
        + "\n"
    )
    main_event = {
        "type": "missile_launch",
        "country": "KP",
        "date": "2024-05-30",
        "count": 10,
        "count_qualifier": "about",
        "missile_class": "SRBM",
        "landing": "East Sea",
        "reported_by": ["South Korea JCS"],
    }
    gold.write_text(
        json.dumps({"id": "e1", "main_event": main_event, "other_events_mentioned": []})
        + "\n"
        + json.dumps({"id": "e2", "main_event": None, "other_events_mentioned": []})
        + "\n"
    )
    done = run("eval", str(gold), str(articles), "--format", "json")
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["detection"]["f1"] == 1.0
    assert scores["mean_field_score"] == 1.0
    text = run("eval", str(gold), str(articles), "--verbose")
    assert "detection" in text.stdout and "errors:" in text.stdout
