"""Time given to someone to do what is asked ("gave Iraq 48 hours to comply", "gave Moscow a
deadline to withdraw") is an ultimatum (CAMEO 139); time with no "to"-infinitive of what is to be
done gives no one an ultimatum."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("The United States gave Iraq 48 hours to comply with the resolution.", "USA", "IRQ"),
    ("The European Union gave Belarus a deadline to release the detained journalists.", "IGOEUREEC", "BLR"),
    ("Turkey has closed the border and given Syria three days to hand over the suspects.", "TUR", "SYR"),
])
def test_time_given_to_act_is_an_ultimatum(text, source, target):
    got = _events(text)
    assert any(e[0].startswith(source) and e[1].startswith(target) and e[2] == "139" for e in got), got


@pytest.mark.parametrize("text", [
    "The singer was arrested in May after giving birth to a son more than six months after her wedding.",
    "The French government gave Italy two days of talks on the budget.",
])
def test_time_with_nothing_to_do_is_no_ultimatum(text):
    assert not any(e[2] == "139" for e in _events(text)), _events(text)
