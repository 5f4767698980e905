"""What a noun of ability, readiness or right takes as its "to"-infinitive ("Iran's ability to
strike", "Germany's willingness to send tanks", "the right to retaliate") is what one could or
may do, not what was done: hypothetical, never asserted."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return rec["events"]


@pytest.mark.parametrize("text, act", [
    ("Analysts questioned Venezuela's ability to invade Guyana.", "invade"),
    ("The vote raised doubts about Spain's willingness to send warships to the Red Sea.", "send"),
    ("Officials stressed Pakistan's readiness to attack India if provoked.", "attack"),
    ("The minister defended Lithuania's right to expel Russian diplomats.", "expel"),
])
def test_an_ability_to_act_is_not_the_act(text, act):
    got = [e for e in _events(text) if e["trigger"] == act]
    assert got and all(e["modality"] != "asserted" for e in got), got


def test_an_act_done_stays_asserted():
    got = _events("Lithuania expelled three Russian diplomats on Monday.")
    assert any(e["trigger"] == "expelled" and e["modality"] == "asserted" for e in got), got
