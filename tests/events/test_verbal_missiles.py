"""Words aimed like missiles and blame pinned are criticism and accusation: "fired a broadside at
Canberra", "launched a tirade against the EU" (111, not force), "pinned the blame on India" (112)."""

from __future__ import annotations


def test_a_broadside_fired_is_criticism_not_force(story):
    got = story("Beijing fired a broadside at Canberra over the inquiry.")
    assert ("CHNGOV", "AUS", "111", "asserted") in got and not any(e[2].startswith("19") for e in got), got
    assert ("TURGOV", "IGOEUREEC", "111", "asserted") in story(
        "The Turkish president launched a tirade against the European Union.")


def test_blame_pinned_on_someone_accuses_them(story):
    assert ("PAK", "IND", "112", "asserted") in story("Pakistan pinned the blame on India for the bombing.")
    assert ("RUSGOV", "USA", "112", "asserted") in story("Moscow put the blame on Washington for the collapse of the treaty.")
    assert story("She put the blame on the weather.") == []
