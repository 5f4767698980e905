"""Private people named by a common noun make no visit (CAMEO 042): "the man had flown to Perth",
"people arriving illegally in Italy", "asylum seekers arrived in Greece" are journeys or migration;
an official, a delegation or a named traveller still visits."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def _visits(text: str) -> list:
    return [e for e in _events(text) if e[2] == "042"]


def test_private_travellers_make_no_visit():
    assert not _visits("The number of people arriving illegally in Italy has fallen sharply.")
    assert not _visits("Asylum seekers arrived in Greece by boat.")
    assert not _visits("Thousands of tourists arrived in Bali over the weekend.")
    assert not _visits("A woman travelled to London for treatment.")


def test_officials_and_delegations_still_visit():
    assert ("FRAGOV", "CHN", "042") in _events("French President Emmanuel Macron arrived in Beijing on Tuesday.")
    assert ("AUSGOV", "USA", "042") in _events("A delegation of Australian farmers travelled to Washington to lobby Congress.")
