"""What is signed: an agreement is one (057), a letter or a petition is not; what it says is the act."""

from __future__ import annotations


def test_a_letter_or_petition_signed_is_no_agreement(story):
    events = story("More than 100 US lawmakers signed a letter condemning China's treatment of Uighurs.")
    assert ("USALEG", "CHN", "111", "asserted") in events
    assert not any(e[2] == "057" for e in events)
    assert not any(e[2] == "057" for e in story("Democrats signed a petition against the president's policy."))


def test_an_agreement_signed_still_is(story):
    assert ("IND", "PAK", "057", "asserted") in story("India and Pakistan signed a trade agreement on Monday.")
