"""Whom a thing asked for is for is not whom it is asked of (events/arguments.py `beneficiaries`):
"demanded a pay rise for nurses"; a "for" phrase that says why stays searched ("demanded an
apology for China's remarks")."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_thing_demanded_for_others_is_not_demanded_of_them():
    got = _events("LONDON (Reuters) - The union demanded a 10 percent pay rise for nurses.")
    assert not any(c.startswith("10") and t for s, t, c, m in got), got


def test_a_demand_for_a_reason_keeps_its_target():
    got = _events("CANBERRA (Reuters) - Australia demanded an apology for China's remarks.")
    assert any(s == "AUS" and t == "CHN" and c.startswith("10") for s, t, c, m in got), got


def test_the_one_asked_for_a_thing_stays_the_target():
    got = _events("KIEV (Reuters) - Ukraine demanded compensation from Russia for the dam.")
    assert any(s == "UKR" and t == "RUS" and c.startswith("10") for s, t, c, m in got), got
