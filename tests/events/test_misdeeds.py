"""A reported clause that tells its subject did a misdeed CAMEO has no code for accuses it (112)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-07-22"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_reported_misdeed_is_an_accusation_of_its_doer():
    assert ("PSEREBHMS", "ISRGOV", "112", "asserted") in _events("Hamas said Netanyahu was sabotaging the negotiations.")
    assert ("CHN", "USA", "112", "asserted") in _events("China said the United States was meddling in its internal affairs.")
    assert ("ISROPP", "ISRGOV", "112", "asserted") in _events("Yair Lapid said Netanyahu had betrayed the hostages.")


def test_a_denied_or_only_possible_misdeed_accuses_no_one():
    assert not any(e[2] == "112" for e in _events("Yair Lapid said Netanyahu had not betrayed the hostages."))
    assert not any(e[2] == "112" for e in _events("Yair Lapid said the bill would undermine trust in the courts."))


def test_a_reported_misdeed_told_by_verb_and_object_is_an_accusation():
    assert ("CHN", "USA", "112", "asserted") in _events("China said the United States had violated international law.")
    assert ("IRN", "GBR", "112", "asserted") in _events("Iran said Britain had breached the nuclear agreement.")
    assert ("NGOAMN", "MMRMIL", "112", "asserted") in _events(
        "Amnesty International said Myanmar's military had committed atrocities against the Rohingya.")


def test_a_denied_undecided_or_own_misdeed_accuses_no_one():
    for text in ("The ministry said Israeli forces had not committed war crimes.",
                 "The court said it would decide whether the president had abused his power.",
                 "Germany said it had violated no law."):
        assert not any(e[2] == "112" for e in _events(text)), text


def test_a_truce_said_broken_accuses_who_broke_it():
    assert ("UKR", "RUS", "112", "asserted") in _events("Ukraine said Russia had violated the ceasefire.")
    assert ("ISR", "PSEREBHMS", "112", "asserted") in _events("Israel said Hamas had breached the truce by firing rockets.")
    assert not any(e[2] == "112" for e in _events("Ukraine said Russia had not violated the ceasefire."))


def test_a_misdeed_said_attempted_accuses_as_the_deed():
    assert ("CHN", "USA", "112", "asserted") in _events("China said the United States was trying to smear it.")
    assert ("VEN", "COL", "112", "asserted") in _events("Venezuela said Colombia had incited the violence.")
    for text in ("Russia said the US was not trying to sabotage the talks.",
                 "China said the United States was trying to improve relations."):
        assert not any(e[2] == "112" for e in _events(text)), text
