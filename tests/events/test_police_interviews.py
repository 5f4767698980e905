"""Questioning by police, courts or spies is an inquiry (090): "detectives are interviewing a man";
a journalist's interview, a minister's job interview or one by no one named is none."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source", [
    ("Canadian police are interviewing a 40-year-old man over the theft of a truck.", "CANCOP"),
    ("The 40-year-old man is being interviewed by Canadian police.", "CANCOP"),
    ("FBI agents interviewed the former senator for four hours.", "USACOP"),
])
def test_questioning_by_police_is_an_inquiry(text, source):
    got = _events(text)
    assert any(e[0] == source and e[2] == "090" for e in got), got


@pytest.mark.parametrize("text", [
    "The BBC interviewed the Canadian prime minister on Sunday.",
    "The Canadian prime minister was interviewed on television.",
    "The Canadian prime minister interviewed three candidates for the job.",
])
def test_other_interviews_are_no_inquiry(text):
    assert not any(e[2].startswith("09") for e in _events(text)), _events(text)
