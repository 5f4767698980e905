"""A reported clause or a naming verb that judges a rival's act wrong, unfair or excessive is criticism (111)."""

from __future__ import annotations


def test_a_rivals_act_judged_wrong_unfair_or_hostile_is_criticised(story):
    assert ("CHNGOV", "USA", "111", "asserted") in story("Beijing said Washington's decision was wrong.")
    assert ("PRK", "USA", "111", "asserted") in story("North Korea said the United States' policy was hostile.")
    assert ("PAK", "IND", "111", "asserted") in story("Pakistan said India's decision was discriminatory and undemocratic.")
    assert ("CHN", "USA", "111", "asserted") in story("China called the US statement interference in its internal affairs.")
    assert ("DEUGOV", "RUS", "111", "asserted") in story("Merkel said the Russian move was an affront to international law.")


def test_judgments_of_no_actor_or_denied_ones_criticise_no_one(story):
    for text in ("The coach said the referee's decision was wrong.",
                 "Scientists said the data were biased.",
                 "Beijing said Washington's decision was not wrong."):
        assert not any(e[2].startswith("11") for e in story(text)), text


def test_an_act_of_aggression_or_terrorism_is_an_accusation(story):
    assert ("SYR", "TUR", "112", "asserted") in story("Syria said the Turkish offensive was an act of aggression.")
    assert not any(e[2].startswith("11") for e in story("The minister called the donation an act of kindness."))
