"""Whom an act is done to when its doer or owner is named elsewhere: seizures of goods, acts
condemned after they were told, and criticism of an act aimed at whoever did it."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- seizures (171)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Police seized 300 kg of cocaine in Gujarat.", {"Police": "INDCOP", "Gujarat": "IND"}),
        ("Police seized weapons in Chicago.", {"Police": "USACOP", "Chicago": "USA"}),
        ("Soldiers seized weapons and ammunition in Borno.", {"Soldiers": "NGAMIL", "Borno": "NGA"}),
        ("Police confiscated contraband in Gujarat.", {"Police": "INDCOP", "Gujarat": "IND"}),
        ("Police seized drugs in the Gujarat port of Mundra.", {"Police": "INDCOP", "Gujarat": "IND"}),
    ],
)
def test_goods_seized_in_a_place_are_no_act_on_it(code, text, phrases):
    assert [e for e in code(text, phrases) if e[2].startswith("171")] == []


def test_a_seizure_is_done_to_the_owner_of_what_is_seized_not_to_the_place(code):
    got = code(
        "Police seized 300 kg of cocaine in Gujarat. Iran seized a British tanker in the Gulf. "
        "The US seized Iran's assets in New York.",
        {"Police": "INDCOP", "Gujarat": "IND", "Iran": "IRN", "British": "GBR", "the Gulf": "PGS", "The US": "USA",
         "New York": "USA"},
    )
    assert got == [("IRN", "GBR", "171", "asserted"), ("USA", "IRN", "171", "asserted")]


def test_land_seized_in_a_place_is_taken_from_it_goods_are_not(code):
    got = code(
        "Israeli forces seized land in the West Bank. Israeli police seized weapons in the West Bank.",
        {"Israeli forces": "ISRMIL", "Israeli police": "ISRCOP", "the West Bank": "PSE"},
    )
    assert got == [("ISRMIL", "PSE", "171", "asserted")]


# ---------------------------------------------------------------- acts condemned after they were told


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Hong Kong police arrested four activists on Monday. Amnesty International condemned the arrests.",
         {"Hong Kong police": "HKGCOP", "activists": "HKGOPP", "Amnesty International": "NGOAMN"},
         ("NGOAMN", "HKGCOP", "111", "asserted")),
        ("Chinese security forces cracked down on protesters in Lhasa. The United States condemned the crackdown.",
         {"Chinese security forces": "CHNCOP", "protesters": "CHNOPP", "The United States": "USA"},
         ("USA", "CHNCOP", "111", "asserted")),
        ("Syrian troops killed 20 protesters in Homs. France condemned the killings.",
         {"Syrian troops": "SYRMIL", "protesters": "SYROPP", "France": "FRA"},
         ("FRA", "SYRMIL", "111", "asserted")),
        ("Israeli troops raided homes in Jenin. The Palestinian Authority denounced the raids.",
         {"Israeli troops": "ISRMIL", "Jenin": "PSE", "The Palestinian Authority": "PSEGOV"},
         ("PSEGOV", "ISRMIL", "111", "asserted")),
        ("Russian police detained 300 protesters in Moscow. The EU condemned the detentions.",
         {"Russian police": "RUSCOP", "protesters": "RUSOPP", "The EU": "IGOEUREEC"},
         ("IGOEUREEC", "RUSCOP", "111", "asserted")),
    ],
)
def test_a_definite_act_noun_takes_the_doer_of_the_act_told_before(code, text, phrases, expected):
    assert expected in code(text, phrases)


# ---------------------------------------------------------------- criticism of an act, aimed at its doer


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        # "<act> on X": X is the victim, never the target; its doer is
        ("Brazil condemned Ecuador's raid on the Mexican embassy.",
         {"Brazil": "BRA", "Mexican": "MEX", "Ecuador": "ECU"}, ("BRA", "ECU", "111", "asserted")),
        # a crackdown is done by a state to its own people
        ("The EU condemned the crackdown on Georgian protesters.",
         {"The EU": "IGOEUREEC", "Georgian protesters": "GEOOPP"}, ("IGOEUREEC", "GEOGOV", "111", "asserted")),
        # a protest of an act: the act's doer, of the place, not the victim
        ("China protested the arrest of two Chinese nationals in Britain.",
         {"China": "CHN", "Chinese nationals": "CHNCVL", "Britain": "GBR"}, ("CHN", "GBRCOP", "111", "asserted")),
        # the act's possessor is its doer
        ("Tokyo protested Beijing's detention of a Japanese businessman.",
         {"Tokyo": "JPNGOV", "Beijing": "CHNGOV", "Japanese businessman": "JPNBUS"},
         ("JPNGOV", "CHNGOV", "111", "asserted")),
        ("Germany criticised the crackdown on protesters in Iran.",
         {"Germany": "DEU", "protesters in Iran": "IRNOPP"}, ("DEU", "IRNGOV", "111", "asserted")),
    ],
)
def test_criticism_of_an_act_is_aimed_at_its_doer_not_its_victim(code, text, phrases, expected):
    # (an act of force with its possessor is coded too, beside its judgement: "Ecuador's raid")
    assert [e for e in code(text, phrases) if e[2][:2] == "11"] == [expected]


def test_an_attack_on_someone_with_no_doer_named_has_no_target(code):
    got = code("The UN condemned the attack on a convoy in Syria.", {"The UN": "IGOUNO", "Syria": "SYR"})
    assert got == []
