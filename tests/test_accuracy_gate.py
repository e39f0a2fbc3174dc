"""The accuracy gate: scores on the labelled sets may not fall below the pinned floors.

A change that lowers a score fails here unless `tests/pin_floors.py` re-pins the floor in the same
commit (with the reason in the message). A changed set must be re-pinned too (its digest).
"""

from __future__ import annotations

import json

import pytest

from accuracy_sets import FLOORS, SETS, LabelledSet, measured


@pytest.mark.parametrize("labelled", SETS, ids=lambda s: s.name)
def test_scores_hold_their_floors(labelled: LabelledSet) -> None:
    if not labelled.available():
        pytest.skip(f"{labelled.name}: labelled set not present")
    floors = json.loads(FLOORS.read_text())
    assert labelled.name in floors, f"no floor pinned for {labelled.name}: run tests/pin_floors.py"
    floor = floors[labelled.name]
    assert floor["digest"] == labelled.digest(), (
        f"{labelled.name} changed since its floors were pinned: re-run tests/pin_floors.py"
    )
    assert floor["detection_f1"] >= labelled.required_f1, "pinned floor below the required F1"
    assert floor["mean_field_score"] >= labelled.required_fields, "pinned floor below required"
    now = measured(labelled.score())
    for key, value in now.items():
        assert value >= floor[key] - 1e-9, f"{labelled.name} {key} fell: {value} < {floor[key]}"
