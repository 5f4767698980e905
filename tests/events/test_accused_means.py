"""The "by"-gerund of a deed someone is accused of is the accused's means, alleged with it, also
where the parser hangs the "by" on the verb of accusing (events/roles.py `charged_means`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "", e["modality"]) for e in rec["events"]]


@pytest.mark.parametrize("text, doer, accuser", [
    ("Yasser Arafat has accused Israel of escalating violence by killing three Palestinians.", "ISR", "PSE"),
    ("The Palestinian leader accused Israel of escalating the conflict by killing four Palestinians in Gaza.", "ISR", "PSE"),
])
def test_the_accused_does_the_means_and_it_is_alleged(text, doer, accuser):
    got = _events(text)
    force = [e for e in got if e[1][:2] == "18"]
    assert force and all(s.startswith(doer) and m != "asserted" for s, c, t, m in force), got
    assert not any(s.startswith(accuser) and c[:2] == "18" for s, c, t, m in got), got


def test_a_means_of_ones_own_act_stays_asserted():
    got = _events("Israel responded to the attack by bombing Hamas positions in Gaza.")
    assert any(s == "ISR" and c[:2] == "19" and m == "asserted" for s, c, t, m in got), got
