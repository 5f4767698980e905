"""A past verb the model read as a noun before "and" and a second past verb is a verb
(pipeline.coordinated_verbs): "A gunman shot and killed three people"."""

from __future__ import annotations

import pytest

from detente.engine import code_records
from detente.nlp import load


@pytest.mark.parametrize("text", [
    "A gunman shot and killed three people at a bar on Sunday.",
    "A sniper shot and wounded a soldier.",
])
def test_a_past_verb_read_as_a_noun_before_and_is_a_verb(text):
    tok = next(t for t in load()(text) if t.text == "shot")
    assert (tok.pos_, tok.tag_, tok.lemma_) == ("VERB", "VBD", "shoot")
    assert any(c.dep_ == "nsubj" for c in tok.children)


def test_a_noun_coordinated_with_a_noun_stays_a_noun():
    doc = load()("The shot and the rebound were both missed.")
    assert next(t for t in doc if t.text == "shot").pos_ == "NOUN"


def test_the_shooting_and_the_killing_are_coded():
    (rec,) = code_records([{"id": "1", "text": "HOUSTON (AP) - A gunman shot and killed three people at a bar on Sunday."}])
    coded = {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"]}
    assert ("USAUAF", "USACVL", "18") in coded
