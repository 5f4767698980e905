"""Pushing another actor to act is a demand on it, as pressing is."""

from __future__ import annotations


def test_pushing_an_actor_to_act_is_a_demand(story):
    assert ("USAGOV", "CHN", "100", "asserted") in story("Washington is pushing Beijing to open its markets.")


def test_pushing_things_people_or_prices_is_no_demand(story):
    for text in ("Police pushed protesters back from the barricades.", "Democrats pushed the bill through the House.",
                 "The storm pushed prices to record highs.", "The president pushed his ministers to finish the report."):
        assert not any(e[2] == "100" for e in story(text)), text
