"""A joint act one is in through a passive frame is the subject's: "Israel and Hamas were locked
in talks", "Iran was engaged in talks with the EU" (CAMEO 046), as "were in talks" is; a thing
one is locked in ("the prisoners were locked in a cell") is none."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}


def test_locked_in_talks_is_negotiating():
    found = _events("Israel and Hamas have been locked in negotiations for two days.")
    assert ("ISR", "PSEREBHMS", "046") in found and ("PSEREBHMS", "ISR", "046") in found


def test_engaged_in_talks_is_negotiating():
    assert ("IRN", "IGOEUREEC", "046") in _events("Iran was engaged in talks with the EU.")


def test_locked_in_a_cell_is_none():
    assert not _events("The prisoners were locked in a cell.")
