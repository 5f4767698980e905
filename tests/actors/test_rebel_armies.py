"""Armed groups named as armies that the tables lack are rebels when their name says no state's
army could bear it ("the Free Syrian Army", "the Kachin Independence Army": attachment.yaml
`rebel_heads`, `rebel_name_words`, bodies.py); a state's army keeps its reading."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}


@pytest.mark.parametrize("text, source", [
    ("BEIRUT (Reuters) - The Free Syrian Army attacked government positions near Aleppo on Monday.", "SYRREB"),
    ("The Kachin Independence Army clashed with Myanmar troops in northern Kachin state.", "MMRREB"),
    ("KAMPALA (Reuters) - The Lord's Resistance Army abducted dozens of villagers in northern Uganda.", "UGAREB"),
    ("ISLAMABAD (Reuters) - Tehrik-e-Taliban Pakistan attacked a police checkpoint in Peshawar, killing four officers.",
     "PAKREBTTP"),
])
def test_a_rebel_army_is_rebels(text, source):
    # a group the tables name keeps its tag ("the Kachin Independence Army": MMRREBKIA)
    assert any(e[0].startswith(source) for e in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "KABUL (Reuters) - The Afghan National Army attacked Taliban fighters in Helmand.",
    "The Salvation Army criticised the government over cuts to homeless shelters.",
])
def test_a_states_army_or_a_charity_is_no_rebel_group(text):
    assert not any(e[0].endswith("REB") for e in _events(text))
