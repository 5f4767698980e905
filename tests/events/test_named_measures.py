"""A state's measure named again by its noun in a later sentence ("the deployment", "the veto",
"the suspension", "the withdrawal", "the closure") is the doer's: a condemnation of it is aimed at
whoever took the measure (cues.yaml `anaphoric_nouns`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Russia deployed troops to the border.\n\nNATO condemned the deployment.", "IGOWSTNAT", "RUS"),
    ("Hungary blocked the EU aid package.\n\nPoland criticised the veto.", "POL", "HUN"),
    ("Russia suspended its participation in the grain deal.\n\nTurkey criticised the suspension.", "TUR", "RUS"),
    ("The United States withdrew from the nuclear deal.\n\nIran condemned the withdrawal.", "IRN", "USA"),
    ("Israel closed the Rafah crossing.\n\nEgypt condemned the closure.", "EGY", "ISR"),
])
def test_a_measure_named_again_is_its_doers(story, text, src, tgt):
    assert (src, tgt, "111") in [e[:3] for e in story(text)]


def test_a_measure_no_one_took_earlier_names_no_one(story):
    assert not any(e[2] == "111" for e in story("Poland criticised the veto."))
