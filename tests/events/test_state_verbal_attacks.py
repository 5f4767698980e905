"""A country attacking an international body or the press "for" what it did or said attacks with
words (111); on a country or an armed group, or with no reason, it stays force."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, expected", [
    ("Iran attacked the United Nations for its silence on Yemen.", ("IRN", "IGOUNO")),
    ("Russia attacked NATO for its expansion to the east.", ("RUS", "IGOWSTNAT")),
    ("China attacked the BBC for its coverage of Xinjiang.", ("CHN", "GBRMED")),
])
def test_a_state_attacking_a_body_for_a_reason_criticises(text, expected):
    got = _events(text)
    assert (*expected, "111", "asserted") in got, got
    assert not any(e[2].startswith("19") for e in got)


@pytest.mark.parametrize("text", [
    "Israel attacked Hamas for its rocket fire.",  # an armed group
    "Russia attacked Ukraine for its refusal to negotiate.",  # a country: left as force
    "Iran attacked the United Nations headquarters with drones.",  # no reason
])
def test_other_state_attacks_stay_force(text):
    assert any(e[2] == "190" for e in _events(text))
