"""A "gun battle" is a firefight as a "gunbattle" is (patterns.tsv `battle` N with its modifier
"gun"); a bare battle stays none: "a legal battle", "the battle for the title"."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_gun_battle_between_two_sides_is_a_firefight():
    got = _events("MANILA (Reuters) - A gun battle between Philippine troops and communist rebels lasted all night.")
    assert ("PHLMIL", "PHLREB", "193") in got, got
    assert ("PHLREB", "PHLMIL", "193") in got, got


def test_other_battles_stay_none():
    assert _events("The company faces a legal battle with Microsoft.") == []
    assert _events("There was a battle between the two teams for the title.") == []
