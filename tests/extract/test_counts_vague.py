"""How many were fired when an article names the system in the singular and then counts in an
unnumbered plural (CONTRACT section 3: `count` null with `count_qualifier` "multiple")."""

from __future__ import annotations

from extract_helpers import main_event


def test_an_unnumbered_plural_corrects_a_system_named_in_the_singular() -> None:
    main = main_event(
        "Iran said on Thursday it had test-fired a new naval cruise missile, which it called the "
        "Abu Mahdi. Western officials said the navy had launched several cruise missiles from a "
        "frigate in the Gulf of Oman."
    )
    assert (main.count, main.count_qualifier) == (None, "multiple")


def test_a_number_of_rockets_corrects_a_singular_too() -> None:
    main = main_event(
        "North Korea test-fired an upgraded multiple rocket launcher on Thursday, state media "
        "said. The South Korean military said it tracked a number of rockets flying into the "
        "Yellow Sea."
    )
    assert (main.count, main.count_qualifier) == (None, "multiple")


def test_a_later_number_does_not_displace_the_first_stated_count() -> None:
    # two figures that conflict: the first stated stands (the devset convention)
    main = main_event(
        "Pakistan test-fired a Ghauri ballistic missile on Thursday, the army said. An Indian "
        "official told reporters that two missiles had been tracked."
    )
    assert (main.count, main.count_qualifier) == (1, None)


def test_a_plain_plural_count_is_unchanged() -> None:
    main = main_event(
        "China fired several ballistic missiles into the waters around Taiwan on Thursday, "
        "Taiwan's defense ministry said."
    )
    assert (main.count, main.count_qualifier) == (None, "multiple")
