"""An act noun's target the parser hangs on its "by" phrase's doer is still the act's: "the
offensive by Israeli forces on Gaza" is force on Gaza (cues.yaml `agent_hung_preps`;
events/arguments.py `agent_hung_targets`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"]]


def test_offensive_by_forces_on_a_place():
    got = _events("The offensive by Israeli forces on Gaza entered its third day.")
    assert ("ISRMIL", "PSE", "19") in got, got


def test_incursion_by_troops_into_a_country():
    got = _events("An incursion by Turkish troops into Iraq was reported on Monday.")
    assert ("TURMIL", "IRQ", "19") in got, got


def test_sports_and_business_offensives_stay_none():
    assert _events("The offensive by the Lakers on the Celtics' defense was impressive.") == []
    assert _events("A marketing offensive by Apple on Samsung's turf is expected.") == []


def test_a_date_after_the_doer_is_no_target():
    assert _events("A raid by police on Monday netted three suspects.") == []
