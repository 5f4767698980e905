"""A place captured or recaptured is occupied (192), never arrested: a place the parser misreads
as the verb's adverb ("captured Bakhmut"), a name it calls a place, or one taken back "from"
someone, who is then the target ("recaptured Kherson from Russia"); a person recaptured by armed
hands is arrested, and a party recapturing a chamber is no arrest (events/senses.py
`_place_taken`, events/arguments.py `retaken_from`, cues.yaml occupation_force)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_place_read_as_an_adverb_is_occupied_not_arrested():
    got = _events("KYIV (Reuters) - Russian forces captured Bakhmut after months of fighting.")
    assert ("RUSMIL", "UKR", "192") in got and not any(c == "173" for s, t, c in got), got


def test_ones_own_place_retaken_from_another_targets_the_other():
    got = _events("KYIV (Reuters) - Ukrainian forces recaptured Kherson from Russia.")
    assert ("UKRMIL", "RUS", "192") in got, got


def test_a_named_place_retaken_from_rebels():
    got = _events("KINSHASA (Reuters) - The army recaptured Bunagana from M23 rebels.")
    assert any(s.startswith("COD") and t.startswith("CODREB") and c == "192" for s, t, c in got), got


def test_a_person_recaptured_by_troops_is_arrested():
    got = _events("MEXICO CITY (Reuters) - Mexican marines recaptured Joaquin Guzman in Sinaloa.")
    assert any(s == "MEXMIL" and c == "173" for s, t, c in got), got


def test_a_party_recapturing_a_chamber_or_a_team_a_title_is_no_event():
    assert _events("WASHINGTON (Reuters) - The Democrats recaptured the House from Republicans.") == []
    assert _events("LONDON (Reuters) - Liverpool recaptured the lead from Arsenal.") == []
    assert _events("LONDON (Reuters) - Manchester City captured the Premier League title on Sunday.") == []
