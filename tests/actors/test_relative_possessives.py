"""A relative "whose" on a bare agent names the noun its clause modifies as the agent's owner
(actors/attach.py `_relative_owner`): "Israel, whose troops raided Jenin" -> ISRMIL."""

from __future__ import annotations

import pytest

from detente.engine import code_records


@pytest.mark.parametrize("text, agent, code", [
    ("Israel, whose troops raided Jenin on Monday, said the operation was over.", "troops", "ISRMIL"),
    ("Russia, whose forces invaded Ukraine in 2022, denied the charge.", "forces", "RUSMIL"),
])
def test_whose_agent_belongs_to_the_noun_its_clause_modifies(text, agent, code):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    assert any(a["text"] == agent and a["code"] == code for a in rec["actors"]), rec["actors"]
    assert any(e["source"] == code and e["cameo"].startswith("19") for e in rec["events"]), rec["events"]
