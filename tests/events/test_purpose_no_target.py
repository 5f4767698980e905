"""The purpose clause of a pledge or of an act of force ("promised a rally to show support for X",
"shelled the town to punish X's supporters") is another act with its own object: the main act
finds no target inside it when its own arguments name none."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_promise_takes_no_target_from_its_purpose():
    got = _events("Kenyan teachers promised a peaceful march to show support for the striking nurses.")
    assert not any(e[1] == "KENHLH" and e[3] == "asserted" for e in got), got


def test_a_gathering_promised_is_no_threat_to_whom_it_supports():
    got = _events("The Indian government promised a rally to show support for the Pakistani people.")
    assert not any(e[1] == "PAKCVL" and e[3] == "asserted" for e in got), got


def test_the_purpose_keeps_its_own_act():
    got = _events("The Indian government promised a rally to show support for the Pakistani people.")
    assert any(e[:3] == ("INDGOV", "PAKCVL", "051") for e in got), got


def test_a_named_recipient_stays():
    got = _events("The Indian government promised Nepal new loans to rebuild its roads.")
    assert any(e[0] == "INDGOV" and e[1] == "NPL" and e[2].startswith("03") for e in got), got


def test_force_takes_no_target_from_its_purpose():
    got = _events("Troops shelled the town to punish supporters of the Syrian government.")
    assert not any(e[1] == "SYRGOV" and e[2].startswith("19") for e in got), got
