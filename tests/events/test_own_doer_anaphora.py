"""A definite act noun whose modifier names its own doer ("the Palestinian attack") tells that
doer's act: a reaction to it reaches back to no earlier act of another (events/anaphora.py
`own_doer`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "") for e in rec["events"]]


@pytest.mark.parametrize("text, wrong", [
    ("Israeli jets struck Gaza City overnight. The Palestinian Authority condemned the Palestinian attack on the bus "
     "near the settlement of Ariel.", "ISR"),
    ("Russian forces shelled Kharkiv on Monday. Ukraine's government condemned the Ukrainian strike on the bridge.", "RUS"),
])
def test_a_named_doers_act_answers_no_earlier_act(text, wrong):
    got = _events(text)
    assert not any(c[:2] == "11" and t.startswith(wrong) for s, c, t in got), got


@pytest.mark.parametrize("text, target", [
    ("Israeli troops raided Jenin on Tuesday. The Palestinian Authority condemned the raid.", "ISR"),
    ("Israeli jets struck Gaza City overnight. The Palestinian Authority condemned the attack.", "ISR"),
])
def test_a_bare_definite_act_still_answers_the_earlier_one(text, target):
    got = _events(text)
    assert any(c[:2] == "11" and t.startswith(target) for s, c, t in got), got
