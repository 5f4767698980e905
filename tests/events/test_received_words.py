"""Words received are undergone, coded on the noun by whoever said them, no visit hosted."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_rebuke_received_is_the_senders_criticism_and_no_visit():
    events = _events("The Kremlin received a sharp rebuke from Washington.")
    assert ("USA", "RUSGOV", "111", "asserted") in events
    assert not any(e[2] == "043" for e in events)


def test_a_visitor_received_is_still_hosted():
    assert ("RUSGOV", "CHNGOV", "043", "asserted") in _events("Putin received the Chinese president in Moscow.")
