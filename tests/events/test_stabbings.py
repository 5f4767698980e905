"""A stabbing is a physical assault (182); a stabbing to death a killing (1823), as CAMEO 2.0's
verb dictionary codes STAB."""

from __future__ import annotations


def test_a_stabbing_is_an_assault(story):
    assert ("GBRCRM", "GBRCOP", "182", "asserted") in story(
        "LONDON (Reuters) - An attacker stabbed two police officers in London.")


def test_a_stabbing_to_death_is_a_killing(story):
    assert any(e[1] == "GBRCVL" and e[2] == "1823" for e in story(
        "LONDON (Reuters) - A man was stabbed to death in east London on Friday night."))
