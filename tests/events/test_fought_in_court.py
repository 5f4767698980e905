"""Fighting a ruling in court is a legal challenge, no force; a promise of what codes nothing codes
nothing (events/clauses.py `fold_controls`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_vow_to_fight_in_court_is_no_threat_of_force():
    got = _events("JOHANNESBURG (Reuters) - Zuma called the decision a joke and vowed to fight it in court.")
    assert not any(c[:2] in ("13", "19", "03") for s, t, c in got), got
    assert not _events("JOHANNESBURG (Reuters) - Zuma said he would fight the ruling in court.")


def test_a_vow_to_fight_a_state_stays_a_threat():
    assert ("RUS", "UKR", "138") in _events("Russia vowed to fight Ukraine.")


def test_a_promise_of_another_null_sense_stays_a_promise():
    assert ("DEU", "SYRREF", "030") in _events("Germany promised to admit refugees from Syria.")
