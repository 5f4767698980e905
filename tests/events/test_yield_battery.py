"""Yielding as wire copy words it (CAMEO 08: giving in to demands, returning what was taken,
dropping a contested measure, reopening a border). Sentences written for these tests, not taken
from the dev gold."""

from __future__ import annotations

import pytest

SIDES = {"The government": "PAKGOV", "the teachers": "PAKEDU", "the protesters": "PAKOPP", "the unions": "PAKLAB"}


# ---------------------------------------------------------------- giving in to demands is a concession
@pytest.mark.parametrize("text", [
    "The government gave in to the demands of the teachers.",
    "The government caved in to the demands of the teachers.",
    "The government caved to pressure from the teachers.",
    "The government bowed to the demands of the teachers.",
])
def test_giving_in_to_demands_is_a_concession(code, text):
    assert ("PAKGOV", "PAKEDU", "080", "asserted") in code(text, SIDES)


def test_giving_in_refused_is_a_refusal_to_yield(code):
    got = code("The government will not give in to the demands of the unions.", SIDES)
    assert [e[2][:2] for e in got] == ["12"]


@pytest.mark.parametrize("text, phrases", [
    ("The singer bowed to the crowd after the final song.", {"The singer": "USACVL"}),
    ("The president bowed to the crowd after his speech.", {"The president": "USAGOV"}),
])
def test_a_bow_to_a_crowd_is_no_concession(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2][:2] == "08"]


# ---------------------------------------------------------------- what was taken, handed back or returned
@pytest.mark.parametrize("text, phrases, want", [
    ("Iran handed back the seized tanker to Britain on Friday.", {"Iran": "IRN", "Britain": "GBR"},
     ("IRN", "GBR", "0842", "asserted")),
    ("China returned the seized drone to the United States.", {"China": "CHN", "the United States": "USA"},
     ("CHN", "USA", "0842", "asserted")),
    ("Pakistan handed over the captured pilot to India.", {"Pakistan": "PAK", "India": "IND"},
     ("PAK", "IND", "0841", "asserted")),
    ("Russia handed back the captured sailors to Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"},
     ("RUS", "UKR", "0841", "asserted")),
])
def test_a_seized_thing_or_captive_handed_back_is_returned(code, text, phrases, want):
    assert want in code(text, phrases)


def test_a_trophy_handed_back_is_no_return(code):
    got = code("The captain handed back the trophy to the organisers.", {"The captain": "GBRCVL"})
    assert not [e for e in got if e[2][:2] == "08"]


# ---------------------------------------------------------------- a name released is made public, no one freed
@pytest.mark.parametrize("text", [
    "Police released the name of the suspect on Monday.",
    "Police released the identity of the dead man.",
])
def test_a_name_released_frees_no_one(code, text):
    got = code(text, {"Police": "USACOP", "the suspect": "USACRM", "the dead man": "USACVL"})
    assert not [e for e in got if e[2][:2] == "08"]


def test_a_suspect_released_is_still_freed(code):
    got = code("Police released the suspect on Monday.", {"Police": "USACOP", "the suspect": "USACRM"})
    assert ("USACOP", "USACRM", "0841", "asserted") in got


# ---------------------------------------------------------------- a border reopened eases the closure
@pytest.mark.parametrize("text", [
    "Pakistan reopened its border with Afghanistan after a two-week closure.",
    "Pakistan reopened the border crossing with Afghanistan.",
])
def test_a_border_reopened_eases_the_closure(code, text):
    assert ("PAK", "AFG", "0872", "asserted") in code(text, {"Pakistan": "PAK", "Afghanistan": "AFG"})


def test_a_route_reopened_is_no_easing(code):
    got = code("Emirates reopened its route to Baghdad.", {"Emirates": "AREBUS", "Baghdad": "IRQ"})
    assert not [e for e in got if e[2][:2] == "08"]


# ---------------------------------------------------------------- "give back" as "hand back"
def test_islands_given_back_are_returned(code):
    got = code("Britain gave back the islands to Mauritius.", {"Britain": "GBR", "Mauritius": "MUS"})
    assert ("GBR", "MUS", "0842", "asserted") in got


def test_money_given_back_is_no_return(code):
    got = code("The government gave back the money to taxpayers.", {"The government": "USAGOV"})
    assert not [e for e in got if e[2][:2] == "08"]


# ---------------------------------------------------------------- one's own attacks called off or suspended
@pytest.mark.parametrize("text, phrases, want", [
    ("Russia called off its offensive on Kharkiv.", {"Russia": "RUS", "Kharkiv": "UKR"}, ("RUS", "UKR", "087", "asserted")),
    ("Israel paused its air strikes on Gaza.", {"Israel": "ISR", "Gaza": "PSE"}, ("ISR", "PSE", "087", "asserted")),
    ("The United States suspended air strikes against the Houthis.", {"The United States": "USA", "the Houthis": "YEMREBHTH"},
     ("USA", "YEMREBHTH", "087", "asserted")),
])
def test_attacks_called_off_or_suspended_are_a_de_escalation(code, text, phrases, want):
    got = code(text, phrases)
    assert want in got
    assert not [e for e in got if e[2][:2] in ("02", "19")]  # no appeal "on" Kharkiv, no strike made


@pytest.mark.parametrize("text, phrases", [
    ("Uber suspended its operations in Pakistan.", {"Uber": "USABUS", "Pakistan": "PAK"}),
    ("The union called off the strike.", {"The union": "GBRLAB"}),
])
def test_business_or_a_labour_strike_suspended_is_no_de_escalation(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2] == "087"]


# ---------------------------------------------------------------- "set free" is freed
def test_captives_set_free_are_freed(code):
    got = code("The Taliban set free two Americans held for three years.", {"The Taliban": "AFGREB", "Americans": "USACVL"})
    assert ("AFGREB", "USACVL", "0841", "asserted") in got


# ---------------------------------------------------------------- aid convoys let in: humanitarian access allowed
@pytest.mark.parametrize("text", [
    "Israel allowed aid convoys into Gaza on Sunday.",
    "Israel let aid trucks into Gaza on Sunday.",
])
def test_aid_convoys_let_in_allow_humanitarian_access(code, text):
    assert ("ISR", "PSE", "0863", "asserted") in code(text, {"Israel": "ISR", "Gaza": "PSE"})
