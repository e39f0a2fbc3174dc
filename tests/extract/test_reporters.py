"""Who a report credits for its facts (CONTRACT section 3, `reported_by`)."""

from __future__ import annotations

from extract_helpers import main_event


def test_a_reporter_saying_it_in_a_participle_is_credited() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday. South Korea's Joint Chiefs of Staff "
        "revised its figures on Friday, saying the missile had flown 600 km.",
        published="2024-05-31",
    )
    assert "South Korea JCS" in main.reported_by


def test_a_reporter_putting_a_figure_at_a_value_is_credited() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday, Japan's Defense Ministry said. "
        "South Korea's military put the missile's range at 800 km."
    )
    assert set(main.reported_by) == {"Japan MoD", "South Korea military"}


def test_a_reporter_is_credited_across_an_aside() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday. Prime Minister Fumio Kishida, who "
        "was visiting troops in the south of the country at the time, told reporters that the "
        "missile fell outside Japan's exclusive economic zone."
    )
    assert main.reported_by == ("Japan PM",)


def test_state_media_hailing_the_launch_is_credited() -> None:
    main = main_event(
        "North Korea fired a new ICBM on Thursday. Korean Central Television hailed the launch "
        "as a great victory of the nation's scientists and said the missile flew for 70 minutes."
    )
    assert main.reported_by == ("KCNA",)


def test_a_reporter_that_did_not_report_is_not_credited() -> None:
    main = main_event(
        "South Korea's military said North Korea fired two ballistic missiles on Thursday. "
        "North Korean state media did not immediately report on the launches."
    )
    assert main.reported_by == ("South Korea military",)


def test_a_verb_of_saying_before_a_new_clause_does_not_credit_its_subject() -> None:
    main = main_event(
        "North Korea fired an ICBM on Thursday that came down in Japan's exclusive economic "
        "zone, Japan's Defense Ministry said, and the Japan Coast Guard warned ships to stay clear."
    )
    assert main.reported_by == ("Japan MoD",)


def test_a_reaction_without_a_fact_is_not_a_source() -> None:
    main = main_event(
        "North Korea fired a ballistic missile into the sea on Thursday, South Korea's military "
        "said. Prime Minister Fumio Kishida condemned the launch and said Tokyo had protested "
        "through diplomatic channels."
    )
    assert main.reported_by == ("South Korea military",)


def test_a_reaction_that_confirms_the_event_is_a_source() -> None:
    main = main_event(
        "North Korea carried out a nuclear test on Thursday. Japan's government said it had "
        "confirmed that a nuclear test had taken place and that it had lodged a protest."
    )
    assert main.reported_by == ("Japan government",)


def test_an_actor_in_another_clause_is_not_the_reporter() -> None:
    main = main_event(
        "Iran put a satellite into orbit with a Simorgh rocket on Sunday, state television "
        "reported. The launch came a week after the Revolutionary Guards sent a satellite of "
        "their own into orbit.",
        published="2024-05-26",
    )
    assert main.reported_by == ("Iran state TV",)


def test_a_japanese_defense_minister_named_speaks_for_the_ministry() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday. Defense Minister Yasukazu Hamada "
        "said the missile flew about 1,000 km."
    )
    assert main.reported_by == ("Japan MoD",)


def test_the_government_in_a_capital_is_that_government() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday. The government in Tokyo announced that "
        "the missile passed over Hokkaido."
    )
    assert main.reported_by == ("Japan government",)


def test_the_french_armed_forces_ministry_is_france_mod() -> None:
    main = main_event(
        "France's armed forces ministry said an M51.3 missile flew from Biscarrosse on Thursday."
    )
    assert main.reported_by == ("France MoD",)


def test_a_comparison_with_the_previous_test_is_a_fact_of_the_news() -> None:
    main = main_event(
        "North Korea carried out a nuclear test on Thursday. The Korea Meteorological "
        "Administration measured the quake at magnitude 5.7 and said it was far stronger than "
        "the one set off by the previous test."
    )
    assert main.reported_by == ("South Korea KMA",)


def test_a_superlative_to_date_is_a_fact_of_the_news() -> None:
    main = main_event(
        "North Korea carried out a nuclear test on Thursday. The U.S. Geological Survey "
        "measured the quake at magnitude 6.1, which would make it the largest test to date."
    )
    assert main.reported_by == ("USGS",)


def test_a_condemnation_that_names_the_missile_class_is_no_source() -> None:
    # The class word only names the launch condemned; no fact of it is told.
    main = main_event(
        "China launched a solid-fuel ballistic missile into the Pacific on Wednesday, the "
        "Chinese Defense Ministry said. Japan's Chief Cabinet Secretary said Tokyo strongly "
        "condemned the ballistic missile launch."
    )
    assert main.reported_by == ("China MND",)


def test_calling_the_launch_a_provocation_is_no_source() -> None:
    main = main_event(
        "North Korea fired two cruise missiles over the Yellow Sea on Thursday, South Korea's "
        "Joint Chiefs of Staff said. The launch of the cruise missiles was a grave provocation, "
        "a spokesman for South Korea's unification ministry said."
    )
    assert main.reported_by == ("South Korea JCS",)


def test_convening_a_security_meeting_is_no_source() -> None:
    main = main_event(
        "North Korea launched a long-range missile on Thursday, Japan's Defense Ministry said. "
        "President Yoon convened an emergency security meeting, South Korea's presidential "
        "office said."
    )
    assert main.reported_by == ("Japan MoD",)


def test_still_verifying_whether_a_test_took_place_is_no_source() -> None:
    main = main_event(
        "North Korea appeared to have conducted a nuclear test on Thursday, the US Geological "
        "Survey said after recording a magnitude 5.3 tremor. Japan's Defense Ministry said it "
        "was checking whether an underground explosion had taken place."
    )
    assert main.reported_by == ("USGS",)


def test_nation_words_joined_by_and_share_the_office() -> None:
    main = main_event(
        "North Korea fired a cruise missile toward the Yellow Sea on Thursday, South Korean and "
        "Japanese officials said."
    )
    assert set(main.reported_by) == {"South Korea government", "Japan government"}


def test_a_list_of_nation_words_shares_the_office_down_the_list() -> None:
    main = main_event(
        "North Korea launched a ballistic missile on Thursday, Japanese, South Korean and US "
        "officials said."
    )
    assert set(main.reported_by) == {"Japan government", "South Korea government", "US government"}


def test_the_militaries_of_two_states_are_both_sources() -> None:
    main = main_event(
        "North Korea fired an ICBM on Thursday. The launch, tracked at the time by the militaries "
        "of Japan and South Korea, drew condemnation from Washington."
    )
    assert set(main.reported_by) == {"Japan MoD", "South Korea military"}


def test_a_name_inside_a_quotation_is_not_its_speaker() -> None:
    main = main_event(
        "Russia test-fired a Sarmat ICBM from Plesetsk on Thursday, the Russian Defense Ministry "
        'said. "This shows our partners in the Pentagon that deterrence works," said a '
        "commander of the missile forces."
    )
    assert main.reported_by == ("Russia MoD",)


def test_statements_compared_with_another_states_are_not_its_source() -> None:
    main = main_event(
        "France test-fired an M51 missile from a submarine off Brittany on Thursday, the French "
        "armed forces ministry said. Its statement was similar to those issued by Russia's "
        "Defense Ministry after Bulava launches."
    )
    assert main.reported_by == ("France MoD",)


def test_irans_communications_minister_speaks_for_the_government() -> None:
    main = main_event(
        "Iran put a research satellite into orbit with a Simorgh rocket on Thursday, "
        "Information and Communications Technology Minister Mohammad-Javad Azari Jahromi told "
        "reporters."
    )
    assert main.reported_by == ("Iran government",)


def test_a_passive_was_reported_does_not_credit_its_subject() -> None:
    main = main_event(
        "Russia launched a Soyuz rocket carrying a military satellite from Plesetsk on Friday, "
        "TASS said. The launch, with officers of the Russian Defense Ministry looking on, was "
        "reported to have been the first of a new series.",
        published="2024-05-31",
    )
    assert main.reported_by == ("TASS",)


def test_a_quoted_name_does_not_act_on_a_verb_after_the_quote() -> None:
    # "Flight Test Squadron" holds a verb-like "Flight Test"; the quoted Department of Defense
    # is not the force that acted.
    main = main_event(
        'The U.S. Air Force launched an unarmed ICBM from Vandenberg on Thursday. "The '
        'Department of Defense relies on these crews," said the commander of the 576th Flight '
        "Test Squadron."
    )
    assert main.reported_by == ("US Air Force",)


def test_a_leader_judging_the_launch_is_no_source() -> None:
    main = main_event(
        "North Korea fired a ballistic missile into the sea on Thursday, Japan's Defense Ministry "
        "said. Prime Minister Yoshihide Suga, who was meeting party officials at the time, said "
        "such launches could never be tolerated."
    )
    assert main.reported_by == ("Japan MoD",)


def test_a_leader_quoted_before_his_name_is_no_source_for_a_later_clause() -> None:
    main = main_event(
        "North Korea fired two ballistic missiles on Thursday, South Korea's military said. "
        '"This is an outrage against the region," Shigeru Ishiba told parliament, after the '
        "missiles came down some 250 km off the coast of Niigata."
    )
    assert main.reported_by == ("South Korea military",)


def test_a_leader_promising_a_response_is_no_source() -> None:
    main = main_event(
        "Pakistan test-fired a Shaheen-III ballistic missile on Thursday, the military's media "
        "wing said. Prime Minister Narendra Modi said New Delhi would respond in step with its "
        "partners, and the foreign ministry summoned an envoy from Islamabad."
    )
    assert "India PM" not in main.reported_by


def test_a_leader_stating_where_the_missiles_fell_is_a_source() -> None:
    main = main_event(
        "North Korea fired three ballistic missiles on Thursday, two of which fell inside Japan's "
        "exclusive economic zone, Prime Minister Shigeru Ishiba said."
    )
    assert main.reported_by == ("Japan PM",)


def test_a_leader_stating_the_flight_time_is_a_source() -> None:
    main = main_event(
        "North Korea launched an ICBM on Thursday. Fumio Kishida told reporters the missile flew "
        "for about 70 minutes, and Tokyo lodged a protest."
    )
    assert "Japan PM" in main.reported_by


def test_state_television_declaring_the_test_is_credited() -> None:
    main = main_event(
        "North Korea conducted its seventh nuclear test on Thursday, South Korea's military said. "
        "Hours later an announcer on state television declared the test a complete success."
    )
    assert set(main.reported_by) == {"South Korea military", "KCNA"}


def test_state_television_airing_footage_of_the_launch_is_credited() -> None:
    main = main_event(
        "Iran launched a Qaem-100 rocket carrying a small satellite on Thursday. State "
        "television aired footage of the rocket lifting off from a desert launch pad."
    )
    assert main.reported_by == ("Iran state TV",)


def test_another_states_television_airing_the_news_is_not_state_media() -> None:
    # "state television" is the launching state's own: here it names neither KCNA nor Iran's
    main = main_event(
        "India test-fired an Agni-V missile from Abdul Kalam Island on Thursday, the Defence "
        "Ministry said. State television aired footage of the launch."
    )
    assert "KCNA" not in main.reported_by and "Iran state TV" not in main.reported_by


def test_a_reporter_that_aired_no_account_is_not_credited() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday, Japan's Defense Ministry said. North "
        "Korean state television has not aired any report of the launch."
    )
    assert main.reported_by == ("Japan MoD",)


def test_states_that_detected_the_launch_are_their_militaries() -> None:
    main = main_event(
        "North Korea said on Friday it had test-fired a new solid-fuel missile, a day after Japan "
        "and South Korea detected a launch from its east coast toward the sea."
    )
    assert {"Japan MoD", "South Korea military"} <= set(main.reported_by)


def test_a_state_that_said_it_had_tracked_missiles_is_its_military() -> None:
    main = main_event(
        "North Korea fired a volley of short-range ballistic missiles on Thursday, state media "
        "said. Japan said it had tracked at least six missiles landing outside its exclusive "
        "economic zone."
    )
    assert set(main.reported_by) == {"KCNA", "Japan MoD"}


def test_a_state_detecting_nothing_is_no_source() -> None:
    main = main_event(
        "Iran launched a Simorgh rocket carrying two satellites on Thursday, state television "
        "said. Israel's spy chief told lawmakers no radar had picked up the rocket."
    )
    assert main.reported_by == ("Iran state TV",)


def test_a_state_detected_by_others_is_not_a_watcher() -> None:
    # the launching state, the object of the watching, is no source
    main = main_event(
        "South Korea's military said it had detected North Korea firing two cruise missiles "
        "over the Yellow Sea on Thursday."
    )
    assert main.reported_by == ("South Korea military",)


def test_an_agency_that_was_told_is_not_the_source() -> None:
    main = main_event(
        "North Korea fired a ballistic missile toward the East Sea on Thursday, South Korea's "
        "Joint Chiefs of Staff said. A defence analyst in Seoul told Reuters the missile was "
        "probably a KN-23."
    )
    assert main.reported_by == ("South Korea JCS",)


def test_an_agency_cited_for_the_facts_is_still_the_source() -> None:
    main = main_event(
        "India test-fired an Agni-Prime missile off the coast of Odisha on Thursday, according "
        "to the Press Trust of India and Agence France-Presse."
    )
    assert "AFP" in main.reported_by


def test_a_state_that_estimated_the_flight_is_its_government() -> None:
    main = main_event(
        "North Korea fired an ICBM on Thursday, its state media said on Friday. South Korea had "
        "earlier assessed that the missile flew some 1,000 km on a lofted trajectory."
    )
    assert set(main.reported_by) == {"KCNA", "South Korea government"}


def test_an_estimate_by_unnamed_experts_credits_no_state() -> None:
    main = main_event(
        "Pakistan test-fired an Ababeel missile on Thursday, the military said. Experts in "
        "India estimated its range at about 2,200 km."
    )
    assert "India MoD" not in main.reported_by and "India PM" not in main.reported_by


def test_officials_in_a_capital_are_its_government() -> None:
    main = main_event(
        "North Korea fired a ballistic missile on Thursday, Japan's Defense Ministry said. "
        "The missile came down inside Japan's exclusive economic zone, according to officials in "
        "Tokyo."
    )
    assert set(main.reported_by) == {"Japan MoD", "Japan government"}


def test_officials_speaking_of_the_backdrop_after_came_as_are_no_source() -> None:
    main = main_event(
        "North Korea fired a cruise missile on Thursday, South Korea's Joint Chiefs of Staff "
        "said. The launch came as South Korean officials said the North was expanding a uranium "
        "plant."
    )
    assert main.reported_by == ("South Korea JCS",)


def test_a_reporter_in_a_relative_clause_on_another_class_is_not_credited() -> None:
    main = main_event(
        "North Korea fired two short-range ballistic missiles on Thursday, hours after a "
        "suspected intermediate-range ballistic missile that South Korean officials said exploded "
        "in flight. The two missiles flew 350 km, South Korea's military said."
    )
    assert main.reported_by == ("South Korea military",)


def test_a_reporter_in_a_relative_clause_on_the_news_is_credited() -> None:
    # Precision guard: the relative clause speaks of the news's own missile.
    main = main_event(
        "North Korea fired a short-range ballistic missile on Thursday that officials in Seoul "
        "said flew about 600 km."
    )
    assert main.reported_by == ("South Korea government",)
