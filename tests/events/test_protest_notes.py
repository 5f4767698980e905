"""A protest note sent or handed to a government is an official complaint (114), as "lodged a
protest" is: "Tokyo sent a protest note to Moscow", "delivered a note of protest to China". Taking
someone to court is a lawsuit against them (115), as "sued": "Slovakia took Hungary to court"; the
court is where, not whom it is brought against, and a case or a person taken there is no lawsuit."""

from __future__ import annotations


def test_protest_note_is_an_official_complaint(story):
    assert ("JPNGOV", "RUS", "114", "asserted") in story(
        "Tokyo sent a protest note to Moscow over the military drills in the Kuril islands.")
    assert ("JPN", "CHN", "114", "asserted") in story("Japan delivered a note of protest to China over the incursion.")


def test_taken_to_court_is_a_lawsuit_against_the_object(story):
    assert ("SVK", "HUN", "115", "asserted") in story("Slovakia took Hungary to court over the pipeline.")
    assert ("POL", "IGOEUREEC", "115", "asserted") in story(
        "Poland took the European Commission to the European Court of Justice.")
    assert not any(e[2] == "115" for e in story("The family took the case to court."))
