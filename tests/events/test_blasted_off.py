"""A launch ("the shuttle blasted off from Cape Canaveral") is no criticism, as "blasted the
plan" is."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "The US space shuttle Endeavour has blasted off from the Kennedy Space Centre with a new crew for NASA.",
    "A Russian Soyuz rocket blasted off from Baikonur carrying two Russian cosmonauts and an American astronaut.",
])
def test_a_launch_blasted_off_is_no_criticism(text):
    assert not any(e[2].startswith("11") for e in _events(text)), _events(text)


def test_criticism_blasted_stays():
    got = _events("The French president blasted Italy over its refusal to take in migrants.")
    assert any(e[:2] == ("FRAGOV", "ITA") and e[2].startswith("11") for e in got), got
