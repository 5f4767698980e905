"""A rival's act named a massacre by a verb of naming accuses its doer (112), as "a war crime"
does (cues.yaml `accusation_labels`): "Hamas described the Israeli raid as a massacre"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Hamas described the Israeli raid as a massacre.", "PSEREBHMS", "ISR"),
    ("Ukraine called the Russian shelling of the market a massacre.", "UKR", "RUS"),
])
def test_an_act_named_a_massacre_accuses_its_doer(story, text, src, tgt):
    assert (src, tgt, "112") in [e[:3] for e in story(text)]


def test_a_massacre_named_by_historians_of_no_actor_is_no_event(story):
    assert story("Historians called the battle a massacre.") == []
