""""own_army_inferred" doubts an army whose country was inferred, its own phrase naming none
("gunships", "soldiers", "they"), using force on the people, leaders or places of the very country
it was given: a bare force in a story of raids is mostly another state's, given the country of what
it strikes (events/confidence.py `_own_army_inferred`). An army named as its country's ("Myanmar
soldiers"), or one fighting an armed side of its country ("soldiers killed five rebels"), keeps
its confidence."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _force(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return [e for e in rec["events"] if e["modality"] == "asserted" and e["cameo"][:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Zambian President Hakainde Hichilema spent the weekend at his farm near Lusaka. On Monday, helicopter "
    "gunships destroyed Mr Hichilema's private aircraft at the Lusaka airport.",
    "Zambian President Hakainde Hichilema spent the weekend at his farm near Lusaka. On Monday, soldiers "
    "shelled Mr Hichilema's farm.",
])
def test_an_inferred_army_striking_its_own_leader_is_in_doubt(text):
    got = [e for e in _force(text) if e["source"] == "ZMBMIL" and e["target"].startswith("ZMB")]
    assert got and all("own_army_inferred" in e["confidence_factors"] for e in got), got
    assert all(e["confidence"] < 0.5 for e in got), got


@pytest.mark.parametrize("text", [
    "Myanmar soldiers killed twelve villagers in Sagaing on Sunday.",  # the phrase names its country
    "Ethiopian army units bombed a market in Tigray on Sunday, killing 60 civilians.",
    "Fighting flared again in northern Mali. Soldiers killed five rebels near Kidal on Sunday.",  # an armed side
])
def test_a_named_army_or_an_armed_target_is_no_such_doubt(text):
    got = _force(text)
    assert got and all("own_army_inferred" not in e["confidence_factors"] for e in got), got
