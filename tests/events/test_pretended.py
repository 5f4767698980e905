"""An act pretended ("Russia pretended to withdraw its troops") was not done: negated, as an
act denied or avoided is (cues.yaml negating_governors)."""

from __future__ import annotations


def test_a_pretended_act_is_negated(story):
    assert ("RUS", "UKR", "087", "negated") in story("Russia pretended to withdraw its troops from Kyiv in March.")
