"""Ground overrun by force is taken as captured territory is (192); a vessel sunk by a state or
armed force is force on it (190). Neither codes for doers of no force ("costs overran the budget",
"sank a putt")."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_forces_overran_the_enemy_caves():
    got = _events("Afghan forces have overrun all the Al Qaeda caves in the valley.")
    assert any(e[0] == "AFGMIL" and e[1].startswith("IMGMOSALQ") and e[2] == "192" for e in got), got


def test_navy_sank_a_patrol_boat():
    got = _events("The Russian navy sank a Ukrainian patrol boat in the Black Sea.")
    assert ("RUSMIL", "UKR", "190") in got, got


@pytest.mark.parametrize("text", [
    "Rising costs overran the Spanish budget again.",
    "Woods sank a long putt to beat the Spanish golfer.",
])
def test_no_force(text):
    got = _events(text)
    assert not any(e[2].startswith("19") for e in got), got
