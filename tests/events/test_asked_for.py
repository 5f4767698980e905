"""Appeals (02) and demands (10) coded by what they ask for (events/appeals.py `asked_code`,
cues.yaml `appeal` / `demand`), and questions that ask for nothing (`inquiry`)."""

from __future__ import annotations

import pytest


def _asks(code, text, phrases):
    return {(s, t, c) for s, t, c, m in code(text, phrases) if c[:2] in ("02", "10") and m == "asserted"}


@pytest.mark.parametrize("text, phrases, want", [
    ("Turkey urged Sweden to extradite the suspects.", {"Turkey": "TUR", "Sweden": "SWE"}, ("TUR", "SWE", "0213")),
    ("Germany called on Russia to withdraw its troops from Ukraine.",
     {"Germany": "DEU", "Russia": "RUS", "Ukraine": "UKR"}, ("DEU", "RUS", "0256")),
    ("Seoul urged Pyongyang to return to talks.", {"Seoul": "KORGOV", "Pyongyang": "PRK"}, ("KORGOV", "PRK", "026")),
    ("Ukraine asked Germany to supply tanks.", {"Ukraine": "UKR", "Germany": "DEU"}, ("UKR", "DEU", "0232")),
    ("Cuba called on the United States to end its economic embargo.",
     {"Cuba": "CUB", "the United States": "USA"}, ("CUB", "USA", "0254")),
    ("Iran demanded that Britain release the seized tanker.", {"Iran": "IRN", "Britain": "GBR"}, ("IRN", "GBR", "1053")),
    ("India demanded that China withdraw its troops from the border.", {"India": "IND", "China": "CHN"}, ("IND", "CHN", "1056")),
    ("Greece demanded talks with Turkey over the dispute.", {"Greece": "GRC", "Turkey": "TUR"}, ("GRC", "TUR", "108")),
    ("Russia demanded that the West lift economic sanctions.", {"Russia": "RUS", "the West": "WST"}, ("RUS", "WST", "1054")),
])
def test_an_appeal_or_demand_takes_the_code_of_what_it_asks_for(code, text, phrases, want):
    assert want in _asks(code, text, phrases)


@pytest.mark.parametrize("text, phrases, want", [
    # asked to stop an act: the act is not asked for
    ("The Kremlin urged Washington to stop supplying weapons to Kyiv.",
     {"The Kremlin": "RUSGOV", "Washington": "USA", "Kyiv": "UKR"}, ("RUSGOV", "USA", "020")),
    # a demand to pressure someone is no subtype
    ("Pakistan demanded that Britain pressure India.", {"Pakistan": "PAK", "Britain": "GBR", "India": "IND"}, ("PAK", "GBR", "100")),
])
def test_what_is_not_asked_for_gives_no_subcode(code, text, phrases, want):
    assert want in _asks(code, text, phrases)


@pytest.mark.parametrize("text, phrases", [
    ("Germany asked whether Poland would accept more refugees.", {"Germany": "DEU", "Poland": "POL"}),
    ("The journalist asked the minister whether Turkey would send troops to Syria.",
     {"the minister": "TURGOV", "Turkey": "TUR", "Syria": "SYR"}),
    ("France asked why Algeria had expelled the diplomats.", {"France": "FRA", "Algeria": "DZA"}),
    # an "if" question after an object, which the parser reads as a condition
    ("Reporters asked the president if he would meet Kim Jong Un.",
     {"Reporters": "USAMED", "the president": "USAGOV", "Kim Jong Un": "PRKGOV"}),
])
def test_a_question_asked_is_no_appeal(code, text, phrases):
    assert not any(c[:2] == "02" for s, t, c, m in code(text, phrases))


def test_asking_someone_to_act_stays_an_appeal(code):
    got = _asks(code, "France asked Algeria to take back its nationals.", {"France": "FRA", "Algeria": "DZA"})
    assert any((s, t) == ("FRA", "DZA") and c[:2] == "02" for s, t, c in got)


@pytest.mark.parametrize("text, phrases, want", [
    ("Kenya requested military assistance from the African Union.",
     {"Kenya": "KEN", "the African Union": "IGOAFRAFU"}, ("KEN", "IGOAFRAFU", "0232")),
    ("The Philippines asked Japan for economic aid after the typhoon.",
     {"The Philippines": "PHL", "Japan": "JPN"}, ("PHL", "JPN", "0231")),
    ("The Palestinian Authority requested humanitarian aid from the European Union.",
     {"The Palestinian Authority": "PSEGOV", "the European Union": "IGOEUREEC"}, ("PSEGOV", "IGOEUREEC", "0233")),
    ("Sri Lanka sought financial assistance from the IMF.", {"Sri Lanka": "LKA", "the IMF": "IGOIMF"}, ("LKA", "IGOIMF", "0231")),
    ("Kenya requested aid from the African Union.", {"Kenya": "KEN", "the African Union": "IGOAFRAFU"}, ("KEN", "IGOAFRAFU", "023")),
])
def test_the_kind_of_aid_asked_for_gives_the_subcode(code, text, phrases, want):
    assert want in _asks(code, text, phrases)


def test_a_call_for_a_ceasefire_is_an_appeal_for_de_escalation(code):
    got = _asks(code, "The UN called for a ceasefire in Gaza.", {"The UN": "IGOUNO", "Gaza": "PSE"})
    assert any(s == "IGOUNO" and c == "0256" for s, t, c in got), got
