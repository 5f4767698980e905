"""A definite act that a negated verb of making known has as its object took place ("did not
mention his call with Zelensky"); an indefinite one stays unannounced."""

from __future__ import annotations


def test_a_definite_act_not_mentioned_took_place(story):
    got = story("Trump did not mention his call with Zelensky.")
    assert ("USAGOV", "UKRGOV", "041", "asserted") in got
    got = story("The Kremlin did not disclose Putin's meeting with Netanyahu.")
    assert ("RUSGOV", "ISRGOV", "040", "asserted") in got


def test_an_indefinite_act_not_announced_is_not_asserted(story):
    got = story("The ministry did not announce a visit by Xi to Russia.")
    assert not any(c == "042" and m == "asserted" for _, _, c, m in got)
