"""The database verbs as a user runs them: ingest, events, show, review, export, import, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from launchwatch.cli import main

ROOT = Path(__file__).resolve().parent.parent
STORE_DATA = ROOT / "tests" / "store" / "data" / "launches.jsonl"
CNS_SAMPLE = ROOT / "tests" / "data" / "cns" / "sample.csv"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "lw.db")
    assert main(["-q", "ingest", str(STORE_DATA), "--db", path]) == 0
    return path


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _jsonl(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> list[dict]:
    code, out, _ = _out(capsys, "events", "--db", db, "--format", "jsonl", *extra)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_ingest_reports_what_it_did_and_is_idempotent(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _out(capsys, "ingest", str(STORE_DATA), "--db", db)
    assert code == 0
    assert "0 added, 8 unchanged, 0 replaced, 0 skipped" in err


def test_env_var_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LAUNCHWATCH_DB", str(tmp_path / "env.db"))
    assert main(["-q", "ingest", str(STORE_DATA)]) == 0
    assert (tmp_path / "env.db").exists()
    assert len(_jsonl(capsys, str(tmp_path / "env.db"))) >= 4


def test_events_jsonl_follows_the_contract(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    events = _jsonl(capsys, db)
    keys = {"id", "type", "country", "date", "reports", "mentions", "conflicts", "reviewed"}
    assert all(keys <= set(e) for e in events)
    srbm = next(e for e in events if "s01" in e["reports"])
    assert srbm["reports"] == ["s01", "s02", "s03"] and srbm["sources"] == 2
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_events_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    icbms = _jsonl(capsys, db, "--class", "ICBM", "--since", "2023-03-15")
    assert {e["date"] for e in icbms} == {"2023-03-16", "2023-04-13"}
    assert _jsonl(capsys, db, "--country", "IR") == []
    assert all(e["sources"] >= 2 for e in _jsonl(capsys, db, "--min-sources", "2"))


def test_events_csv_geojson_and_table(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _out(capsys, "events", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {"id", "date", "missile_class", "sources"} <= set(rows[0])
    _, out, _ = _out(capsys, "events", "--db", db, "--format", "geojson")
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert 124 < lon < 131 and 37 < lat < 43  # North Korea, [lon, lat] order
    _, out, _ = _out(capsys, "events", "--db", db)
    assert "SRBM" in out and "events" in out.splitlines()[-1]


def test_show_gives_claims_with_sentences_and_as_of(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    srbm = next(e for e in _jsonl(capsys, db) if "s01" in e["reports"])
    code, out, _ = _out(capsys, "show", srbm["id"], "--db", db)
    assert code == 0 and "Claims" in out and "Joint Chiefs of Staff" in out
    code, out, _ = _out(capsys, "show", srbm["id"], "--db", db, "--format", "json")
    record = json.loads(out)
    assert all(c["evidence"]["text"] for c in record["claims"])
    code, out, _ = _out(
        capsys, "show", srbm["id"], "--db", db, "--format", "json", "--as-of", "2023-03-01"
    )
    assert json.loads(out)["reports"] == []


def test_show_unknown_event_and_bad_time_exit_2(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _out(capsys, "show", "KP-1999-nope", "--db", db)
    assert code == 2 and "no event with id 'KP-1999-nope'" in err
    code, _, err = _out(capsys, "show", "x", "--db", db, "--as-of", "yesterday")
    assert code == 2 and "--as-of" in err


def test_review_set_and_bad_review(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    icbm = next(e for e in _jsonl(capsys, db) if "s04" in e["reports"])
    code, _, err = _out(capsys, "review", icbm["id"], "--db", db, "--set", "altitude=1")
    assert code == 2 and "unknown field 'altitude'" in err and "apogee_km" in err
    code, _, err = _out(capsys, "review", icbm["id"], "--db", db, "--set", "apogee_km=lots")
    assert code == 2 and "must be a number" in err
    code, _, err = _out(capsys, "review", icbm["id"], "--db", db)
    assert code == 2 and "exactly one of" in err
    assert not next(e for e in _jsonl(capsys, db) if e["id"] == icbm["id"])["reviewed"]
    code, out, _ = _out(
        capsys, "review", icbm["id"], "--db", db, "--set", "apogee_km=6200", "--note", "JCS"
    )
    assert code == 0 and "JCS" in out
    after = next(e for e in _jsonl(capsys, db) if e["id"] == icbm["id"])
    assert after["reviewed"] and after["apogee_km"] == 6200


def test_review_merge_and_reject(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    events = _jsonl(capsys, db)
    icbm = next(e for e in events if "s04" in e["reports"])
    cruise = next(e for e in events if "s06" in e["reports"])
    assert _out(capsys, "review", icbm["id"], "--db", db, "--merge", cruise["id"])[0] == 0
    merged = next(e for e in _jsonl(capsys, db) if e["id"] == icbm["id"])
    assert {"s04", "s05", "s06"} <= set(merged["reports"])
    assert _out(capsys, "review", icbm["id"], "--db", db, "--reject")[0] == 0
    assert icbm["id"] not in {e["id"] for e in _jsonl(capsys, db)}
    assert icbm["id"] in {e["id"] for e in _jsonl(capsys, db, "--all")}


def test_export_cns_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _out(capsys, "export", "--db", db, "--format", "cns-csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows[0].keys() >= {"Date", "Missile Type", "Apogee", "Source(s)"}
    # One row per missile: the two SRBMs of March 14 are two rows.
    assert sum(1 for r in rows if r["Date"] == "14-Mar-23" and r["Missile Type"] == "SRBM") == 2
    assert any("wire.example.org" in r["Source(s)"] for r in rows)


def test_import_cns_keeps_reference_events_apart(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    own = _jsonl(capsys, db)
    code, _, err = _out(capsys, "import-cns", str(CNS_SAMPLE), "--db", db)
    assert code == 1 and "skipped" in err  # the sample holds bad rows, each reported
    reference = _jsonl(capsys, db, "--reference")
    assert reference and all(e["id"].startswith("cns-") for e in reference)
    assert _jsonl(capsys, db) == own
    code, _, err = _out(capsys, "import-cns", str(CNS_SAMPLE), "--db", db)
    assert "0 added, 0 updated" in err


def test_stats_by_year_and_class(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _out(capsys, "stats", "--db", db, "--by", "year", "--class", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    srbm = next(r for r in rows if r["class"] == "SRBM")
    assert (code == 0 and srbm["year"] == 2023) or srbm["year"] == "2023"
    assert srbm["events"] == 1 and srbm["missiles"] == 2
    code, _, err = _out(capsys, "stats", "--db", db, "--by", "weekday")
    assert code == 2 and "year" in err


def test_bad_database_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _out(capsys, "events", "--db", "mysql://localhost/x")
    assert code == 2 and "unknown database scheme" in err and "postgresql" in err


def test_ingest_reports_bad_lines_with_their_place_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = STORE_DATA.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "mixed.jsonl"
    bad.write_text("\n".join([lines[0], "{not json", lines[3]]) + "\n", encoding="utf-8")
    db = str(tmp_path / "mixed.db")
    code, _, err = _out(capsys, "ingest", str(bad), "--db", db)
    assert code == 1
    assert f"{bad}:2" in err and "2 added" in err and "1 skipped" in err
    assert {a for e in _jsonl(capsys, db) for a in e["reports"]} == {"s01", "s04"}


def test_import_the_real_cns_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = ROOT.parent / "shared" / "ref" / "cns_north_korea_missile_tests.csv"
    if not real.exists():
        pytest.skip("the shared CNS file is not present")
    db = str(tmp_path / "cns.db")
    code, _, err = _out(capsys, "import-cns", str(real), "--db", db)
    assert code == 0 and "188 added" in err and "0 rows skipped" in err
    code, out, _ = _out(
        capsys, "stats", "--db", db, "--reference", "--by", "year", "--format", "jsonl"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert sum(r["missiles"] for r in rows) == 245  # CNS counts one row per missile
    assert next(r for r in rows if str(r["year"]) == "2017")["events"] > 10
    hwasong15 = next(e for e in _jsonl(capsys, db, "--reference") if e["date"] == "2017-11-29")
    assert hwasong15["missile_names"] == ["Hwasong-15"] and hwasong15["apogee_km"] == 4475


def test_compare_with_reference(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _out(capsys, "import-cns", str(CNS_SAMPLE), "--db", db)
    code, out, _ = _out(capsys, "compare", "--db", db, "--format", "json")
    result = json.loads(out)
    assert code == 0 and {"matched", "only_launchwatch", "only_reference"} <= set(result)
    assert result["only_reference"]  # the sample's launches are not in these articles


def test_the_demo_job_shows_merged_reports_and_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `make demo` runs: ingest the demo corpus, list events, show the best-sourced one."""
    db = str(tmp_path / "demo.db")
    code, _, err = _out(capsys, "ingest", str(ROOT / "demo"), "--db", db)
    assert code == 0 and "22 added" in err
    [icbm] = _jsonl(capsys, db, "--min-sources", "3")
    assert icbm["date"] == "2023-07-12" and icbm["missile_class"] == "ICBM"
    code, out, _ = _out(capsys, "show", icbm["id"], "--db", db)
    assert "Conflicts (1)" in out and "1,200 km" in out and "1,000 kilometers" in out


def test_reading_a_database_that_is_not_there_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    for argv in (["events"], ["show", "X"], ["stats"], ["review", "X", "--reject"]):
        code, _, err = _out(capsys, *argv, "--db", str(missing))
        assert code == 2 and "no database here" in err and "launchwatch ingest" in err
    assert not missing.exists()
    code, _, err = _out(capsys, "ingest", str(STORE_DATA), "--db", "/proc/no/such/dir/x.db")
    assert code == 2 and "cannot create the database" in err


def test_reference_events_cannot_be_reviewed(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _out(capsys, "import-cns", str(CNS_SAMPLE), "--db", db)
    reference = _jsonl(capsys, db, "--reference")[0]["id"]
    own = _jsonl(capsys, db)[0]["id"]
    code, _, err = _out(capsys, "review", reference, "--db", db, "--set", "count=3")
    assert code == 2 and "reference event" in err
    code, _, err = _out(capsys, "review", own, "--db", db, "--merge", reference)
    assert code == 2 and "reference event" in err
