from launchwatch.evaluate import field_score, score


def _event(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"role": "report", "type": "missile_launch", "date": "2024-05-30"}
    base.update(fields)
    return base


GOLD = [
    {
        "id": "a",
        "main_event": {
            "type": "missile_launch",
            "country": "KP",
            "date": "2024-05-30",
            "count": 2,
            "missile_class": "SRBM",
            "range_km": 350,
            "missile_names": ["KN-25"],
            "reported_by": ["South Korea JCS", "Japan MoD"],
            "launch_site": "Sunan",
            "landing": "East Sea",
        },
        "other_events_mentioned": [{"type": "satellite_launch", "date": "2024-05"}],
    },
    {"id": "neg", "main_event": None, "other_events_mentioned": []},
]


def test_a_perfect_output_scores_one() -> None:
    outputs = {
        "a": {
            "events": [
                _event(
                    country="KP",
                    count=2,
                    missile_class="SRBM",
                    range_km=360,
                    missile_names=["KN-25"],
                    reported_by=["Japan MoD", "South Korea JCS"],
                    launch_site={"name": "Sunan", "lat": 39.2, "lon": 125.67},
                    landing="East Sea",
                ),
                {"role": "background", "type": "satellite_launch", "date": "2024-05-27"},
            ]
        },
        "neg": {"events": []},
    }
    s = score(GOLD, outputs)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.f1 == 1.0
    assert s.mean_field_score == 1.0
    assert s.background_recall == 1.0


def test_false_positive_on_a_negative_and_a_missed_date() -> None:
    outputs = {
        "a": {"events": [_event(date="2024-06-02", country="KP")]},
        "neg": {"events": [_event()]},
    }
    s = score(GOLD, outputs)
    assert (s.tp, s.fp, s.fn) == (0, 2, 1)  # both articles hold a report matching nothing
    assert s.f1 == 0.0
    assert s.background_recall == 0.0
    assert any("neg" in e for e in s.errors)


def test_a_date_one_day_off_is_found_but_the_date_field_is_wrong() -> None:
    s = score(GOLD[:1], {"a": {"events": [_event(date="2024-05-31", country="KP")]}})
    assert s.tp == 1
    assert s.field_score("date") == 0.0
    assert s.field_score("country") == 1.0
    assert s.field_score("count") == 0.0  # gold 2, output null: an error both ways


def test_a_report_that_matches_nothing_is_a_false_positive() -> None:
    outputs = {"a": {"events": [_event(country="KP"), _event(date="2020-01-01")]}}
    s = score(GOLD[:1], outputs)
    assert (s.tp, s.fp) == (1, 1)


def test_field_rules() -> None:
    assert field_score("range_km", 1000, 1099) == 1.0
    assert field_score("range_km", 1000, 1101) == 0.0
    assert field_score("launch_site", "Jagang Province", {"name": "Jagang"}) == 1.0
    assert field_score("landing", "east sea", "East Sea") == 1.0
    assert field_score("reported_by", ["A", "B"], ["A"]) == 2 / 3
    assert field_score("count_qualifier", None, "multiple") == 0.0
