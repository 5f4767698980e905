"""Weapons sent to attack someone are no military aid to them (build.py `hostile_purposes`): "Israel
sent drones to bomb Hezbollah sites" gives Hezbollah nothing; "sent fighter jets to Poland" still does."""

from __future__ import annotations


def test_weapons_sent_to_strike_someone_are_no_gift_to_them(story):
    events = story("Israel sent drones to bomb Hezbollah sites in Lebanon.")
    assert not any(e[2].startswith("07") for e in events), events
    events = story("The Thai army sent F-16 fighter jets to strike two Cambodian military targets.")
    assert not any(e[2].startswith("07") for e in events), events


def test_weapons_sent_to_a_country_are_still_military_aid(story):
    assert ("USA", "POL", "072", "asserted") in story("The United States sent fighter jets to Poland.")
    assert ("IRN", "RUS", "072", "asserted") in story("Iran sent drones to Russia to attack Ukrainian cities.")
