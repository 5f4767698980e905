"""A capitalised word the small model reads as a modal before a past-tense verb ("May criticised the
EU") is a name: no modal takes a past form (nlp/pipeline.py `modal_names`)."""

from __future__ import annotations

import pytest


def test_may_before_a_past_verb_is_the_person_named_before(story):
    text = ("LONDON (Reuters) - Prime Minister Theresa May met EU leaders in Brussels on Monday.\n"
            "May criticised the European Union for its stance on the Irish border.")
    assert ("GBRGOV", "IGOEUREEC", "111", "asserted") in story(text, date="2018-11-20")


@pytest.mark.parametrize("text", [
    "May I ask a question?",
    "Officials said May would travel to Brussels.",
    "The talks may resume in May.",
    "Britain may have criticised the plan.",
])
def test_a_real_modal_or_a_parsed_name_is_left_alone(text):
    from detente.nlp.pipeline import load

    plain = load()(text, disable=["detente_modal_names"])
    assert [(t.tag_, t.dep_, t.head.i) for t in load()(text)] == [(t.tag_, t.dep_, t.head.i) for t in plain]


def test_the_name_keeps_its_words():
    from detente.nlp.pipeline import load

    doc = load()("May criticised the European Union.")
    assert (doc[0].text, doc[0].tag_, doc[0].dep_, doc[0].lemma_) == ("May", "NNP", "nsubj", "May")
