"""A fighters' camp, cave or hideout captured is a place occupied (192), not an arrest; so is
"all of" or "most of" the places, looked through to the places (cues.yaml frame_nouns); fighters
captured, also "some of" them, stay arrested (173)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_camp_captured_is_occupied_not_arrested():
    got = _events("KABUL (Reuters) - Northern Alliance forces captured the Taliban camp after a day of fighting.")
    assert any(c == "192" for s, t, c in got) and not any(c == "173" for s, t, c in got), got


def test_all_of_the_positions_captured_is_occupied():
    got = _events("KABUL (Reuters) - Afghan troops captured all of the Taliban positions near the border.")
    assert any(s == "AFGMIL" and c == "192" for s, t, c in got) and not any(c == "173" for s, t, c in got), got


def test_some_of_the_fighters_captured_are_arrested():
    got = _events("KABUL (Reuters) - Afghan troops captured some of the Taliban commanders near the border.")
    assert ("AFGMIL", "AFGGOVTAL", "173") in got, got
