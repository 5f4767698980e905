"""Pushing another actor to act is a demand on it, as pressing is."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_pushing_an_actor_to_act_is_a_demand():
    assert ("USAGOV", "CHN", "100", "asserted") in _events("Washington is pushing Beijing to open its markets.")


def test_pushing_things_people_or_prices_is_no_demand():
    for text in ("Police pushed protesters back from the barricades.", "Democrats pushed the bill through the House.",
                 "The storm pushed prices to record highs.", "The president pushed his ministers to finish the report."):
        assert not any(e[2] == "100" for e in _events(text)), text
