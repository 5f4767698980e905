"""A capitalised plural event noun that opens a sentence after a dateline, tagged a name by the
model, is mended to the common noun (pipeline.opening_nouns)."""

from __future__ import annotations

import pytest

from detente.nlp import load


@pytest.mark.parametrize("text, word, lemma", [
    ("KIEV (Reuters) - Talks between Russia and Ukraine resumed on Friday.", "Talks", "talk"),
    ("CAIRO (Reuters) - Negotiations between Israel and Hamas stalled on Tuesday.", "Negotiations", "negotiation"),
])
def test_an_opening_event_plural_is_a_common_noun(text, word, lemma):
    tok = next(t for t in load()(text) if t.text == word)
    assert (tok.pos_, tok.tag_, tok.lemma_) == ("NOUN", "NNS", lemma)


def test_a_plural_name_stays_a_name():
    doc = load()("LONDON (Reuters) - Peace Talks Inc said on Friday it would expand.")
    assert next(t for t in doc if t.text == "Talks").pos_ == "PROPN"
