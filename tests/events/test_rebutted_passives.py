"""A demand or a criticism rejected in the passive is its own doer's, made against whoever the
passive's agent names: the agent is the rejecter, never the demand's maker."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_demand_rejected_in_the_passive_was_made_of_the_rejecter():
    got = _events("WASHINGTON (Reuters) - A demand by China for an apology was rejected by the United States.")
    assert any(s == "CHN" and t == "USA" and c.startswith("10") for s, t, c in got), got
    assert any(s == "USA" and t == "CHN" and c.startswith("12") for s, t, c in got), got


def test_criticism_rejected_in_the_passive_is_its_makers():
    got = _events("BEIJING (Reuters) - Criticism from Washington was rejected by Beijing as interference.")
    assert any(s == "USA" and t[:3] == "CHN" and c.startswith("11") for s, t, c in got), got
    assert not any(s[:3] == "CHN" and c.startswith("11") for s, t, c in got), got


def test_accusations_dismissed_with_no_maker_are_no_accusation():
    got = _events("BEIJING (Reuters) - The accusations were dismissed by China.")
    assert not any(c.startswith("11") for s, t, c in got), got
