"""The benchmarks' generated articles are what the README says they are: deterministic, with the
stated shares of copies and negatives, and merged by ingest as the launches they were made from."""

from __future__ import annotations

import itertools
from collections import Counter

from articles_gen import COPY_SHARE, NEGATIVE_SHARE, generate, labelled
from launchwatch.merge import neardup
from launchwatch.store.database import open_store
from launchwatch.store.load import ingest, reported_events


def test_the_same_seed_gives_the_same_articles_and_another_seed_others() -> None:
    first = [a.text for a in generate(150, seed=3)]
    assert first == [a.text for a in generate(150, seed=3)]
    assert first != [a.text for a in generate(150, seed=4)]
    assert len(first) == 150 and len({a.id for a in generate(150, seed=3)}) == 150


def test_copies_and_negatives_come_in_their_stated_shares() -> None:
    made = list(labelled(2000, seed=1))
    kinds = Counter(g.kind for g in made)
    assert abs(kinds["copy"] / len(made) - COPY_SHARE) < 0.04
    assert abs(kinds["negative"] / len(made) - NEGATIVE_SHARE) < 0.03
    assert all(g.article.text and g.article.published for g in made)
    by_serial = {g.serial: g for g in made}
    copies = [g for g in made if g.kind == "copy" and g.copy_of in by_serial]
    assert copies
    for copy in copies[:50]:  # a syndicated copy is a near-duplicate of what it copies
        original = by_serial[copy.copy_of].article.text
        assert neardup.is_near_duplicate(
            neardup.signature(copy.article.text), neardup.signature(original)
        )


def test_ingest_merges_the_reports_of_each_generated_launch() -> None:
    made = list(labelled(400, seed=2))
    with open_store(":memory:") as store:
        ingest(store, [g.article for g in made])
        with store.begin() as conn:
            got = reported_events(conn)
    truth = {g.article.id: g.launch.number for g in made if g.kind != "negative"}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        same = truth[a] == truth[b]
        merged = bool(got.get(a)) and got.get(a, [])[:1] == got.get(b, [])[:1]
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) > 0.9
