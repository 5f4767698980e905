"""A subject the model hung on an auxiliary is the subject of the verb it serves (nlp/pipeline.py
`auxiliary_subjects`)."""

from __future__ import annotations

from detente.engine import code_records
from detente.nlp import load


def test_a_subject_on_an_auxiliary_moves_to_its_verb():
    doc = load()("JERUSALEM (Reuters) - Egypt has been mediating between Israel and Hamas.")
    egypt = next(t for t in doc if t.text == "Egypt")
    assert (egypt.dep_, egypt.head.text) == ("nsubj", "mediating")


def test_a_verb_with_a_subject_of_its_own_keeps_it():
    doc = load()("Russia has been shelling Kharkiv for weeks.")
    russia = next(t for t in doc if t.text == "Russia")
    assert russia.head.text == "shelling"
    assert not [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("aux", "auxpass")]


def test_the_mediation_after_a_dateline_is_coded():
    (rec,) = code_records([{"id": "1", "text": "JERUSALEM (Reuters) - Egypt has been mediating between Israel and Hamas.",
                            "date": "2023-05-02"}])
    assert {(e["source"], e["cameo"][:2], e["target"]) for e in rec["events"]} >= {("EGY", "04", "ISR")}, rec["events"]
