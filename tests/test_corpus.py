"""The labelled sets themselves: well-formed, every article labelled, labels in the vocabulary.

The corpus is data written by hand (in the project's own words); these checks keep a new article
or a typo in a label from silently skewing the accuracy figures.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from launchwatch.extract.vocab import available
from launchwatch.model import COUNT_QUALIFIERS, EVENT_TYPES, MISSILE_CLASSES

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": (
        sorted((ROOT / "tests" / "data" / "corpus").glob("*.articles.jsonl")),
        sorted((ROOT / "tests" / "data" / "corpus").glob("*.gold.jsonl")),
    ),
    "demo": (
        [ROOT / "demo" / "articles.jsonl"],
        [ROOT / "tests" / "data" / "demo.gold.jsonl"],
    ),
}


def _lines(paths: list[Path]) -> list[dict[str, object]]:
    return [json.loads(x) for p in paths for x in p.read_text("utf-8").splitlines() if x.strip()]


def _check_date(value: object, where: str) -> None:
    assert isinstance(value, str), where
    parts = value.split("-")
    assert 1 <= len(parts) <= 3, where
    dt.date(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


@pytest.mark.parametrize("name", sorted(SETS))
def test_labels_are_complete_and_in_the_vocabulary(name: str) -> None:
    article_paths, gold_paths = SETS[name]
    articles = _lines(article_paths)
    gold = _lines(gold_paths)
    if name == "demo":  # the demo's .txt articles carry their ids in front matter
        txt_ids = {
            line.split(":", 1)[1].strip()
            for p in (ROOT / "demo").glob("*.txt")
            for line in p.read_text("utf-8").splitlines()[:8]
            if line.startswith("id:")
        }
    else:
        txt_ids = set()
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    assert {g["id"] for g in gold} == set(ids) | txt_ids, "every article needs exactly one label"
    sites = set(available("site"))
    missiles = set(available("missile"))
    reporters = set(available("reporter"))
    for label in gold:
        where = str(label["id"])
        main = label["main_event"]
        events = [main] if isinstance(main, dict) else []
        others = label["other_events_mentioned"]
        assert isinstance(others, list)
        for event in [*events, *others]:
            assert isinstance(event, dict)
            assert event["type"] in EVENT_TYPES, where
            _check_date(event["date"], where)
            assert event.get("missile_class") in (None, *MISSILE_CLASSES), where
            for missile in event.get("missile_names") or []:
                assert missile in missiles, f"{where}: unknown missile {missile!r}"
        if isinstance(main, dict):
            key = str(main["event_key"])
            assert key.startswith(f"{main['country']}-{main['date']}"), where
            assert main.get("count_qualifier") in (None, *COUNT_QUALIFIERS), where
            site = main.get("launch_site")
            assert site is None or site in sites, f"{where}: launch site {site!r} not in gazetteer"
            for reporter in main.get("reported_by") or []:
                assert isinstance(reporter, str) and reporter, where
            known = [r for r in main.get("reported_by") or [] if r in reporters]
            assert len(known) >= len(main.get("reported_by") or []) - 1, (
                f"{where}: reporters outside the vocabulary: {main.get('reported_by')}"
            )
