"""An arrest asked for ("demanded the arrest of the Hamas commanders") is asked of the state that
holds those to be arrested, who would make it, as an extradition asked for is; a stance on an
arrest made ("condemned the arrest of the activists") stays aimed at whoever made it."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, country, root", [
    ("Israel demanded the arrest of the Hamas commanders.", "ISR", "PSE", "10"),
    ("The United States demanded the arrest of the Russian hackers.", "USA", "RUS", "10"),
    ("Israel called for the arrest of 20 Palestinian gunmen.", "ISR", "PSE", "02"),
])
def test_an_arrest_asked_for_is_asked_of_their_state(text, source, country, root):
    got = _events(text)
    assert any(e[0] == source and (e[1] or "").startswith(country) and e[2].startswith(root) for e in got), got


def test_who_is_asked_to_arrest_stays_the_target():
    got = _events("Israel demanded the arrest of the gunmen by the Palestinian Authority.")
    assert any(e[0] == "ISR" and (e[1] or "").startswith("PSEGOV") and e[2].startswith("10") for e in got), got


def test_a_stance_on_an_arrest_made_is_no_act_on_the_arrested():
    got = _events("France condemned the arrest of the Iranian activists.")
    assert not any(e[1] == "IRNCVL" for e in got), got
