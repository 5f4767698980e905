"""An appeal or a demand to stop an act done to someone ("called for an end to attacks against
Israel", "a halt to the shelling of Kharkiv") is addressed to whoever does the act, never to whom
it is done to; with no doer named, it has no target in its sentence."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, victim", [
    ("Germany called for a halt to all military operations against Armenia.", "ARM"),
    ("The Vatican called for an end to the shelling of Kharkiv.", "UKR"),
    ("Turkey demanded an end to the rocket attacks against Syria.", "SYR"),
])
def test_the_victim_of_a_stopped_act_is_no_target(text, victim):
    got = _events(text)
    assert not any(e[2][:2] in ("02", "10") and (e[1] or "").startswith(victim) for e in got), got


def test_the_named_doer_stays_the_target():
    got = _events("Germany called for a halt to Azerbaijani attacks against Armenia.")
    assert any(e[0] == "DEU" and (e[1] or "").startswith("AZE") and e[2].startswith("02") for e in got), got
