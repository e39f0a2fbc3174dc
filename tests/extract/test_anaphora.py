"""Later sentences that speak of the news only as "the event", "the test", "it"."""

from __future__ import annotations

from extract_helpers import main_event

PUBLISHED = "2024-03-15"


def test_a_monitor_that_recorded_the_event_beside_an_earlier_date_is_credited() -> None:
    main = main_event(
        "North Korea conducted a nuclear test on Thursday, its state media announced, hours after "
        "seismic stations registered a man-made tremor.\n\n"
        "The Comprehensive Nuclear-Test-Ban Treaty Organization said it had located the event "
        "near Punggye-ri and that it looked weaker than the one in October. The US Geological "
        "Survey put it at magnitude 4.8.",
        PUBLISHED,
    )
    assert main.date == "2024-03-14"
    assert set(main.reported_by) >= {"CTBTO", "USGS"}
    assert main.launch_site is not None and main.launch_site.name == "Punggye-ri"


def test_a_yield_estimate_credits_its_source() -> None:
    main = main_event(
        "North Korea carried out a nuclear test on Thursday, its state news agency said.\n\n"
        "South Korea's defence ministry estimated the yield at roughly 15 kilotons.",
        PUBLISHED,
    )
    assert "South Korea MND" in main.reported_by


def test_an_anaphor_beside_another_launch_stays_with_it() -> None:
    # Precision guard: a sentence about an earlier launch keeps its facts away from the news.
    main = main_event(
        "Iran launched a Qaem-100 rocket carrying a satellite on Thursday, state TV said.\n\n"
        "In January the Revolutionary Guards launched a Simorgh rocket, and Reuters said it "
        "had failed to reach orbit.",
        PUBLISHED,
    )
    assert "Reuters" not in main.reported_by


def test_an_anaphor_with_an_earlier_date_and_no_reporter_adds_nothing() -> None:
    # Precision guard: the comparison with an earlier month does not redate the news.
    main = main_event(
        "Pakistan test-fired a Shaheen-3 missile on Thursday, the military said.\n\n"
        "Analysts said it flew farther than the one tested in November.",
        PUBLISHED,
    )
    assert main.date == "2024-03-14"
