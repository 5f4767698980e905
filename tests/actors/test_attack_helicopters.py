"""Helicopters of war ("attack helicopters", "Apache helicopters", "military helicopters") are a
state's force as gunships are: a bare one that strikes is of the state the article last told
striking. A bare "helicopter" is not (rescue, police and news helicopters, crashes)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "Israel launched air raids on Gaza on Monday. Apache helicopters fired rockets at Palestinian security offices.",
    "Israel launched air raids on Gaza on Monday. Attack helicopters fired missiles at Palestinian police posts.",
    "Israel launched air raids on Gaza on Monday. Military helicopters fired rockets at Palestinian security offices.",
])
def test_a_war_helicopter_strikes_for_the_last_striker(text):
    got = _events(text)
    assert any(s.startswith("ISR") and t.startswith("PSE") and c == "19" for s, t, c in got
               if s != "ISR"), got


def test_a_bare_helicopter_is_no_force():
    got = _events("Storms hit the coast on Monday. The helicopter was struck by severe turbulence near the airport.")
    assert not any(c == "19" for _, _, c in got), got
    got = _events("A rescue helicopter carried two injured Kenyan hikers to hospital in Nairobi.")
    assert not any(s.endswith("MIL") for s, _, _ in got), got
