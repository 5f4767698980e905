"""A lower-case word after "to" that the model tagged a name but parsed as a verb with a direct
object is a base-form verb (pipeline.infinitive_verbs): "voted to impeach Trump"."""

from __future__ import annotations

from detente.engine import code_records
from detente.nlp import load


def test_an_infinitive_read_as_a_name_is_a_verb():
    tok = next(t for t in load()("The House voted to impeach Trump.") if t.text == "impeach")
    assert (tok.pos_, tok.tag_) == ("VERB", "VB")


def test_a_noun_after_to_stays_a_noun():
    doc = load()("The talks moved to Geneva last week.")
    assert next(t for t in doc if t.text == "Geneva").pos_ == "PROPN"
    doc = load()("He turned to diplomacy after the war.")
    assert next(t for t in doc if t.text == "diplomacy").pos_ == "NOUN"


def test_the_vote_to_impeach_is_coded():
    (rec,) = code_records([{"id": "1", "text": "WASHINGTON (Reuters) - The House voted to impeach Trump.", "date": "2019-12-18"}])
    assert ("USALEG", "USAGOV", "1121", "asserted") in [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]
