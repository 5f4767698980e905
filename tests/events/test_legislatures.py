"""Legislatures, parties and governments in domestic politics: walkouts from a sitting,
testimony before lawmakers, and the acts of office that are no event between actors."""

from __future__ import annotations

import pytest


def test_walking_out_of_a_legislature_is_a_protest_walkout_not_halted_talks(code):
    got = code("Opposition lawmakers walked out of parliament on Tuesday in protest.",
               {"Opposition lawmakers": "INDOPP", "parliament": "INDLEG"})
    assert got == [("INDOPP", "INDLEG", "143", "asserted")]
    got = code("Republican senators stormed out of the hearing of the Senate committee on Wednesday.",
               {"Republican senators": "USALEG", "the Senate committee": "USALEG"})
    assert [e[2] for e in got] == ["143"]
    # a walkout from talks still halts them
    got = code("The Iranian delegation walked out of the talks with the United States.",
               {"The Iranian delegation": "IRNGOV", "the United States": "USA"})
    assert got == [("IRNGOV", "USA", "164", "asserted")]


def test_signing_a_law_and_dismissing_an_official_are_acts_of_office(code):
    # a law signed is no agreement with whoever its clause names
    got = code("President Vladimir Putin signed a law on Monday that allows Russia to label journalists as foreign agents.",
               {"President Vladimir Putin": "RUSGOV", "Russia": "RUS", "journalists": "RUSMED"})
    assert not any(e[2].startswith("05") for e in got)
    got = code("Governor Andrew Cuomo signed a bill that allows congressional committees to obtain the tax returns.",
               {"Governor Andrew Cuomo": "USAGOV", "congressional committees": "USALEG"})
    assert not any(e[2].startswith("05") for e in got)
    # an official dismissed is a personnel move, not a rejection; a claim dismissed is one
    got = code("Ukraine's parliament dismissed the country's prosecutor general on Thursday.",
               {"Ukraine's parliament": "UKRLEG", "the country's prosecutor general": "UKRJUD"})
    assert got == []
    got = code("The rebels dismissed an appeal from the government.",
               {"The rebels": "CIVREB", "the government": "CIVGOV"})
    assert [e[2] for e in got] == ["120"]
    # an agreement signed stays one
    got = code("Egypt signed a peace treaty with Israel.", {"Egypt": "EGY", "Israel": "ISR"})
    assert ("EGY", "ISR", "057", "asserted") in got


def test_testimony_before_a_legislature_shares_information_as_testifying_does(code):
    got = code("Ambassador William Taylor's testimony to the House Intelligence Committee contradicted the president.",
               {"Ambassador William Taylor": "USAGOV", "the House Intelligence Committee": "USALEG",
                "the president": "USAGOV"})
    assert ("USAGOV", "USALEG", "064", "asserted") in got
    # testimony with no one it was given to names no event
    assert code("The testimony of the witness contradicted the president's account.",
                {"the president": "USAGOV"}) == []


def test_an_endorsement_won_or_received_is_done_by_its_of_phrase(story, code):
    # two people of one code are two actors (the full actors stage tells people apart)
    assert story("NEW YORK (Reuters) - Senator Bernie Sanders won the endorsement of Senator Elizabeth Warren "
                   "on Saturday.", date=None) == [("USALEG", "USALEG", "051", "asserted")]
    assert story("WASHINGTON (AP) - Senator Bernie Sanders received the backing of Representative Alexandria "
                   "Ocasio-Cortez on Monday.", date=None) == [("USALEG", "USALEG", "051", "asserted")]
    got = code("Joe Biden won the backing of the United Auto Workers union.",
               {"Joe Biden": "USAELI", "the United Auto Workers union": "USALAB"})
    assert got == [("USALAB", "USAELI", "051", "asserted")]
    # an act of disapproval keeps its "of" phrase as what it is about
    got = story("Israel drew condemnation of its strikes on Gaza from the United Nations.", date=None)
    assert ("IGOUNO", "ISR", "111", "asserted") in got and not any(e[0] == "ISR" and e[2] == "111" for e in got)


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Peru's Congress voted early on Friday to remove President Dina Boluarte from office.",
         {"Peru's Congress": "PERLEG", "President Dina Boluarte": "PERGOV"}, ("PERLEG", "PERGOV", "172", "asserted")),
        ("Lawmakers in Nepal voted to oust Prime Minister KP Sharma Oli in a no-confidence motion on Monday.",
         {"Lawmakers in Nepal": "NPLLEG", "Prime Minister KP Sharma Oli": "NPLGOV"}, ("NPLLEG", "NPLGOV", "172", "asserted")),
        ("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office on Wednesday.",
         {"Thailand's Constitutional Court": "THAJUD", "Prime Minister Srettha Thavisin": "THAGOV"},
         ("THAJUD", "THAGOV", "172", "asserted")),
    ],
)
def test_a_legislature_or_court_removing_an_official_sanctions_them(code, text, phrases, expected):
    assert expected in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("The army ousted President Omar al-Bashir in April after months of protests.",
         {"The army": "SDNMIL", "President Omar al-Bashir": "SDNGOV"}),
        ("Prime Minister Sharif removed his finance minister from the cabinet on Tuesday.",
         {"Prime Minister Sharif": "PAKGOV", "his finance minister": "PAKGOV"}),
    ],
)
def test_a_removal_by_anyone_else_is_no_sanction(code, text, phrases):
    assert not any(e[2] == "172" for e in code(text, phrases))


def test_a_vow_to_oust_stays_a_vow(code):
    got = code("Protesters in Colombo vowed to oust the government.",
               {"Protesters in Colombo": "LKAOPP", "the government": "LKAGOV"})
    assert not any(e[2].startswith("13") or e[2] == "172" for e in got)
