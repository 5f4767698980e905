"""Words received are undergone, coded on the noun by whoever said them, no visit hosted."""

from __future__ import annotations


def test_a_rebuke_received_is_the_senders_criticism_and_no_visit(story):
    events = story("The Kremlin received a sharp rebuke from Washington.")
    assert ("USA", "RUSGOV", "111", "asserted") in events
    assert not any(e[2] == "043" for e in events)


def test_a_visitor_received_is_still_hosted(story):
    assert ("RUSGOV", "CHNGOV", "043", "asserted") in story("Putin received the Chinese president in Moscow.")
