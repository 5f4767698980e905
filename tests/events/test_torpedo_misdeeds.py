"""Talks or a deal wrecked on purpose ("torpedo", "scupper", "derail") are a misdeed told of the
clause's subject, as "sabotage" is: an accusation (112); not when only possible or negated."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister said the United States was trying to torpedo the nuclear talks.",
    "The Iranian foreign minister said the United States had scuppered the nuclear deal.",
    "The Iranian foreign minister told reporters that the United States was seeking to derail the talks.",
])
def test_wrecking_talks_is_an_accusation(text):
    got = _events(text)
    assert any(e[0].startswith("IRN") and e[1].startswith("USA") and e[2] == "112" for e in got), got


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister said the sanctions could derail the nuclear talks.",
    "The Iranian foreign minister said the United States was not trying to torpedo the talks.",
])
def test_a_possible_or_denied_wrecking_accuses_no_one(text):
    assert not any(e[2] == "112" for e in _events(text)), _events(text)
