"""Wire-news verbs and nouns per CAMEO root, and the parse rules added with them, on sentences
written for these tests (not taken from any gold set)."""

from __future__ import annotations

import pytest


def test_stative_passive_subject_is_the_source(code):
    got = code("Norway is opposed to Swedish mediation in the dispute.", {"Norway": "NOR", "Swedish": "SWE"})
    assert got == [("NOR", "SWE", "126", "asserted")]


def test_stative_passive_with_prepositional_object(code):
    got = code(
        "Militia fighters were engaged in ethnic cleansing against the Karen population.",
        {"Militia fighters": "MMRREB", "Karen population": "MMRCVL"},
    )
    assert got == [("MMRREB", "MMRCVL", "203", "asserted")]


def test_a_real_passive_of_a_stative_verb_stays_passive(code):
    got = code("The attack was opposed by Chile.", {"Chile": "CHL"})
    assert all(src == "CHL" for src, *_ in got)


def test_compound_noun_is_no_event(code):
    # "war" names a kind of games; the games themselves are the event
    got = code("Polish warships began war games off the coast of Estonia.", {"Polish warships": "POLMIL", "Estonia": "EST"})
    assert all(cameo[:2] != "19" for _, _, cameo, _ in got)


def test_intransitive_return_is_no_concession(code):
    assert code("Chilean negotiators return to Lima this week.", {"Chilean negotiators": "CHLGOV", "Lima": "PER"}) == []


def test_return_of_property_is_coded(code):
    got = code("Peru returned the seized fishing boats to Chile.", {"Peru": "PER", "Chile": "CHL"})
    assert ("PER", "CHL", "0842", "asserted") in got
    got = code("Greece returned ancient artefacts to Italy.", {"Greece": "GRC", "Italy": "ITA"})
    assert ("GRC", "ITA", "0842", "asserted") in got  # the British spelling of "artifact"


def test_extradition_cooperates_with_the_state_the_suspect_is_sent_to(code):
    phrases = {"Japan": "JPN", "the suspect": "JPNCRM", "the United States": "USA"}
    got = code("Japan extradited the suspect to the United States.", phrases)
    assert got == [("JPN", "USA", "063", "asserted")]


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        ("Kenya lodged a formal protest with Uganda over the border incident.", {"Kenya": "KEN", "Uganda": "UGA"}, "114"),
        ("A Dutch court indicted the former Serbian commander.", {"A Dutch court": "NLDJUD", "Serbian commander": "SRBMIL"}, "1121"),
        ("The Bolivian president resigned on Friday.", {"The Bolivian president": "BOLGOV"}, "0831"),
        ("Turkey closed its border with Iraq.", {"Turkey": "TUR", "Iraq": "IRQ"}, "191"),
        ("Canada reduced food supplies to the Haitian camps.", {"Canada": "CAN", "Haitian": "HTI"}, "162"),
        ("Norway handed over five tonnes of medicine to the Sudanese Red Crescent.", {"Norway": "NOR", "Sudanese Red Crescent": "SDNMED"}, "070"),
        ("Indian troops remained on alert along the border with Pakistan.", {"Indian troops": "INDMIL", "Pakistan": "PAK"}, "152"),
        ("Egypt strengthened its forces in Sinai near Israel.", {"Egypt": "EGY", "Israel": "ISR"}, "154"),
        ("Riot police dispersed Kenyan opposition supporters.", {"Riot police": "KENCOP", "Kenyan opposition supporters": "KENOPP"}, "175"),
        ("Chinese hackers hacked into the computers of the Taiwanese navy.", {"Chinese hackers": "CHN", "Taiwanese navy": "TWNMIL"}, "170"),
        ("The rebels held Congolese villagers as human shields.", {"The rebels": "CODREB", "Congolese villagers": "CODCVL"}, "184"),
        ("Ghana rejected the plan, and Togo turned down the offer from Benin.", {"Togo": "TGO", "Benin": "BEN"}, "120"),
        ("Sri Lanka evacuated the wounded from the Tamil areas.", {"Sri Lanka": "LKA", "Tamil": "LKACVL"}, "073"),
        ("Thousands of Chilean students rallied against the Chilean government.", {"Chilean students": "CHLEDU", "Chilean government": "CHLGOV"}, "141"),
        ("Greek dock workers went on strike against the Greek government.", {"Greek dock workers": "GRCLAB", "Greek government": "GRCGOV"}, "143"),
        ("Israeli artillery launched heavy fire against Hezbollah positions.", {"Israeli artillery": "ISRMIL", "Hezbollah": "LBNREB"}, "194"),
        ("President Lula gave a warm welcome to the Chinese premier.", {"President Lula": "BRAGOV", "Chinese premier": "CHNGOV"}, "043"),
        ("The IAEA dispatched inspectors to Syria.", {"The IAEA": "IGOUNO", "Syria": "SYR"}, "090"),
    ],
)
def test_wire_news_vocabulary(code, text, phrases, expected):
    got = code(text, phrases)
    dyad = len(phrases) > 1  # a resignation has no one on the receiving end
    assert any(cameo == expected and mod == "asserted" and src and (tgt or not dyad) for src, tgt, cameo, mod in got), got


def test_an_attempt_is_asserted_not_announced(code):
    got = code("Iranian hackers tried to hack into the servers of the Saudi oil ministry.", {"Iranian hackers": "IRN", "Saudi oil ministry": "SAUGOV"})
    assert ("IRN", "SAUGOV", "170", "asserted") in got
