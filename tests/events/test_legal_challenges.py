"""Cases brought in the law's own words are lawsuits (CAMEO 115): "instituted proceedings against",
"launched a legal challenge against"; a procedure instituted or a challenge of no legal kind is none."""

from __future__ import annotations


def test_proceedings_instituted_and_legal_challenges_are_lawsuits(story):
    assert ("NIC", "DEU", "115", "asserted") in story(
        "Nicaragua instituted proceedings against Germany at the World Court.", date="2024-07-22")
    assert ("IGOEUREEC", "POL", "115", "asserted") in story(
        "The European Commission launched a legal challenge against Poland's judicial reforms.", date="2024-07-22")


def test_a_procedure_instituted_or_a_rivalry_is_no_lawsuit(story):
    for text in ("The government instituted a curfew.",
                 "China faces a challenge from India in the race for investment."):
        assert not any(e[2] == "115" for e in story(text, date="2024-07-22")), text
