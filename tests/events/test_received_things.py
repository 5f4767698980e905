"""A thing received is no visit hosted (043): a commodity got codes nothing, a weapon system got
is the giver's military aid; a delegation or an envoy received is still a visit."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text", [
    "Hungary received Russian gas.",
    "Germany received Norwegian oil via the pipeline.",
    "Egypt received Ukrainian wheat last month.",
])
def test_a_commodity_received_is_no_visit(text):
    assert not any(e[2] == "043" for e in _events(text))


@pytest.mark.parametrize("text, giver, receiver", [
    ("Serbia received Chinese air defence systems.", "CHN", "SRB"),
    ("Turkey received the Russian S-400 missile defence system from Moscow.", "RUS", "TUR"),
])
def test_a_weapon_system_received_is_military_aid(text, giver, receiver):
    got = _events(text)
    assert any(e[0] and e[0][:3] == giver and e[1] == receiver and e[2] == "072" for e in got), got
    assert not any(e[2] == "043" for e in got), got


@pytest.mark.parametrize("text, guest", [
    ("Serbia received a Chinese delegation.", "CHN"),
    ("Putin received Orban in the Kremlin.", "HUN"),
])
def test_people_received_are_still_a_visit(text, guest):
    assert any(e[2] == "043" and e[1] and e[1][:3] == guest for e in _events(text))
