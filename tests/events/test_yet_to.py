"""What an actor "has yet to" do is not done so far: negated."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_criticism_an_actor_has_yet_to_make_is_negated():
    assert _events("India has yet to criticise Russia.") == [("IND", "RUS", "111", "negated")]


def test_yet_again_is_still_asserted():
    assert ("IND", "RUS", "111", "asserted") in _events("India has criticised Russia yet again.")
