"""Rallying others against someone is opposition rallied (CAMEO 113); a crowd that rallies against
someone protests (141); railing at someone is criticism (111)."""

from __future__ import annotations


def test_rallying_others_against_someone_is_opposition_rallied(story):
    assert ("LTU", "CHN", "113", "asserted") in story(
        "Lithuania rallied European partners against China's trade coercion.", date="2024-07-22")
    assert ("USA", "RUS", "113", "asserted") in story("The United States rallied its allies against Russia.", date="2024-07-22")
    assert ("ISR", "IRN", "113", "asserted") in story(
        "Israel is rallying international support against Iran's nuclear programme.", date="2024-07-22")


def test_a_crowd_rallying_against_someone_protests(story):
    assert not any(e[2] == "113" for e in story("Thousands of people rallied against the opposition in Caracas.", date="2024-07-22"))
    assert not any(e[2] == "113" for e in story("Russia mobilised troops against Ukraine.", date="2024-07-22"))


def test_railing_at_someone_criticises_them(story):
    assert ("MEXGOV", "USA", "111", "asserted") in story(
        "Mexico's president railed at the United States over the border wall.", date="2024-07-22")
