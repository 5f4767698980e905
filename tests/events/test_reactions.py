"""Reactions to an earlier act named by a noun (events/anaphora.py) in a whole story: the act is
whoever did it, not whoever reacted to it before."""

from __future__ import annotations


def test_a_second_reaction_is_aimed_at_the_act_not_at_the_first_reaction(code):
    got = code(
        "The African Union imposed sanctions on Mali's junta on Sunday. "
        "The junta condemned the sanctions. "
        "Opposition parties in Bamako welcomed the sanctions.",
        {"The African Union": "IGOAFRAU", "Mali's junta": "MLIGOV", "The junta": "MLIGOV",
         "Opposition parties": "MLIOPP", "Bamako": "MLI"},
    )
    assert ("MLIOPP", "IGOAFRAU", "051", "asserted") in got
    assert not any(s == "MLIOPP" and t == "MLIGOV" for s, t, c, m in got)


def test_the_charge_names_an_earlier_accusation(code):
    got = code(
        "Opposition leaders accused the government of ceding land to Nepal. "
        "The interior ministry rejected the charge on Tuesday.",
        {"Opposition leaders": "INDOPP", "the government": "INDGOV", "Nepal": "NPL",
         "The interior ministry": "INDGOV"},
    )
    # rejecting an accusation is a denial of blame (016, WILD.md), aimed at the accuser
    assert ("INDGOV", "INDOPP", "016", "asserted") in got


def test_a_protest_over_the_incident_is_aimed_at_whoever_did_it(code):
    got = code(
        "Vietnamese patrol boats fired on a Cambodian fishing vessel on Monday. "
        "Phnom Penh lodged a diplomatic protest over the incident.",
        {"Vietnamese patrol boats": "VNMMIL", "Cambodian": "KHM", "Phnom Penh": "KHMGOV"},
    )
    assert any(s == "KHMGOV" and t == "VNMMIL" and c.startswith("11") for s, t, c, m in got)


def test_a_complaint_about_the_ban_is_aimed_at_whoever_imposed_it(code):
    got = code(
        "Indonesia banned exports of palm oil to Malaysia. Malaysia complained about the ban on Tuesday.",
        {"Indonesia": "IDN", "Malaysia": "MYS"},
    )
    assert ("MYS", "IDN", "114", "asserted") in got
