"""A tensed verb the parser hangs on a gerund is the main clause's conjunct, done by its subject."""

from __future__ import annotations

import pytest

PHRASES = {"Erdogan": "TURGOV", "the United States": "USA", "Washington": "USA",
           "The opposition party": "KOROPP", "the government": "KORGOV", "the president": "KORGOV"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erdogan accused the United States of supporting terrorists and denounced Washington's sanctions threat.",
         ("TURGOV", "USA", "111", "asserted")),
        ("The opposition party accused the government of mishandling the economy and blasted the president's "
         "foreign policy.", ("KOROPP", "KORGOV", "111", "asserted")),
    ],
)
def test_a_tensed_conjunct_of_an_alleged_gerund_is_the_accusers_own_act(code, text, expected):
    assert expected in code(text, PHRASES)


def test_a_gerund_conjunct_stays_alleged(code):
    # "accused X of killing and wounding": both alleged, both X's
    got = code("The opposition party accused the government of attacking and detaining the president.", PHRASES)
    assert all(e[3] != "asserted" for e in got if e[2][:2] in ("17", "18", "19"))


# A past-tense conjunct the parser hangs on a reported clause whose verb has another tense (a
# present, or an auxiliary a simple past cannot share) is the reporter's own act.
REPORTED = {"Russia's foreign ministry": "RUSGOV", "Morales": "BOLGOV", "Washington": "USA",
            "the spokesman": "CHNGOV", "the city government": "HKGGOV", "Britain": "GBR",
            "the police": "BOLCOP", "Venezuela": "VEN", "Three protesters": "BOLOPP",
            "The minister": "BOLGOV"}


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        ("Russia's foreign ministry said Morales had been removed in a coup and accused Washington of backing it.",
         ("RUSGOV", "USA", "112", "asserted"), ("BOLGOV", "USA", "112", "asserted")),
        ("In Beijing, the spokesman said the city government strongly opposes any interference and accused "
         "Britain of encouraging violent criminals.",
         ("CHNGOV", "GBR", "112", "asserted"), ("HKGGOV", "GBR", "112", "asserted")),
    ],
)
def test_a_past_conjunct_of_a_reported_clause_in_another_tense_is_the_reporters(code, text, expected, wrong):
    got = code(text, REPORTED)
    assert expected in got and wrong not in got


def test_a_past_conjunct_of_a_simple_past_reported_clause_keeps_its_subject(code):
    # "said protesters attacked X and threatened Y": both told of the protesters
    got = code("The minister said Three protesters attacked the police and threatened Venezuela.", REPORTED)
    assert ("BOLOPP", "VEN", "130", "asserted") in got and ("BOLGOV", "VEN", "130", "asserted") not in got


# An unresolved "it"/"them" object of the second of two coordinated verbs is the first one's object.
OBJECTS = {"The secretary of state": "USAGOV", "the interim government": "BOLGOV", "The ministry": "FRAGOV",
           "the strikers": "FRALAB"}


@pytest.mark.parametrize("text, expected", [
    ("The secretary of state welcomed the interim government and urged it to hold free elections.",
     ("USAGOV", "BOLGOV", "020", "asserted")),
    ("The ministry thanked the strikers and asked them to return to work.", ("FRAGOV", "FRALAB", "020", "asserted")),
])
def test_a_pronoun_object_of_a_second_conjunct_is_the_first_ones_object(code, text, expected):
    assert expected in code(text, OBJECTS)


# A verbal act (an appeal, an accusation) the parser hangs on a reported clause whose subject
# names no actor is the speaker's; a material act keeps the reported clause's subject.
SPOKEN = {"The foreign minister": "FRAGOV", "Moscow": "RUS", "Russia": "RUS", "Kabul": "AFG",
          "Witnesses": "AFGCVL", "the rebels": "AFGREB"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The foreign minister said the bombing of the camp was unacceptable and urged Moscow to halt the attacks.",
         ("FRAGOV", "RUS", "020", "asserted")),
        ("The foreign minister said the situation was tense and accused Russia of provoking it.",
         ("FRAGOV", "RUS", "112", "asserted")),
    ],
)
def test_a_verbal_act_conjunct_of_a_reported_clause_without_an_actor_is_the_speakers(code, text, expected):
    assert expected in code(text, SPOKEN)


def test_a_material_act_conjunct_of_a_reported_clause_is_not_the_speakers(code):
    got = code("Witnesses said a car bomb exploded and killed ten soldiers in Kabul.", SPOKEN)
    assert not any(e[0] == "AFGCVL" for e in got)
