"""Disapproval made known with a verb of stating and a noun of disapproval: "expressed strong
dissatisfaction with X", "voiced opposition to X's plan", "conveyed its displeasure to X"
(patterns.tsv express/voice/convey/register rows). The noun is the act's own word, never its
target: "voiced opposition to the plan" names no opposition party."""

from __future__ import annotations


def test_a_noun_of_disapproval_made_known_is_disapproval_of_whom_it_names(story):
    assert ("CHN", "JPN", "111", "asserted") in story(
        "China expressed strong dissatisfaction with Japan's new defence white paper.")
    assert ("RUSGOV", "IGOEUREEC", "111", "asserted") in story("Moscow voiced disapproval of the EU's new sanctions.")
    assert ("IND", "NPL", "111", "asserted") in story("India conveyed its strong displeasure to Nepal over the new map.")
    assert ("TUR", "USA", "111", "asserted") in story("Turkey registered its displeasure with Washington over the bill.")
    assert ("RUS", "IGOWSTNAT", "110", "asserted") in story(
        "Russia expressed its opposition to NATO's plans to deploy missiles in Europe.")
    assert ("BRA", "FRA", "110", "asserted") in story("Brazil voiced strong opposition to France's proposal.")


def test_opposition_voiced_names_no_opposition_party(story):
    for text in ("Brazil voiced strong opposition to the proposal.",
                 "Brazil expressed its opposition to the plan.",
                 "The minister expressed opposition to the new tax on fuel."):
        assert not any(e[1].endswith("OPP") for e in story(text)), text


def test_dissatisfaction_with_no_actor_is_no_event(story):
    for text in ("Voters expressed dissatisfaction with the economy in a new poll.",
                 "The opposition expressed support for the bill."):
        assert not any(e[2].startswith("11") for e in story(text)), text
