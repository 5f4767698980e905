"""Force on a place that is no actor hits who is in it, as a "where" clause on the place tells:
"attacked the caves where Al Qaeda members were hiding" is force on Al Qaeda."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"}


def test_attacks_on_a_hideout_hit_those_hiding_there():
    got = _events("Kenyan troops launched heavy attacks on the compound where Al Shabaab fighters had been sheltering.")
    assert ("KENMIL", "SOMREBSHB", "19") in got, got


def test_fired_at_a_house_where_gunmen_hid():
    got = _events("Israeli troops fired at a farmhouse where Hamas gunmen were hiding.")
    assert ("ISRMIL", "PSEREBHMS", "19") in got, got


def test_no_where_clause_no_occupant():
    got = _events("Israeli troops fired at an empty farmhouse.")
    assert not any(e[1] == "PSEREBHMS" for e in got), got


def test_a_where_clause_of_another_happening_names_no_occupant():
    # the clause tells what else happened there (born, met), not who was in the place when it was hit
    got = _events("Israeli jets bombed the hotel where Egyptian mediators had met Hamas officials.")
    assert not any(e[1] and e[1].startswith("EGY") for e in got), got


def test_those_meeting_there_when_it_was_hit_are_struck():
    got = _events("Israeli jets bombed the building where Hamas leaders were meeting.")
    assert any(e[0].startswith("ISR") and e[1] == "PSEREBHMS" for e in got), got
