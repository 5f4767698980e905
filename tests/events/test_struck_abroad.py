"""Force named by a noun a verb of doing takes, done by a state "in" or "inside" another state's
land, is aimed at that state (cues.yaml `abroad_force_roots`, events/build.py `_struck_abroad`)."""

from __future__ import annotations


def test_strikes_inside_another_state(story):
    events = story("ISLAMABAD (Reuters) - Pakistan carried out air strikes inside Afghanistan, killing at least 15 people.")
    assert ("PAK", "AFG", "195", "asserted") in events
    assert ("TUR", "IRQ", "195", "asserted") in story("ANKARA (Reuters) - Turkey conducted air strikes in northern Iraq on Tuesday.")


def test_no_state_no_other_land(story):
    # militants: where, not at whom; a state's own land: no strike on itself
    assert not any(e[2].startswith("19") and e[1] == "AFG"
                   for e in story("ISLAMABAD (Reuters) - Militants carried out attacks inside Afghanistan."))
    assert not any(e[1] == "SYR" for e in story("DAMASCUS (Reuters) - Syrian government forces carried out air strikes in Idlib."))
