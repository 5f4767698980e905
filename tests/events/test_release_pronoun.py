"""'Their/his/her release' asked for, the pronoun naming no actor, is asked of whoever last
seized the asker's own people (events/anaphora.py `_pronoun_holders`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_their_release_demanded_of_who_detained_the_askers_own():
    got = _events("TAIPEI (Reuters) - China detained two Taiwanese fishermen.\n\nTaiwan demanded their release.")
    assert ("TWN", "CHN", "1053", "asserted") in got, got


def test_their_release_called_for_is_asked_of_the_captors():
    got = _events("KIEV (Reuters) - Russian forces captured three Ukrainian soldiers.\n\nUkraine called for their release.")
    assert any(s == "UKR" and t[:3] == "RUS" and c.startswith("02") for s, t, c, m in got), got


def test_another_countrys_people_are_not_guessed():
    got = _events("MOSCOW (Reuters) - Police arrested 20 protesters in Moscow.\n\nThe EU demanded their release.")
    assert not any((s or "").startswith("IGO") and t for s, t, c, m in got), got
