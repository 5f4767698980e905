"""Phrasal verbs of rejection: "brushed aside X's claims", "shrugged off calls", "voted down the resolution"."""

from __future__ import annotations


def test_words_or_measures_brushed_aside_or_voted_down_are_rejected(story):
    assert ("ISR", "PSE", "120", "asserted") in story("Israel brushed aside Palestinian claims of excessive force.")
    assert ("RUSGOV", "USA", "120", "asserted") in story("The Kremlin brushed off the criticism from Washington.")
    assert ("USALEG", "USAPTYDEM", "120", "asserted") in story(
        "The US Senate voted down the resolution backed by Democrats.")


def test_injuries_snow_and_tackles_shrugged_off_are_no_rejection(story):
    for text in ("She brushed off the snow from her coat.", "The striker shrugged off a knee injury.",
                 "The defender shrugged off the challenge from the Liverpool striker."):
        assert not any(e[2].startswith("12") for e in story(text)), text


def test_claims_rubbished_are_rejected_and_accusations_brushed_aside_denied(story):
    assert ("GOV", "OPP", "120", "asserted") in story("The government rubbished the opposition's claims.")
    events = story("The Congress party rubbished the BJP's allegations.")
    assert ("INDPTYINC", "INDPTYBJP", "016", "asserted") in events
    assert ("INDPTYBJP", "INDPTYINC", "112", "asserted") in events
    assert ("RUSGOV", "USA", "016", "asserted") in story("The Kremlin brushed aside the US accusations.")
