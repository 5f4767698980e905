"""The office of a head of state is its government: "the presidential office", "the presidency",
"the presidential palace" (agents.tsv)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


@pytest.mark.parametrize("text,word,code", [
    ("SEOUL (Reuters) - The presidential office said it would cooperate.", "The presidential office", "KORGOV"),
    ("ABUJA (Reuters) - The presidency condemned the attack on the village.", "The presidency", "NGAGOV"),
    ("KHARTOUM (Reuters) - RSF fighters shelled the presidential palace.", "the presidential palace", "SDNGOV"),
])
def test_a_head_of_states_office_is_its_government(text, word, code):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    assert {a["text"]: a["code"] for a in rec["actors"]}.get(word) == code
