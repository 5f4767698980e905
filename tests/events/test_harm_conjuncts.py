"""A verb of harm joined by "and" to an act of force names whom the force was done to
(events/arguments.py `shared_object`, cues.yaml `harm_verbs`): "a gunman shot and wounded three
people"; on its own it codes nothing ("injured in a crash")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pair", [
    ("HOUSTON (AP) - A gunman shot and wounded three people at a bar on Sunday.", ("USAUAF", "USACVL")),
    ("LONDON (Reuters) - An attacker stabbed and injured two officers.", ("GBRCRM", "GBRCOP")),
])
def test_force_done_to_whom_the_harm_verb_names(story, text, pair):
    assert any((e[0], e[1]) == pair and e[2][:2] in ("18", "19") for e in story(text))


def test_a_harm_verb_alone_codes_nothing(story):
    assert story("HOUSTON (AP) - Three people were injured in a crash on the interstate.") == []
    assert story("HOUSTON (AP) - The storm injured dozens of people.") == []
