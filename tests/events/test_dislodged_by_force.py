"""Force on a place whose purpose is to drive someone out of it ("shelled the hills to flush out
the rebels", "in a bid to dislodge the militants") strikes those driven out, not the place's state.
A purpose of another kind ("to punish") leaves the place's state."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "Turkish warplanes bombed the hills of northern Iraq to flush out Kurdish rebels.",
    "Turkish warplanes bombed villages in northern Iraq in a bid to dislodge Kurdish rebels.",
    "Turkey stepped up its bombing of the hills of northern Iraq in an effort to smoke out Kurdish rebels.",
])
def test_force_to_drive_out_strikes_those_driven_out(text):
    got = _events(text)
    force = [e for e in got if e[2][:2] in ("18", "19", "20")]
    assert force and all(e[1] != "IRQ" for e in force), got


def test_other_purpose_keeps_the_place():
    got = _events("Turkish warplanes bombed villages in northern Iraq to punish Kurdish rebels.")
    assert any(e[1] == "IRQ" and e[2].startswith("19") for e in got), got


def test_a_state_struck_by_name_stays_the_target():
    got = _events("Russian jets bombed Syria in a campaign to clear out Islamic State fighters.")
    assert any(e[1] == "SYR" and e[2][:2] in ("18", "19", "20") for e in got), got
