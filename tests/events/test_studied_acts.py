"""An act noun only studied, debated, proposed or planned is not done: with no doer of its own,
the object of a verb of studying or debating (cues.yaml `deliberation_verbs`) is hypothetical, as
is an act a verb of proposing takes as object (`hypothetical_governors`) or one named after a
plan, a proposal or an option (`possibility_nouns`). An act with its own doer that is studied is
still done ("reviewed its sanctions on Cuba")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pair", [
    ("Germany studied sanctions on Russia.", ("DEU", "RUS")),
    ("The Pentagon drew up plans for strikes on Iran.", ("USAMIL", "IRN")),
    ("The Pentagon presented options for strikes on Iran.", ("USAMIL", "IRN")),
    ("The ministers debated sanctions on Iran.", ("GOV", "IRN")),
])
def test_an_act_studied_or_planned_is_not_done(story, text, pair):
    got = story(text)
    assert any(e[:2] == pair and e[3] == "hypothetical" for e in got), got
    assert not any(e[:2] == pair and e[3] == "asserted" and e[2][:2] in ("16", "19") for e in got)


@pytest.mark.parametrize("text, expected", [
    ("The United States reviewed its sanctions on Cuba and lifted some.", ("USA", "CUB", "163")),
    ("The EU is reviewing its aid to the Palestinians.", ("IGOEUREEC", "PSECVL", "070")),
])
def test_an_owned_act_studied_is_done(story, text, expected):
    assert (*expected, "asserted") in story(text)
