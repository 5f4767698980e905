"""A force's units on the move make no visit (CAMEO 042): "the soldiers left for Chad", "French
troops arrived in Niger" are a deployment or a withdrawal; a commander or a minister still visits."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_units_on_the_move_make_no_visit():
    assert not any(c == "042" for _, _, c in _events("The French soldiers left for Chad on Friday."))
    assert not any(c == "042" for _, _, c in _events("French troops arrived in Chad on Sunday."))


def test_a_commander_or_a_minister_still_visits():
    assert ("PAKMIL", "USA", "042") in _events("Pakistan's army chief left for Washington on Monday.")
    assert ("FRAGOV", "CHN", "042") in _events("President Macron left for China on Tuesday.")
