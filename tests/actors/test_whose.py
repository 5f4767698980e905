"""Whose actor it is: ministries named without a country, a country's possessive over a modified
role, a diplomat's country, and an envoy recalled by its own state."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _record(text, date="2024-05-01"):
    (rec,) = code_records([{"id": "1", "text": text, "date": date}])
    return rec


def codes(text):
    """The actor mentions of the whole pipeline (its own parse and dateline reading), text -> code."""
    return {a["text"]: a["code"] for a in _record(text)["actors"]}


def events(text):
    return {(e["source"], e["cameo"], e["target"]) for e in _record(text)["events"]}


# -- the Treasury and the Commerce Department (metonyms.tsv, shared in ambiguous.yaml)
@pytest.mark.parametrize("text,name,code", [
    ("WASHINGTON (Reuters) - The Treasury imposed sanctions on three Iranian officials.", "The Treasury", "USAGOV"),
    ("The Treasury sanctioned two Russian banks on Tuesday.", "The Treasury", "USAGOV"),
    ("LONDON (Reuters) - The Treasury froze the assets of three Russian oligarchs.", "The Treasury", "GBRGOV"),
    ("CANBERRA (Reuters) - The Treasury warned China's slowdown would hurt exports.", "The Treasury", "AUSGOV"),
    ("WASHINGTON (Reuters) - The Commerce Department imposed duties on Vietnamese steel.",
     "The Commerce Department", "USAGOV"),
    ("NEW DELHI (Reuters) - The Department of Commerce said exports to China rose.", "The Department of Commerce", "INDGOV"),
])
def test_a_finance_or_trade_department_is_the_country_in_context(text, name, code):
    assert codes(text)[name] == code


def test_treasury_debt_and_title_are_no_actor():
    assert codes("WASHINGTON (Reuters) - Treasury yields rose after China cut its holdings.") == {"China": "CHN"}
    assert "U.S. Treasury" not in codes("U.S. Treasury bonds rallied on Friday.")
    assert "Treasury" not in codes("Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng.")


def test_treasury_sanctions_are_the_governments():
    assert ("USAGOV", "163", "IRNGOV") in events(
        "WASHINGTON (Reuters) - The Treasury imposed sanctions on three Iranian officials.")


# -- a country's possessive over a role however it is modified (grouping.py _possessed)
@pytest.mark.parametrize("text,name,code", [
    ("CAIRO (Reuters) - Egypt urged Sudan's warring generals to agree to a ceasefire.", "Sudan's warring generals", "SDNMIL"),
    ("CAIRO (Reuters) - Egypt urged Sudan's two warring generals to agree.", "Sudan's two warring generals", "SDNMIL"),
    ("BANGKOK (Reuters) - Thailand urged Myanmar's ruling junta to free prisoners.", "Myanmar's ruling junta", "MMRMIL"),
    ("AMMAN (Reuters) - Jordan accused Israel's far-right government of provoking violence.",
     "Israel's far-right government", "ISRGOV"),
    ("NAIROBI (Reuters) - Kenya welcomed Somalia's newly elected president.", "Somalia's newly elected president", "SOMGOV"),
])
def test_a_possessive_country_owns_its_modified_role(text, name, code):
    assert codes(text)[name] == code


# -- a diplomat serves abroad (agents.tsv flag envoy, places.py)
@pytest.mark.parametrize("text,name,code", [
    ("MOSCOW (Reuters) - The Foreign Ministry summoned the British ambassador.", "The Foreign Ministry", "RUSGOV"),
    ("BEIJING (Reuters) - The Foreign Ministry protested to the U.S. ambassador.", "The Foreign Ministry", "CHNGOV"),
    ("ANKARA (Reuters) - Police detained a U.S. diplomat.", "Police", "TURCOP"),
    ("MOSCOW (Reuters) - The government expelled two Estonian diplomats.", "The government", "RUSGOV"),
])
def test_a_diplomats_country_is_not_the_sentences(text, name, code):
    assert codes(text)[name] == code


@pytest.mark.parametrize("text,name,code", [
    ("KABUL (Reuters) - The Interior Ministry accused Pakistani forces of shelling border villages.", "Ministry", "AFGGOV"),
    ("SEOUL (Reuters) - The Unification Ministry urged North Korean officials to resume talks.", "Ministry", "KORGOV"),
    ("TAIPEI (Reuters) - The Defence Ministry said Chinese warplanes crossed the median line.",
     "The Defence Ministry", "TWNGOV"),
])
def test_a_later_actors_country_is_not_a_bare_agents_before_it(text, name, code):
    assert codes(text)[name] == code


def test_a_place_still_reaches_back():
    assert codes("Police fired tear gas at protesters in Nairobi.")["Police"] == "KENCOP"


@pytest.mark.parametrize("text,name,code", [
    ("KYIV (Reuters) - Russian missiles killed five civilians.", "civilians", "UKRCVL"),
    ("KYIV (Reuters) - A Russian drone attack killed three people.", "people", "UKRCVL"),
    ("BEIRUT (Reuters) - Israeli strikes killed 12 people.", "people", "LBNCVL"),
    ("ABUJA (Reuters) - Nigerian troops killed 20 villagers.", "villagers", "NGACVL"),
])
def test_a_weapons_country_is_not_its_victims(text, name, code):
    assert codes(text)[name] == code


def test_a_foreign_ministry_summons_an_envoy():
    assert ("RUSGOV", "040", "GBRGOV") in events("MOSCOW (Reuters) - The Foreign Ministry summoned the British ambassador.")


def test_a_bare_role_in_a_story_of_two_countries_stays_bare():
    got = codes("Russia and Ukraine traded accusations on Monday.\nThe Foreign Ministry said the talks had failed.")
    assert got["The Foreign Ministry"] == "GOV"


# -- a state's own envoy is no counterpart (events/arguments.py phrase_target)
@pytest.mark.parametrize("text", [
    "JERUSALEM (Reuters) - Israel recalled its diplomats.",
    "PARIS (Reuters) - France recalled its ambassador over the submarine deal.",
])
def test_an_envoy_recalled_from_nowhere_named_has_no_target(text):
    assert not [e for e in events(text) if e[1] == "161" and e[2] and e[2][:3] == e[0][:3]]


def test_an_envoy_recalled_from_a_country_targets_it():
    assert ("ISR", "161", "TUR") in events("JERUSALEM (Reuters) - Israel recalled its ambassador from Turkey.")
