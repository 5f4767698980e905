"""A reflexive ("himself", "herself") is the subject of its own clause, never the person a line
before names (coref.py `resolve_reflexives`)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.engine import code_records


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2025, 6, 1), dictionary=d)


def _codes(res, word):
    return {m.code for m in res.mentions if m.text == word}


def test_a_reflexive_is_its_own_clause_subject(run):
    res = run("Colombian President Gustavo Petro met rebel leaders on Monday. "
              "Later a Venezuelan soldier tried to blow himself up at a checkpoint near Cucuta.")
    assert not any(c.startswith("COL") for c in _codes(res, "himself")), _codes(res, "himself")


def test_a_reflexive_of_a_named_subject_is_that_person(run):
    res = run("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago. "
              "Milei said he would defend himself against the charges.")
    assert _codes(res, "himself") <= {"ARGGOV"} and _codes(res, "himself"), _codes(res, "himself")


def test_a_suicide_bombing_is_not_aimed_at_the_leader_named_before():
    (rec,) = code_records([{"id": "1", "date": "2024-06-03", "text":
        "Israeli Prime Minister Benjamin Netanyahu vowed to press on with the offensive. "
        "On Sunday a Palestinian suicide bomber blew himself up at a bus stop in Tel Aviv, wounding five people."}])
    assert not any(e["target"] == "ISRGOV" for e in rec["events"]), rec["events"]
