"""An act a noun of asking holds, named by a verb of content ("Iran's demands include the lifting
of sanctions"), or the "for" clause of a verb whose subject is one ("Calls grew for the minister
to resign"), is asked for, not done (events/modality.py `_asked_content`, `_asked_by_subject`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_what_demands_include_is_not_done():
    got = _events("TEHRAN (Reuters) - Iran's demands include the lifting of all U.S. sanctions.")
    assert not any(m == "asserted" for s, t, c, m in got), got


def test_what_a_demand_is_is_not_done():
    got = _events("KHARTOUM (Reuters) - The protesters' main demand is the resignation of the president.")
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got


def test_what_growing_calls_ask_for_is_not_done():
    got = _events("LONDON (Reuters) - Pressure mounted on Monday for Israel to allow aid into Gaza.")
    assert not any(s == "ISR" and m == "asserted" for s, t, c, m in got), got
    got = _events("LONDON (Reuters) - Calls grew for the minister to resign over the scandal.")
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got
