"""Fronts and movements the tables lack are rebels when their name holds a rebel word and their
sentence shows them armed: the subject of a verb of armed force, or the owner of armed men
(attachment.yaml `armed_heads`, `armed_verbs`, `armed_agents`; bodies.py). A party or a protest
movement, whose sentence shows no arms, is no rebel group."""

import pytest

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"]) for e in rec["events"]}


@pytest.mark.parametrize("text, source, target", [
    ("The Macina Liberation Front attacked an army post in central Mali, killing four soldiers.", "MLIREB", "MLI"),
    ("The Ogaden National Liberation Front ambushed Ethiopian troops near Degehabur.", "ETHREB", "ETHMIL"),
    ("Gunmen of the Mozambique Resistance Movement attacked police in Sofala province.", "MOZREB", "MOZCOP"),
    ("The Tupac Amaru Revolutionary Movement bombed a police station in Lima.", "PERREB", "PER"),
])
def test_an_armed_front_is_rebels(text, source, target):
    assert (source, target) in _events(text), _events(text)


@pytest.mark.parametrize("text", [
    "The National Resistance Movement accused the opposition of attacking its supporters in Kampala.",
    "The Students' Resistance Movement clashed with police in Khartoum.",
    "The Civic Movement criticised the Mexican government.",
])
def test_a_party_or_protest_movement_is_no_rebel_group(text):
    assert not any(s and s.endswith("REB") for s, _ in _events(text)), _events(text)
