"""A clause that ends its sentence after "since", "after", "before" or "until", which the model
read as the conjunction's object with the clause's past verb an adjective on the word after it
("Relations have been frozen since Russia annexed Crimea"), is parsed again (nlp/pipeline.py
`trailing_clauses`): its verb has its subject and object, an adjunct of the main verb."""

from __future__ import annotations


def test_the_trailing_clause_has_its_subject_and_object(nlp):
    doc = nlp("Relations have been frozen since Russia annexed Crimea.")
    verb = next(t for t in doc if t.text == "annexed")
    assert verb.dep_ == "advcl" and verb.head.text == "frozen", [(t.text, t.dep_, t.head.text) for t in doc]
    assert {c.text: c.dep_ for c in verb.children}.get("Russia") == "nsubj"
    assert {c.text: c.dep_ for c in verb.children}.get("Crimea") == "dobj"
    assert next(t for t in doc if t.text == "since").dep_ == "mark"


def test_a_prepositional_since_stays_a_preposition(nlp):
    doc = nlp("Relations have been frozen since the annexation of Crimea.")
    assert next(t for t in doc if t.text == "since").dep_ == "prep"

