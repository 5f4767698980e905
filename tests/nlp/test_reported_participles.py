"""A past verb with an object read as a participle on a subject of a later "said" is the clause
said (nlp/pipeline.py `reported_participles`)."""

from __future__ import annotations

from detente.engine import code_records
from detente.nlp import load


def test_the_verb_said_is_the_reported_clause():
    doc = load()("GAZA (Reuters) - Israeli air strikes killed at least 20 Palestinians, officials said.")
    killed = next(t for t in doc if t.text == "killed")
    strikes = next(t for t in doc if t.text == "strikes")
    assert (killed.dep_, killed.head.text) == ("ccomp", "said")
    assert (strikes.dep_, strikes.head.text) == ("nsubj", "killed")


def test_a_reduced_relative_without_an_object_stays_one():
    doc = load()("Two Canadians detained in China were released, officials said.")
    detained = next(t for t in doc if t.text == "detained")
    assert detained.dep_ == "acl"


def test_the_reported_killing_is_coded():
    (rec,) = code_records([{"id": "1", "text": "GAZA (Reuters) - Israeli air strikes killed at least 20 Palestinians, officials said.",
                            "date": "2021-05-11"}])
    assert any(e["source"] == "ISR" and e["cameo"][:2] == "19" and e["target"] == "PSECVL" for e in rec["events"]), rec["events"]
