"""A call the parser hangs on a reported clause is the speaker's: in "Macron said Abbas remains
the only partner for peace, in separate calls with Netanyahu and Abbas" Macron made the calls
(041), not Abbas, whom the reported clause names."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_calls_after_a_reported_clause_are_the_speakers():
    found = _events("President Macron, meanwhile, said Mr Abbas remains the only partner for peace, "
                    "in separate calls with Prime Minister Netanyahu and the Palestinian leader.")
    assert ("FRAGOV", "ISRGOV", "041") in found
    assert not any(s.startswith("PSE") and c == "041" for s, _, c in found)


def test_a_call_after_a_short_reported_clause_is_the_speakers():
    assert ("FRAGOV", "ISRGOV", "041") in _events(
        "President Macron said the truce must hold in a phone call with Prime Minister Netanyahu.")
