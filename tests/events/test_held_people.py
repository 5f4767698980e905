"""People a state holds are detained (CAMEO 173): "Pakistani police are holding 50 militants",
"the journalist was held by Iranian police". People a gunman holds are no arrest, and things held
(banners, a sign, talks) are no detention."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("Pakistani police are holding 50 militants.", "PAKCOP", "PAKREB"),
    ("Iranian police held two British nationals for a week.", "IRNCOP", "GBRCVL"),
    ("The Israeli army held a Palestinian man at the checkpoint.", "ISRMIL", "PSECVL"),
])
def test_people_held_by_a_state_are_detained(text, source, target):
    got = _events(text)
    assert (source, target, "173") in got, got


@pytest.mark.parametrize("text", [
    "The gunman held two women in the bank for six hours.",
    "Protesters held banners outside the embassy.",
    "The woman held a sign reading 'No war'.",
])
def test_other_holding_is_no_detention(text):
    assert not any(e[2] == "173" for e in _events(text)), _events(text)
