"""An act whose negation falls on a word of foreseeing or of a timetable (cues.yaml
`schedule_governors`: "is not expected to meet", "is not scheduled to visit") is not foreseen, not
refused: it stays a negated act, where "will not meet" is a rejection (clauses.announced)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - Biden is not expected to meet Xi at the summit.",
    "WASHINGTON (Reuters) - Blinken is not scheduled to visit Beijing this year.",
    "JERUSALEM (Reuters) - Israel is not expected to accept the offer from Hamas.",
])
def test_an_act_not_foreseen_is_no_rejection(text):
    assert not [e for e in _events(text) if e[2].startswith("12")]


def test_an_act_announced_as_not_done_stays_a_rejection():
    got = _events("BEIJING (Reuters) - Chinese President Xi Jinping will not meet Biden at the summit.")
    assert any(c == "125" and m == "asserted" for _, _, c, m in got)
