from hypothesis import given
from hypothesis import strategies as st

from launchwatch.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_times_do_not_end_sentences() -> None:
    text = (
        "The U.S. military said the missile flew at 10:38 p.m. Monday. Gen. Park Ji-won "
        "told reporters it fell into the sea."
    )
    assert _texts(text) == [
        "The U.S. military said the missile flew at 10:38 p.m. Monday.",
        "Gen. Park Ji-won told reporters it fell into the sea.",
    ]


def test_sentences_run_together_by_a_scraper_are_split() -> None:
    assert _texts("It flew 600 km.The launch was the fifth this year.") == [
        "It flew 600 km.",
        "The launch was the fifth this year.",
    ]


def test_lines_are_sentences_and_blank_lines_vanish() -> None:
    assert _texts("Missile fired\n\nAdvertisement\nSeoul said so.") == [
        "Missile fired",
        "Advertisement",
        "Seoul said so.",
    ]


def test_an_abbreviation_before_a_line_break_ends_no_sentence_but_the_line_does() -> None:
    assert _texts("He met Gen.\nKim. Then he left.") == ["He met Gen.", "Kim.", "Then he left."]


def test_quotes_stay_with_their_sentence() -> None:
    assert _texts('He said "It worked." Then he left.') == ['He said "It worked."', "Then he left."]


@given(st.text(alphabet=st.sampled_from("ab. \nA?!\"'”1"), max_size=80))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end


def test_a_clock_time_ends_a_sentence_only_before_a_sentence_opener() -> None:
    text = "It was fired shortly after 10 a.m. It flew at 7 a.m. Monday and at 9 p.m. local time."
    assert _texts(text) == [
        "It was fired shortly after 10 a.m.",
        "It flew at 7 a.m. Monday and at 9 p.m. local time.",
    ]
