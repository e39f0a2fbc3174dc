"""clean_text: furniture out, sentences kept, whitespace normalised, nothing invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from launchwatch.clean import Cleaned, clean_text

BEFORE = "North Korea fired a short-range ballistic missile on Sunday, the military said."
AFTER = "The missile flew about 300 kilometres before landing in the sea."

FURNITURE_LINES = [
    "Advertisement",
    "Advertisment",
    "ADVERTISING",
    "Photo : YONHAP News",
    "(Photo: Reuters)",
    "PHOTO: Reuters file",
    "Getty Images",
    "AFP via Getty Images",
    "KCNA via Reuters",
    "Kim Hong-ji/Reuters",
    "(Yonhap)",
    "READ MORE",
    "ALSO READ: Seoul and Tokyo agree to share missile warning data in real time",
    "ALSO READ Army chief visits forward units after drill",
    "Read also",
    "Read: Leaders meet after row over border incident",
    "Related:",
    "« « Previous Article: A review of a new film » » Next Article: Storm hits coast",
    "Share this article",
    "Share:",
    "Subscribe to our newsletter",
    "The Daily Example Newsletter",
    "Follow us on Twitter and Facebook",
    "(This story has not been edited by Example staff and is auto-generated from a syndicated "
    "feed.)",
    "Source: XYZ",
    "Source",
    "Comment (0)",
    "3 Comments",
    "PUBLISHED ON February 14, 2024 6:22 AM",
    "PUBLISHED ONFebruary 14, 2024 6:22 AM",
    "Updated: 2023-11-21",
    "Updated: 2022-06-16 14:18:36 KST",
    "UPDATED on May 28 2024 at 2:43 p.m.",
    "Posted March. 21, 2023 07:48,",
    "Last updated 3 hours ago",
    "publish time",
    "December 09, 2023",
    "2023-12",
    "Tuesday, December 03, 2024",
    "January 20, 2024 at 4:23 pm",
    "Thu, Oct 03, 2019 - 6:57 AM",
    "18:45 6 March 2017",
    "05/11/2024",
    "https://news.example.org/2023/03/20/some-story-1108580353.html",
    "www.example.com/story",
    "By Jane Kim",
    "By JOHN DOE in London | Example Daily | Updated: 2023-11-21 09:19",
    "By AP Published: Wed 19 Jul 2023, 12:06 PM",
    "Reporter :",
    "TOKYO/SEOUL, March 6, Kyodo",
    "Go to contents",
    "You are here",
    "Privacy policy",
    "Edition: English",
    "This website is best viewed using the latest versions of web browsers.",
    "© 2024 Example Media Group. All rights reserved.",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line_is_dropped_and_recorded(line: str) -> None:
    result = clean_text(f"{BEFORE}\n{line}\n{AFTER}")
    assert result == Cleaned(text=f"{BEFORE}\n{AFTER}", dropped=(line,))


SENTENCES = [
    # a long caption-like line that merely begins with "Photo"
    "Photos released by state media showed the leader watching the launch from an observation "
    "post, flanked by senior officers and scientists.",
    "Photo: the leader watches a launch from an observation post near the coast, in an image "
    "released on Monday by the state news agency.",
    "The ministry said the Advertisement of the test window had been issued a week earlier.",
    "Related tensions have risen since the drills began.",
    "Sources said the missile flew for about ten minutes.",
    "By Sunday, North Korea had fired three missiles.",
    "By Kim's order, the units were put on alert.",
    "Thursday marks the 70th anniversary of the armistice.",
    "On March 6, 2017, North Korea fired four ballistic missiles.",
    "The Joint Chiefs of Staff (JCS) said the launch was detected at 7:10 a.m.",
    "North Korea (DPRK) - which calls the tests routine - fired again.",
    "Kim Jong Un (Center) - flanked by officers - watched the launch.",
    "Share prices fell in Seoul after the launch.",
    "Source code for the guidance software was not disclosed.",
    "Follow-up launches are expected, analysts said.",
    "Reuters reported the launch first.",
    "The launch was reported by Reuters",
    "Updated figures showed the missile flew 1,000 km.",
    "Published reports said the rocket failed.",
    "Posted troops along the border were put on alert.",
    "This story was first reported by a local newspaper.",
    "Read the full statement on the ministry's website.",
    "Top officials met after the launch.",
    "Sunday",
    "5",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_sentence_is_kept(sentence: str) -> None:
    result = clean_text(f"{BEFORE}\n{sentence}\n{AFTER}")
    assert result.text == f"{BEFORE}\n{sentence}\n{AFTER}"
    assert result.dropped == ()


DATELINES = [
    ("SEOUL, South Korea - ", "SEOUL, South Korea -"),
    ("SEOUL, South Korea — ", "SEOUL, South Korea —"),
    ("SEOUL, March 18 (Yonhap) -- ", "SEOUL, March 18 (Yonhap) --"),
    ("TOKYO (Reuters) - ", "TOKYO (Reuters) -"),
    ("TOKYO (Example Wire) - ", "TOKYO (Example Wire) -"),
    ("WASHINGTON, Nov 5 (AP) — ", "WASHINGTON, Nov 5 (AP) —"),
    ("SEOUL, Dec. 16 (UPI) -- ", "SEOUL, Dec. 16 (UPI) --"),
    ("SEOUL, South Korea, Nov 5, (AP): ", "SEOUL, South Korea, Nov 5, (AP):"),
    ("Tokyo/Seoul, May 30 (Jiji Press)--", "Tokyo/Seoul, May 30 (Jiji Press)--"),
    ("MOSCOW (Sputnik) - ", "MOSCOW (Sputnik) -"),
    ("(REUTERS) — ", "(REUTERS) —"),
    ("SEOUL — ", "SEOUL —"),
    ("PYONGYANG, April 2 (Example News) -- ", "PYONGYANG, April 2 (Example News) --"),
]


@pytest.mark.parametrize(("prefix", "recorded"), DATELINES)
def test_dateline_prefix_is_cut_and_sentence_kept(prefix: str, recorded: str) -> None:
    result = clean_text(f"Headline of the story\n\n{prefix}{BEFORE}\n\n{AFTER}")
    assert result.text == f"Headline of the story\n\n{BEFORE}\n\n{AFTER}"
    assert result.dropped == (recorded,)


def test_stacked_prefixes_and_prefix_then_furniture() -> None:
    raw = " date 2024-05-31 – " + BEFORE + "\n date 2023-12 Photo : KBS News\n" + AFTER
    result = clean_text(raw)
    assert result.text == f"{BEFORE}\n{AFTER}"
    assert result.dropped == ("date 2024-05-31", "–", "date 2023-12", "Photo : KBS News")


def test_dateline_only_prefix_not_taken_from_mid_sentence() -> None:
    text = f"{BEFORE} SEOUL (Yonhap) -- {AFTER}"
    assert clean_text(text).text == text


def test_whitespace_is_normalised_and_paragraphs_kept() -> None:
    raw = (
        "\r\n\r\n  North\u00a0Korea  fired\ta missile.  \r\n"
        "It flew\u2009far.\u3000\r\n\r\n\r\n\r\n"
        "Hwasong\u200b-18 was named.\n   \n\n"
    )
    assert clean_text(raw).text == (
        "North Korea fired a missile.\nIt flew far.\n\nHwasong-18 was named."
    )


def test_other_line_breaks_split_lines() -> None:
    assert clean_text("One.\u2028Two.\rThree.\x85Four.").text == "One.\nTwo.\nThree.\nFour."


def test_dropped_lines_leave_one_paragraph_break() -> None:
    raw = f"{BEFORE}\n\nAdvertisement\n\nRead more\n\n{AFTER}\n\nShare this article\n"
    result = clean_text(raw)
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert result.dropped == ("Advertisement", "Read more", "Share this article")


def test_long_furniture_like_line_is_kept() -> None:
    line = "Advertisement " + "word " * 60
    assert clean_text(line).text == line.strip()


def test_empty_and_furniture_only_inputs() -> None:
    assert clean_text("") == Cleaned(text="", dropped=())
    assert clean_text(" \n\n\t\n") == Cleaned(text="", dropped=())
    assert clean_text("Advertisement\n\nShare:") == Cleaned(
        text="", dropped=("Advertisement", "Share:")
    )


def test_pathological_lines_finish_quickly() -> None:
    # Inputs shaped to make a backtracking pattern explode; each must still come back.
    nasty = [
        "1 " * 90 + "x",
        "May " * 45 + "x",
        "a.m. " * 35 + "x",
        "SEOUL " * 30 + "(x",
        "By " + "Kim " * 45 + "x",
        "(" * 150,
        "Reuters/" * 20 + "x",
    ]
    for line in nasty:
        assert clean_text(line).text == line.strip()


def _normalised_lines(raw: str) -> list[str]:
    """The raw text's lines as clean_text normalises whitespace (its definition, restated)."""
    for char in "\u200b\u2060\ufeff\u00ad":
        raw = raw.replace(char, "")
    return [" ".join(line.split()) for line in raw.splitlines()]


FRAGMENTS = [*FURNITURE_LINES, *SENTENCES, *(prefix for prefix, _ in DATELINES)]
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40))
separators = st.sampled_from(["", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\u00a0", "\t", "\u2028"])


@st.composite
def raw_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=12))
    return "".join(piece + sep for piece, sep in parts)


@settings(max_examples=400, deadline=None)
@given(raw_texts())
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert twice.dropped == ()


@settings(max_examples=400, deadline=None)
@given(raw_texts())
def test_cleaning_never_invents_characters(raw: str) -> None:
    source_lines = _normalised_lines(raw)
    cleaned = clean_text(raw)
    for line in cleaned.text.split("\n"):
        assert line == "" or any(line in source for source in source_lines)
    for piece in cleaned.dropped:
        assert any(piece in source for source in source_lines)
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()


DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
DEVSET_FILES = ("seeds.articles.jsonl", "real.articles.jsonl")


def _devset_texts() -> list[str]:
    if not DEVSET.is_dir():
        pytest.skip(f"{DEVSET} is absent")
    texts = []
    for name in DEVSET_FILES:
        with open(DEVSET / name, encoding="utf-8") as file:
            texts.extend(json.loads(line)["text"] for line in file if line.strip())
    return texts


def test_devset_sentences_survive_and_furniture_goes() -> None:
    texts = _devset_texts()
    assert len(texts) == 61
    all_dropped: list[str] = []
    for raw in texts:
        cleaned = clean_text(raw)
        kept = cleaned.text.split("\n")
        for line in _normalised_lines(raw):
            if len(line) > 200:
                # A long line is article text: it survives whole, or less a short dateline.
                assert any(line.endswith(k) and len(line) - len(k) < 60 for k in kept if k)
        all_dropped.extend(cleaned.dropped)
        assert all(len(piece) <= 200 for piece in cleaned.dropped)
    joined = "\n".join(clean_text(raw).text for raw in texts)
    for furniture in ("ALSO READ", "Advertisment", "Comment (0)", "Photo : YONHAP News"):
        assert furniture not in joined
    # the datelines the date resolver will want are kept aside, in order
    assert "SEOUL, Dec. 16 (UPI) --" in all_dropped
    assert "Tokyo/Seoul, May 30 (Jiji Press)--" in all_dropped
