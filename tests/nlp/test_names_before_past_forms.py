"""A name before a past form that the model read as an adjective on the name after it ("Trump
praised Erdogan" as a noun phrase headed by "Erdogan") is parsed again with a plain surname in its
place (nlp/pipeline.py `modal_names`): the name is the verb's subject, and the verb gets its lemma."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name, verb, lemma",
    [
        ("Trump praised Erdogan.", "Trump", "praised", "praise"),
        ("President Trump pressured Ukraine.", "Trump", "pressured", "pressure"),
        ("Trump blasted Pelosi.", "Trump", "blasted", "blast"),
        ("Trump called Xi on Friday.", "Trump", "called", "call"),
    ],
)
def test_the_name_is_the_subject_of_the_past_form(nlp, text, name, verb, lemma):
    doc = nlp(text)
    subj = next(t for t in doc if t.text == name)
    assert subj.dep_ == "nsubj" and subj.head.text == verb, [(t.text, t.dep_, t.head.text) for t in doc]
    assert subj.head.lemma_ == lemma


def test_a_past_form_modifying_a_name_stays_a_modifier(nlp):
    doc = nlp("Russian-backed separatists shelled Mariupol.")
    assert next(t for t in doc if t.text == "shelled").dep_ == "ROOT"


def test_a_name_hung_on_a_past_form_as_its_auxiliary_is_its_subject(nlp):
    """After a dateline the model keeps "May" a name but hangs it on the verb as an auxiliary,
    which no past form takes: the clause is read as asserted, with May as the doer."""
    doc = nlp("LONDON (Reuters) - May criticised the EU on Tuesday.")
    may = next(t for t in doc if t.text == "May")
    assert may.dep_ == "nsubj" and may.head.text == "criticised", [(t.text, t.dep_, t.head.text) for t in doc]
