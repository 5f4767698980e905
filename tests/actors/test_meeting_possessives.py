"""An "its"/"their" on a meeting is the state's or organisation's that tells of it or acts at it
("The Taliban said their talks with the US ...", "during its talks with the EU"); where the
possessor is unsaid ("Washington criticised their talks") it is left alone."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_its_talks_told_by_the_state_are_its_own():
    assert ("IRN", "IGOEUREEC", "046", "asserted") in _events("Iran said its talks with the EU had been constructive.")
    assert ("IGOEUREEC", "CHNGOV", "040", "asserted") in _events("The EU said its meeting with Chinese officials was frank.")


def test_its_talks_around_the_clause_act_are_the_subjects():
    assert ("IRN", "IGOEUREEC", "046", "asserted") in _events(
        "Iran raised the sanctions issue during its talks with the European Union.")


def test_their_talks_under_another_subject_are_left_alone():
    got = _events("Washington criticised their talks with Iran.")
    assert not any(c.startswith("04") for _, _, c, _ in got)
