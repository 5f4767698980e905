"""A person welcomed is a guest received (043), not praised: "Putin welcomed Xi in Moscow", "Xi was
welcomed by Putin"; what a person did, or a state, welcomed is praise (events/senses.py `_guest`)."""

from __future__ import annotations


def test_a_person_welcomed_is_a_guest_received(story):
    assert ("RUSGOV", "CHNGOV", "043", "asserted") in story("Putin welcomed Xi in Moscow.")
    assert ("RUSGOV", "CHNGOV", "043", "asserted") in story("Xi was welcomed by Putin in Moscow.")


def test_a_persons_act_or_a_state_welcomed_is_praise(story):
    assert ("RUSGOV", "CHNGOV", "051", "asserted") in story("Putin welcomed Xi's proposal.")
    assert ("IGOWSTNAT", "FIN", "051", "asserted") in story("NATO welcomed Finland.")
