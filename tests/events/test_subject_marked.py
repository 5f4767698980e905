"""`subject_marked`: a clause marked to name a subject of its own, by "that" or by "for" before a
"to"-infinitive; a noun of asking asks it of that subject, an extraposed "it" stands for it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from detente.events.modality import subject_marked


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb, want", [
    ("China renewed its demand that Japan withdraw its ships.", "withdraw", True),
    ("The EU repeated its call for Russia to withdraw its troops.", "withdraw", True),
    ("Russia announced a plan to withdraw its troops.", "withdraw", False),  # no subject of its own
    ("Russia withdrew its troops because Ukraine attacked.", "attacked", False),
])
def test_that_or_for_with_an_infinitive_marks_a_subject_clause(nlp, text, verb, want):
    assert subject_marked(_verb(nlp(text), verb)) is want


def test_for_without_an_infinitive_marks_none(nlp):
    # "for" as a finite clause's conjunction ("..., for Japan withdrew"): no "to"-infinitive
    words = ["They", "waited", ",", "for", "Japan", "withdrew"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 5, 5, 1], deps=["nsubj", "ROOT", "punct", "mark", "nsubj", "advcl"])
    assert not subject_marked(doc[5])
