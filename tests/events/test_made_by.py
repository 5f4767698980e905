"""An act noun's doer named by the passive participle hung on it, when the participle's verb is
one whose object is the act itself ("the accusations made by Colombia", "the allegations levelled
by Britain": cues.yaml `doing_verbs`); the agent of a verb of reacting is no doer."""

from __future__ import annotations


def test_the_agent_of_a_verb_of_doing_is_the_acts_doer(story):
    assert ("COL", "VENGOV", "112", "asserted") in story(
        "Venezuela's foreign minister rejected the accusations made by Colombia.")
    assert ("GBR", "RUS", "112", "asserted") in story("Russia dismissed the allegations levelled by Britain.")


def test_the_agent_of_a_verb_of_reacting_is_no_doer(story):
    got = story("Venezuela rejected the accusations denied by Colombia.")
    assert not any(e[0] == "COL" and e[2].startswith("11") for e in got), got
