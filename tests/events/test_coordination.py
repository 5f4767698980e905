"""Coordinated actors: each conjunct of a coordinated phrase is an actor of its own."""

from __future__ import annotations

import pytest

PHRASES = {"The foreign ministers of Egypt": "EGYGOV", "Jordan": "JOR",
           "The defence ministers of Poland": "POLGOV", "Lithuania": "LTU", "Russian military": "RUSMIL",
           "The leaders of Kenya": "KENGOV", "Uganda": "UGA"}


@pytest.mark.parametrize(
    "text, source, target, cameo",
    [
        ("The defence ministers of Poland and Lithuania condemned the Russian military drills near their borders.",
         "LTU", "RUSMIL", "111"),
        ("The leaders of Kenya and Uganda signed a pipeline agreement in Kampala on Friday.", "UGA", "KENGOV", "057"),
        ("The foreign ministers of Egypt and Jordan discussed the crisis in Gaza by telephone.", "JOR", "EGYGOV", "040"),
    ],
)
def test_the_second_country_of_an_of_phrase_is_a_source_too(code, text, source, target, cameo):
    # "the ministers of X and Y": the actors stage's mention spans "ministers of X" and the parser
    # hangs Y off X inside it; Y acts as much as X does
    got = code(text, PHRASES)
    assert any(s == source and t == target and c.startswith(cameo[:2]) for s, t, c, _ in got), got


VENUES = {"Armenia": "ARM", "Azerbaijan": "AZE", "U.S.": "USA", "Iran": "IRN", "Saudi Arabia": "SAU",
          "Chinese government": "CHNGOV", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU"}


@pytest.mark.parametrize(
    "text, pair, venue",
    [
        ("Armenia and Azerbaijan held talks at the U.S. embassy in Prague on Monday.", ("ARM", "AZE"), "USA"),
        ("Iran and Saudi Arabia held talks at a Chinese government guesthouse in Beijing.", ("IRN", "SAU"), "CHNGOV"),
    ],
)
def test_joint_talks_at_a_venue_are_with_each_other(code, text, pair, venue):
    # the place the talks are held at is no party to them: the coordinated sources are each other's
    got = code(text, VENUES)
    assert (pair[0], pair[1], "046", "asserted") in got, got
    assert not any(t == venue for _, t, _, _ in got), got


def test_joint_talks_with_a_third_party_keep_it(code):
    got = code("France and Germany held talks with Ukraine in Berlin on Monday.", VENUES)
    assert ("FRA", "UKR", "046", "asserted") in got and ("DEU", "UKR", "046", "asserted") in got, got


FIGHTERS = {"Israeli troops": "ISRMIL", "Hezbollah fighters": "LBNREBHEZ",
            "Indian": "INDMIL", "Pakistani soldiers": "PAKMIL"}


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops and Hezbollah fighters traded fire across the border on Monday.",
        "Indian and Pakistani soldiers exchanged gunfire along the Line of Control overnight.",
    ],
)
def test_trading_fire_is_fighting_each_other(code, text):
    got = code(text, FIGHTERS)
    assert {c[:3] for _, _, c, _ in got} == {"190"} and len(got) == 2, got


def test_a_modifier_left_with_a_dangling_and_is_a_conjunct(code):
    # the parser hangs "and" off "Israeli" and makes "Hezbollah" a compound of "fighters": the
    # first modifier is still the other side
    got = code("Israeli and Hezbollah fighters exchanged fire across the border.",
               {"Israeli": "ISR", "Hezbollah fighters": "LBNREBHEZ"})
    assert ("ISR", "LBNREBHEZ", "190", "asserted") in got and ("LBNREBHEZ", "ISR", "190", "asserted") in got, got


EXCEPT = {"Britain": "GBR", "France": "FRA", "Germany": "DEU", "Iran": "IRN", "The EU": "IGOEUREEC",
          "Russia": "RUS", "Belarus": "BLR", "China": "CHN"}


@pytest.mark.parametrize("text, excepted", [
    ("Britain and France, but not Germany, condemned Iran.", "DEU"),
    ("The EU imposed sanctions on Russia and Belarus but not China.", "CHN"),
])
def test_a_conjunct_set_apart_by_not_shares_nothing(code, text, excepted):
    got = code(text, EXCEPT)
    assert got and not any(excepted in (s, t) for s, t, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Britain, along with France, condemned Iran.",
    "Britain, together with France, condemned Iran.",
])
def test_a_subject_acting_along_with_another_acts_with_it(code, text):
    got = code(text, EXCEPT)
    assert ("GBR", "IRN", "111", "asserted") in got and ("FRA", "IRN", "111", "asserted") in got, got


def test_company_on_an_object_is_no_doer(code):
    got = code("The EU imposed sanctions on Russia, along with Belarus.", EXCEPT)
    assert not any(s == "BLR" for s, _, _, _ in got), got


RESPECTIVELY = {"Britain": "GBR", "France": "FRA", "Iran": "IRN", "Syria": "SYR"}


def test_respectively_pairs_doers_and_targets_in_order(code):
    got = {(s, t) for s, t, c, _ in code("Britain and France condemned Iran and Syria respectively.", RESPECTIVELY)}
    assert got == {("GBR", "IRN"), ("FRA", "SYR")}, got


def test_without_respectively_every_doer_acts_on_every_target(code):
    got = {(s, t) for s, t, c, _ in code("Britain and France condemned Iran and Syria.", RESPECTIVELY)}
    assert got == {("GBR", "IRN"), ("GBR", "SYR"), ("FRA", "IRN"), ("FRA", "SYR")}, got


@pytest.mark.parametrize("text, pair, cameo", [
    ("GENEVA (Reuters) - U.S. and Russian officials held talks in Geneva on Monday.", ("USAGOV", "RUSGOV"), "046"),
    ("ISTANBUL (Reuters) - U.S. and Russian officials met in Istanbul on Monday.", ("USAGOV", "RUSGOV"), "040"),
    ("WASHINGTON (Reuters) - U.S. and South Korean troops held joint drills.", ("USAMIL", "KORMIL"), "062"),
])
def test_a_name_coordinated_with_a_demonym_before_one_head_is_a_side_too(text, pair, cameo):
    # the parser hangs "U.S." as a nominal modifier of "officials" with "Russian" its conjunct, as
    # "Hungarian and Romanian officials" hang off an adjective
    from detente.engine import code_records
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    got = {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}
    assert (pair[0], pair[1], cameo) in got and (pair[1], pair[0], cameo) in got, got
