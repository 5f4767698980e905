"""A model's designation between a country's adjective and a force ("Israeli F-16 warplanes",
"Russian T-72 tanks") does not split them: the force is that country's."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-03-01"}])
    return rec["events"]


@pytest.mark.parametrize("text, code", [
    ("Egyptian F-16 warplanes bombed militant camps in Libya.", "EGYMIL"),
    ("Syrian T-72 tanks shelled rebel positions near Turkey's border.", "SYRMIL"),
])
def test_model_designation_keeps_the_country(text, code):
    assert any(e["source"] == code for e in _events(text)), _events(text)


def test_model_alone_is_no_country():
    assert not _events("The F-16 is a fighter jet.")
