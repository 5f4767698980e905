"""A verb of threatening whose "to"-infinitive is an outcome no one chooses to inflict ("the
dispute threatens to derail the talks") says what is risked, no threat; threats of acts stay."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "The Taliban threatens to undermine the Afghan government.",
    "Hezbollah's campaign threatens to derail the Lebanese government's reforms.",
    "The Serbian boycott threatens to jeopardise the Kosovo government's plans.",
])
def test_an_outcome_risked_is_no_threat(text):
    assert not any(e[2].startswith("13") for e in _events(text)), _events(text)


@pytest.mark.parametrize("text, root", [
    ("Russia threatened to cut gas supplies to Ukraine.", "13"),
    ("North Korea threatened to destroy South Korea.", "13"),
])
def test_threats_of_acts_stay(text, root):
    assert any(e[2].startswith(root) for e in _events(text)), _events(text)


def test_a_condition_makes_it_a_threat():
    got = _events("Hamas threatened to derail the ceasefire talks unless Israel withdrew its troops.")
    assert any(e[2].startswith("13") for e in got), got
