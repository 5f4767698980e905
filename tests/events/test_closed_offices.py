"""A state shutting a body's offices or institutions ("closed the offices of the party", "shut
down the group's headquarters") is an administrative sanction on the body (CAMEO 172); a firm
closing its own offices is no event."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "The Turkish government closed the offices of the Kurdish party HDP.",
    "The Russian government shut down the offices of Amnesty International.",
    "The Turkish government closed down all institutions belonging to the HDP.",
])
def test_state_closing_a_bodys_offices_is_a_sanction(text):
    got = _events(text)
    assert any(e[2] == "172" and e[1] for e in got), got


def test_firm_closing_its_own_offices_is_none():
    got = _events("Google closed its offices in Moscow.")
    assert not any(e[2].startswith("17") for e in got), got


def test_the_owner_of_the_bureau_is_the_target_not_the_city():
    got = _events("Israel closed Al Jazeera's bureau in Ramallah on Sunday.")
    closed = [e for e in got if e[2] == "172"]
    assert closed and not any(e[1] == "PSE" for e in closed), got
