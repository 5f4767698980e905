"""A preposition that says only where a traveller was on the road ("on his way to Kabul") is not
the "on" of "called on X to", an appeal: "the minister called in at Islamabad on his way to
Kabul" asks nothing of Afghanistan."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_on_ones_way_is_no_appeal():
    assert not any(c.startswith("02") for _, _, c in _events(
        "The Chinese foreign minister called in at Islamabad on his way to Kabul."))


def test_an_appeal_on_ones_way_stays():
    assert ("FRAGOV", "ISR", "020") in _events(
        "The French president called on Israel to halt the strikes on his way to Cairo.")


def test_a_call_for_a_return_stays_an_appeal():
    assert any(c.startswith("02") for _, _, c in _events(
        "The Russian foreign minister called for the return of the ambassador to Moscow."))
