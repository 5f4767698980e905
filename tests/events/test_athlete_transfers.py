"""A side naming sportspeople (cues.yaml athlete_nouns), as itself or by the demonym that describes
them, makes an act of cooperation or exchange (transfer_roots) a club's business, no political
event: "Barcelona received Brazilian players", "the club signed a French striker". An arrest of
a footballer and a welcome of refugees stay."""

from __future__ import annotations


def test_transfers_are_no_events(story):
    assert story("Barcelona received Brazilian players in the summer transfer window.") == []
    assert story("The club signed a French striker from Lyon.") == []
    assert story("Real Madrid welcomed the Argentine forward at a ceremony on Tuesday.") == []


def test_other_acts_stay(story):
    assert any(e[2] == "173" for e in story("Police arrested the Brazilian footballer in Madrid."))
    assert any(e[2] == "040" for e in story("The Spanish prime minister met the French president."))
