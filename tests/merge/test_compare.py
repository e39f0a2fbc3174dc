"""Own events against reference events: matches within a day, split reference rows, scope."""

from __future__ import annotations

from typing import Any

from launchwatch.merge.compare import compare_events


def event(eid: str, date: str, klass: str | None = "SRBM", **kw: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "type": "missile_launch",
        "country": "KP",
        "date": date,
        "date_precision": "day",
        "missile_class": klass,
        "count": 1,
        **kw,
    }


def test_matches_within_a_day_and_lists_the_rest() -> None:
    own = [event("a", "2022-03-05"), event("b", "2022-03-20", "cruise"), event("c", "2022-04-01")]
    ref = [event("r1", "2022-03-04"), event("r2", "2022-03-20", "ICBM"), event("r3", "2022-05-09")]
    result = compare_events(own, ref)
    assert [(o["id"], r["id"]) for o, r, _ in result.matched] == [("a", "r1")]
    assert {r["id"] for r in result.only_own} == {"b", "c"}
    assert {r["id"] for r in result.only_reference} == {"r2", "r3"}


def test_reference_rows_of_one_launch_add_up() -> None:
    own = [event("a", "2022-06-05", count=8, apogee_km=60.0)]
    ref = [event(f"r{i}", "2022-06-05", apogee_km=50.0 if i else 58.0) for i in range(8)]
    [(_, theirs, diff)] = compare_events(own, ref).matched
    assert theirs["count"] == 8 and "count" not in diff
    assert diff == []  # 60 km against the first row's 58 km: within 10%
    assert not compare_events(own, ref).only_reference


def test_only_events_the_reference_could_hold_are_compared() -> None:
    own = [
        event("ru", "2022-03-05", country="RU"),
        event("nuke", "2022-03-05", None, type="nuclear_test"),
        event("late", "2030-01-01"),
    ]
    result = compare_events(own, [event("r1", "2022-03-01")])
    assert result.only_own == [] and result.matched == []


def test_differences_beyond_ten_percent_and_other_names() -> None:
    own = [event("a", "2022-03-05", range_km=600.0, missile_names=["KN-23"])]
    ref = [event("r", "2022-03-05", range_km=620.0, missile_names=["KN-24"])]
    [(_, _, diff)] = compare_events(own, ref).matched
    assert diff == ["missile_names"]
