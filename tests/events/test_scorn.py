"""Idioms of criticism and rejection: "heaped scorn on X", "poured cold water on X's proposal"."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_scorn_heaped_or_poured_is_criticism_and_cold_water_a_rejection():
    assert ("IRNGOV", "USA", "111", "asserted") in _events("Iran's supreme leader heaped scorn on the United States.")
    assert ("RUS", "FRA", "120", "asserted") in _events("Russia poured cold water on the French proposal for a summit.")


def test_praise_heaped_and_literal_water_are_no_criticism():
    assert not any(e[2].startswith(("11", "12")) for e in _events("Moscow heaped praise on Beijing."))
    assert not _events("The chef poured cold water on the pan.")
