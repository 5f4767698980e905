"""A quoted present-tense verb the model tags as a plural noun while parsing it as a verb with
a subject and a direct object (said it "categorically rejects" Turkey's statements) is read as
the verb it is (nlp/pipeline.py `plural_verbs`)."""

from __future__ import annotations


def test_a_quoted_verb_read_as_a_plural_noun_still_codes(story):
    assert ("EGYGOV", "TUR", "120", "asserted") in story(
        "Egypt's foreign ministry said it \"categorically rejects\" Turkey's statements about the Egyptian army.")
    assert ("RUSGOV", "GBR", "016", "asserted") in story(
        "The statement said Moscow \"rejects\" the accusations by London.")


def test_plural_nouns_stay_nouns(nlp):
    doc = nlp("The talks focus on trade, officials said. Her remarks drew praise from Washington.")
    for word in ("talks", "remarks", "officials"):
        tok = next(t for t in doc if t.text == word)
        assert tok.tag_ == "NNS", (word, tok.tag_)
