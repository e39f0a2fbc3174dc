"""Date expressions: spans, resolution against the publication date, clock times and zones."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.extract.dates import (
    FUTURE,
    RELATIVE_TO_EVENT,
    WEEKDAYS,
    ZONE_OFFSETS,
    DateMention,
    find_dates,
    shift_for_zone,
)

D = dt.date
TUE = D(2023, 3, 21)  # a Tuesday: the default publication date below


def found(text: str, published: dt.date | None = TUE) -> list[tuple[str, str | None, str, str]]:
    """(span text, value, precision, kind) for each mention, in order."""
    return [
        (text[m.start : m.end], m.value, m.precision, m.kind) for m in find_dates(text, published)
    ]


def one(text: str, published: dt.date | None = TUE) -> DateMention:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, [text[m.start : m.end] for m in mentions]
    return mentions[0]


# --- explicit dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("It lifted off on July 19 from the coast.", D(2023, 7, 20), "July 19", "2023-07-19"),
        ("The drill began on 30 January near Florida.", D(2024, 2, 20), "30 January", "2024-01-30"),
        ("Analysts revisited the Jan. 30 failure.", D(2024, 2, 21), "Jan. 30", "2024-01-30"),
        ("A billboard went up on Dec. 18 in the capital.", D(2024, 1, 15), "Dec. 18", "2023-12-18"),
        ("It was used on Sept. 20, 2017 again.", D(2024, 1, 1), "Sept. 20, 2017", "2017-09-20"),
        ("It happened on March 16, 2023 at dawn.", None, "March 16, 2023", "2023-03-16"),
        ("The log entry reads 2023-03-16 only.", None, "2023-03-16", "2023-03-16"),
        ("Posted February 12th, 2013 here.", None, "February 12th, 2013", "2013-02-12"),
        ("It flew Wednesday (Feb 14).", D(2024, 2, 14), "Wednesday (Feb 14", "2024-02-14"),
        ("Photo taken 12 July 2023 near the coast.", None, "12 July 2023", "2023-07-12"),
        ("It flew the 7th of February 2016.", None, "7th of February 2016", "2016-02-07"),
        ("Stamped 20.03.2023 by the agency.", None, "20.03.2023", "2023-03-20"),
        ("The page says 13/01/2023 at the top.", None, "13/01/2023", "2023-01-13"),
    ],
)
def test_explicit_day(text: str, published: dt.date | None, span: str, value: str) -> None:
    m = one(text, published)
    assert (text[m.start : m.end], m.value, m.precision, m.kind) == (span, value, "day", "explicit")
    assert m.note is None


def test_year_less_date_is_in_the_past_with_two_days_grace() -> None:
    text = "The deadline fell on May 31 this time."
    assert one(text, D(2023, 6, 2)).value == "2023-05-31"
    assert one(text, D(2023, 5, 29)).value == "2023-05-31"  # two days ahead: still this year
    assert one(text, D(2023, 5, 28)).value == "2022-05-31"  # three days ahead: last year


def test_year_rollover_december_to_january() -> None:
    assert one("They met on Dec. 30 to plan.", D(2024, 1, 2)).value == "2023-12-30"
    assert one("They will meet on Jan 1 again.", D(2023, 12, 31)).value == "2024-01-01"
    assert one("They met on Jan 3 to plan.", D(2023, 12, 31)).value == "2023-01-03"
    assert one("It was tested in December.", D(2024, 1, 5)).value == "2023-12"
    assert one("It was tested last month.", D(2024, 1, 10)).value == "2023-12"
    assert one("It was tested last week.", D(2024, 1, 3)).value == "2023-12"
    assert one("It was tested yesterday.", D(2024, 1, 1)).value == "2023-12-31"


def test_leap_days() -> None:
    assert one("The launch on Feb. 29 failed.", D(2024, 3, 1)).value == "2024-02-29"
    assert one("The launch on Feb. 29 failed.", D(2023, 3, 1)).value == "2020-02-29"
    bad = one("A memo dated February 29, 2023 surfaced.", None)
    assert (bad.value, bad.note) == (None, "no such date")
    assert one("The launch on 29 February 2024 failed.", None).value == "2024-02-29"


def test_ranges_give_their_start_and_and_gives_two() -> None:
    assert found("Drills ran March 18-19 off the coast.") == [
        ("March 18-19", "2023-03-18", "day", "explicit")
    ]
    assert found("Drills lasted two days starting on March 18.") == [
        ("March 18", "2023-03-18", "day", "explicit")
    ]
    assert [m[1] for m in found("The window ran between February 8 and 25, 2016.")] == [
        "2016-02-08",
        "2016-02-25",
    ]


def test_ambiguous_numeric_date_uses_publication_or_stays_open() -> None:
    assert one("publish time 05/11/2024", D(2024, 11, 5)).value == "2024-11-05"
    assert one("publish time 05/11/2024", D(2024, 5, 12)).value == "2024-05-11"
    m = one("publish time 05/11/2024", None)
    assert (m.value, m.note) == (None, "ambiguous day/month order")


def test_the_nth_alone_is_not_a_date() -> None:
    assert found("Boats must leave by the 31st, officials said.") == []


# --- months and years -------------------------------------------------------------------------


def test_may_the_verb_is_never_a_month() -> None:
    assert found("The North may fire again, and it may do so soon.") == []
    assert found("May officials confirm the report?") == []


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("A test followed in May.", D(2023, 5, 10), "May", "2023-05"),
        ("A test followed last May.", D(2023, 5, 10), "last May", "2022-05"),
        ("A test followed in early May.", D(2023, 8, 1), "early May", "2023-05"),
        ("Nothing flew since May.", D(2023, 8, 1), "May", "2023-05"),
        ("A test followed in May 2021.", D(2023, 8, 1), "May 2021", "2021-05"),
        ("The first satellite reached orbit in November.", D(2024, 5, 28), "November", "2023-11"),
        ("It resumed in November.", D(2023, 11, 30), "November", "2023-11"),
        ("A rocket flew last June.", D(2023, 7, 1), "last June", "2023-06"),
        ("A rocket flew last June.", D(2023, 6, 20), "last June", "2022-06"),
        ("A rocket flew in mid-March.", D(2023, 6, 20), "mid-March", "2023-03"),
        ("In September last year it flew.", D(2024, 1, 20), "September last year", "2023-09"),
        ("In January this year it tried again.", D(2024, 5, 20), "January this year", "2024-01"),
        ("The engine was shown in August 2016.", None, "August 2016", "2016-08"),
    ],
)
def test_month_precision(text: str, published: dt.date | None, span: str, value: str) -> None:
    m = one(text, published)
    assert (text[m.start : m.end], m.value, m.precision) == (span, value, "month")


def test_month_list_shares_the_final_year() -> None:
    assert found("Earlier tests came in March and December 2022.", D(2023, 12, 4)) == [
        ("March", "2022-03", "month", "explicit"),
        ("December 2022", "2022-12", "month", "explicit"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The first such test was in 2016.", "2016"),
        ("It has not done so since 2017.", "2017"),
        ("Compared with 2016's test, the yield was higher.", "2016"),
        ("The 2017 nuclear test was larger.", "2017"),
        ("It is expected by mid-2025, officials said.", "2025"),
        ("Tests continued during 2019.", "2019"),
    ],
)
def test_years_in_date_context(text: str, value: str) -> None:
    m = one(text)
    assert (m.value, m.precision, m.kind) == (value, "year", "year")


def test_years_without_date_context_are_ignored() -> None:
    assert found("The council passed resolution 2017 and resolution 2397.") == []
    assert found("The Zapad-2017 drills and 1990s engines and 12,017 troops.") == []
    assert found("No year here: 1949 or 2100 in 2100.") == []


def test_linked_years_share_context() -> None:
    assert [m[1] for m in found("It was tested in 2016 and 2017.")] == ["2016", "2017"]
    assert [m[1] for m in found("The 2016 and 2017 tests were both underground.")] == [
        "2016",
        "2017",
    ]


# --- relative expressions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("A test came last year.", TUE, "2022", "year"),
        ("A test came earlier this year.", TUE, "2023", "year"),
        ("It is the fifth launch this year.", TUE, "2023", "year"),
        ("A test came this month.", TUE, "2023-03", "month"),
        ("A test came last month.", TUE, "2023-02", "month"),
        ("A test came last week.", D(2023, 3, 3), "2023-02", "month"),
        ("A test came last week.", TUE, "2023-03", "month"),
        ("It blew up today.", TUE, "2023-03-21", "day"),
        ("It blew up tonight.", TUE, "2023-03-21", "day"),
        ("It blew up yesterday.", TUE, "2023-03-20", "day"),
        ("It blew up last night.", TUE, "2023-03-20", "day"),
        ("It blew up the day before yesterday.", TUE, "2023-03-19", "day"),
        ("It blew up three days ago.", TUE, "2023-03-18", "day"),
        ("It blew up two weeks ago.", TUE, "2023-03", "month"),
        ("It blew up four months ago.", TUE, "2022-11", "month"),
        ("It blew up a year ago.", TUE, "2022", "year"),
    ],
)
def test_relative_to_publication(text: str, published: dt.date, value: str, precision: str) -> None:
    m = one(text, published)
    assert (m.value, m.precision, m.kind) == (value, precision, "relative")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The launch came three days after the summit.", "three days after"),
        ("The launch came a day after the summit.", "a day after"),
        ("The launch came 15 days after the drill.", "15 days after"),
        ("The launch came about a week after the visit.", "about a week after"),
        ("Officials had met the previous day.", "the previous day"),
        ("A second salvo followed four days later.", "four days later"),
        ("The vote came days after the launch.", "days after"),
    ],
)
def test_relative_to_another_event_is_left_open(text: str, span: str) -> None:
    m = one(text)
    assert (text[m.start : m.end], m.value, m.kind, m.note) == (
        span,
        None,
        "relative",
        RELATIVE_TO_EVENT,
    )


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("A launch is planned for next week.", "2023-03", "month"),
        ("A launch is planned for next Tuesday.", "2023-03-28", "day"),
        ("A launch is planned for next month.", "2023-04", "month"),
        ("A launch is planned for next year.", "2024", "year"),
        ("A launch is planned for tomorrow.", "2023-03-22", "day"),
    ],
)
def test_future_expressions_are_marked(text: str, value: str, precision: str) -> None:
    m = one(text)
    assert (m.value, m.precision, m.kind, m.note) == (value, precision, "relative", FUTURE)


def test_first_in_n_years_points_back() -> None:
    m = one("It was the first such test in three years.", D(2019, 10, 3))
    assert (m.value, m.precision) == ("2016", "year")
    assert found("The plant will open in three years.", D(2019, 10, 3)) == []


def test_usa_today_is_a_newspaper() -> None:
    assert found("USA Today reported the blast.") == []
    assert [m[1] for m in found("Officials said today the blast was large.")] == ["2023-03-21"]


# --- weekdays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It fired on Sunday from the east coast.", "2023-03-19"),
        ("It fired Monday from the east coast.", "2023-03-20"),
        ("It fired early on Monday from the coast.", "2023-03-20"),
        ("It fired on Tuesday morning from the coast.", "2023-03-21"),  # publication day itself
        ("It fired on Wednesday from the coast.", "2023-03-15"),
        ("It fired last Thursday from the coast.", "2023-03-16"),
        ("It fired last Tuesday from the coast.", "2023-03-14"),  # strictly before publication
    ],
)
def test_weekdays(text: str, value: str) -> None:
    m = one(text)
    assert (m.value, m.precision, m.kind) == (value, "day", "weekday")


def test_weekday_map() -> None:
    assert WEEKDAYS["monday"] == 0
    assert WEEKDAYS["sunday"] == 6
    for name, number in WEEKDAYS.items():
        assert D(2024, 1, 1 + number).strftime("%A").lower() == name  # 2024-01-01 was a Monday


def test_weekday_followed_by_its_date_is_one_mention() -> None:
    text = "Tuesday, December 03, 2024"
    assert found(text, D(2024, 12, 3)) == [(text, "2024-12-03", "day", "explicit")]


def test_plural_weekdays_are_not_dates() -> None:
    assert found("Drills are held on Mondays and Fridays.") == []


# --- clock times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hour", "zone"),
    [
        ("The rocket flew on Monday at 10:38 p.m. from the coast.", 22, None),
        ("The rocket flew around 6:14 a.m. Thursday.", 6, None),
        ("The rocket flew at 11:05 a.m. (02:05 GMT) on Sunday.", 11, None),
        ("The rocket flew on Sunday at 0000 GMT.", 0, "GMT"),
        ("The rocket flew at 2 p.m. on Monday.", 14, None),
        ("The rocket flew on Monday at 11:05 from the coast.", 11, None),
        ("The rocket flew at 7:30 a.m. on Tuesday.", 7, None),
        ("The rocket flew at 12 a.m. on Tuesday.", 0, None),
        ("The rocket flew at 12 p.m. on Tuesday.", 12, None),
        ("The rocket flew Wednesday at 1:26 a.m. Pacific time.", 1, "PT"),
        ("The rocket flew at 10:44 p.m. KST (1344 GMT) on Monday.", 22, "KST"),
        ("The rocket flew at 9 a.m. local time on Monday.", 9, None),
        ("The rocket flew just before midnight on Monday.", 23, None),
        ("The rocket flew at noon on Monday.", 12, None),
    ],
)
def test_clock_times_attach_to_the_date(text: str, hour: int, zone: str | None) -> None:
    m = one(text)
    assert (m.hour, m.zone) == (hour, zone)


def test_clock_time_elsewhere_in_the_span_still_counts() -> None:
    m = one("On Monday the missile flew 600 km; it had been fired at 7:11 a.m., the agency said.")
    assert (m.value, m.hour) == ("2023-03-20", 7)


def test_clock_goes_to_the_nearest_day() -> None:
    text = "After last Thursday's test, it fired again on Monday at 6 a.m."
    mentions = find_dates(text, TUE)
    assert [(m.value, m.hour) for m in mentions] == [("2023-03-16", None), ("2023-03-20", 6)]


# --- no publication date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "precision"),
    [
        ("The missile flew on Sunday.", "Sunday", "day"),
        ("The missile flew last week.", "last week", "month"),
        ("The missile flew on July 19.", "July 19", "day"),
        ("The missile flew in November.", "November", "month"),
        ("The missile flew yesterday.", "yesterday", "day"),
        ("The missile flew last year.", "last year", "year"),
    ],
)
def test_without_publication_date_nothing_is_guessed(text: str, expr: str, precision: str) -> None:
    m = one(text, None)
    assert (m.value, m.precision) == (None, precision)
    assert m.note == f"no publication date: cannot resolve '{expr}'"


def test_without_publication_date_stated_years_still_resolve() -> None:
    assert [m[1] for m in found("It flew on July 19, 2023 and again in 2016.", None)] == [
        "2023-07-19",
        "2016",
    ]


# --- non-dates and spans ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 46-year rule was debated for hours.",
        "The Hwasong-17 and the KN-23 were shown.",
        "It flew 10 km, then 2,750 kilometers, then 300-350 km.",
        "Call 555-0123 or +82 2 1234 5678 for details.",
        "Version 1.2.3 of the tool shipped with build 2024.1.",
        "The launch was condemned by officials in Seoul and Tokyo on a lofted trajectory.",
        "Marines marched past the Decision Center.",
    ],
)
def test_non_dates(text: str) -> None:
    assert found(text) == []


def test_offsets_index_the_whole_text_and_respect_the_window() -> None:
    text = "Intro on Monday. It flew on Sunday at 9 a.m. Outro on Friday."
    start = text.index("It flew")
    end = text.index(" Outro")
    mentions = find_dates(text, TUE, start, end)
    assert [text[m.start : m.end] for m in mentions] == ["Sunday"]
    assert mentions[0].hour == 9
    assert find_dates(text, TUE, 5, 5) == []


def test_a_window_opening_inside_a_number_reads_the_rest_of_it() -> None:
    # "10 pm" is what is left of "110 pm": a time, attached to Monday.
    [monday] = find_dates("110 pm Monday", TUE, 1)
    assert (monday.start, monday.value, monday.hour) == (7, "2023-03-20", 22)
    assert find_dates("110 pm Monday", TUE)[0].hour is None


def test_a_word_cut_by_the_window_is_no_first() -> None:
    text = "It was the first launch in three years, Tuesday morning."
    assert [text[m.start : m.end] for m in find_dates(text, TUE)] == ["in three years", "Tuesday"]
    cut = find_dates(text, TUE, text.index("first") + 1)
    assert [text[m.start : m.end] for m in cut] == ["Tuesday"]


# --- shift_for_zone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "hour", "zone", "offset", "expected"),
    [
        (D(2017, 3, 5), 17, "ET", 9, D(2017, 3, 6)),  # US Sunday evening = Korean Monday
        (D(2013, 2, 11), 22, "EST", 9, D(2013, 2, 12)),
        (D(2023, 3, 19), 2, "GMT", 9, D(2023, 3, 19)),
        (D(2024, 2, 13), 23, "UTC", 9, D(2024, 2, 14)),
        (D(2024, 2, 14), 9, "KST", 9, D(2024, 2, 14)),  # already the site's zone
        (D(2023, 9, 6), 5, "UTC", -8, D(2023, 9, 5)),  # Vandenberg, before dawn UTC
        (D(2023, 9, 6), 1, "PT", -8, D(2023, 9, 6)),
        (D(2023, 12, 31), 20, "GMT", 9, D(2024, 1, 1)),
        (D(2024, 3, 11), 23, "IST", 5, D(2024, 3, 11)),  # half-hour zone stays on the day
    ],
)
def test_shift_for_zone(
    local: dt.date, hour: int, zone: str, offset: int, expected: dt.date
) -> None:
    assert shift_for_zone(local, hour, zone, offset) == expected


def test_shift_for_zone_without_hour_or_zone_is_identity() -> None:
    day = D(2017, 3, 5)
    assert shift_for_zone(day, None, "ET", 9) == day
    assert shift_for_zone(day, 23, None, 9) == day
    assert shift_for_zone(day, 23, "XYZ", 9) == day


def test_every_zone_find_dates_can_return_has_an_offset() -> None:
    for text in ("10 a.m. ET", "10 a.m. Korea time", "10:00 Moscow time", "0100 UTC"):
        m = one(f"On Monday at {text} it flew.")
        assert m.zone in ZONE_OFFSETS


# --- properties -------------------------------------------------------------------------------

_DATE_WORD = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|night|morrow|decade",
    re.IGNORECASE,
)
_FORMATS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}
_FRAGMENTS = [
    "on Sunday", "Monday", "last Thursday", "next Tuesday", "May", "in May", "may", "May 31",
    "July 19", "30 January", "Jan. 30", "Sept. 20, 2017", "2023-03-16", "05/11/2024", "Feb 29",
    "in 2016", "since 2017", "resolution 2017", "last year", "this month", "last week",
    "three days after", "a day after", "the previous day", "yesterday", "tonight", "today",
    "at 10:38 p.m.", "6:14 a.m.", "(02:05 GMT)", "0000 GMT", "2 p.m.", "midnight", "noon",
    "Hwasong-17", "KN-23", "10 km", "2,750", "March 18-19", "in March and December 2022",
    "In September last year", "the first test in three years", "two weeks ago", ",", ".", "(",
    "\n", "the", "and", "31st", "2016's", "mid-2022", "Tuesday, December 03, 2024",
]  # fmt: skip


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=6)),
            max_size=12,
        )
    )
    return " ".join(parts)


@settings(max_examples=400, deadline=None)
@given(
    text=sentences(),
    published=st.none() | st.dates(min_value=D(1960, 1, 1), max_value=D(2090, 12, 31)),
    window=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_properties(text: str, published: dt.date | None, window: tuple[int, int]) -> None:
    start, end = min(window), max(window)
    mentions = find_dates(text, published, start, end)
    previous_end = start
    for m in mentions:
        assert previous_end <= m.start < m.end <= min(end, len(text))
        previous_end = m.end
        assert _DATE_WORD.search(text[m.start : m.end])
        assert m.precision in _FORMATS
        assert m.kind in ("explicit", "weekday", "relative", "year")
        if m.value is None:
            assert m.note
        else:
            assert _FORMATS[m.precision].fullmatch(m.value)
            if m.precision == "day":
                dt.date.fromisoformat(m.value)
        assert m.hour is None or 0 <= m.hour <= 23
        assert m.zone is None or m.zone in ZONE_OFFSETS


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.dates(min_value=D(1960, 1, 1), max_value=D(2090, 12, 31)))
def test_stated_years_do_not_depend_on_publication(noise: str, published: dt.date) -> None:
    text = f"{noise} It flew on March 16, 2023."
    values = [m.value for m in find_dates(text, published, len(noise))]
    assert values == ["2023-03-16"]


# --- the development set ------------------------------------------------------------------------

DEVSET = Path("/work/shared/devset")


def test_devset_main_dates_are_among_the_resolved_dates() -> None:
    """Most labelled launch dates are read straight off the text; traps and dateless texts aside."""
    if not (DEVSET / "real.gold.jsonl").exists():
        pytest.skip("development set not present")
    articles = {}
    for line in (DEVSET / "real.articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        articles[article["id"]] = article
    hits = total = 0
    for line in (DEVSET / "real.gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if not gold["main_event"]:
            continue
        article = articles[gold["id"]]
        published = article.get("published")
        anchor = dt.date.fromisoformat(published[:10]) if published else None
        values = {m.value for m in find_dates(article["text"], anchor)}
        total += 1
        hits += gold["main_event"]["date"] in values
    assert total > 40
    assert hits / total >= 0.9


def test_days_listed_after_a_date_share_its_month() -> None:
    text = "launches on Sept. 25, 28 and 29, and on May 9, 10 and 12 missiles were seen"
    found = [(text[d.start : d.end], d.value) for d in find_dates(text, dt.date(2022, 10, 4))]
    assert found == [
        ("Sept. 25", "2022-09-25"),
        ("28", "2022-09-28"),
        ("29", "2022-09-29"),
        ("May 9", "2022-05-09"),
    ]
