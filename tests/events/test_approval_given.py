"""Approval offered or extended is approval conveyed (CAMEO 051), as "endorsed" is: "the United
States offered full approval to Indonesia's invasion", "the Kremlin gave its blessing to the new
government"; not an offer of cooperation (030)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}


def test_approval_offered_is_approval():
    found = _events("The United States offered full approval to Indonesia's invasion of East Timor.")
    assert ("USA", "IDN", "051") in found
    assert not any(c == "030" for _, _, c in found)


def test_a_blessing_given_is_approval():
    assert ("RUSGOV", "BLRGOV", "051") in _events("The Kremlin gave its blessing to the new government in Minsk.")


def test_a_permit_given_is_none():
    assert not _events("The regulator gave approval to the merger of the two banks.")
