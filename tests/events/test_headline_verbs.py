"""A headline or lede that opens "<Name> <verb>s ..." which the small model parses as a compound
noun ("Biden slams Trump over tariffs") is parsed again with the verb read as a verb; a name
before a plural noun ("Putin loyalists", "Trump Tower") is left as it was."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Merkel slams Turkey over offensive", ("DEUGOV", "TUR", "111", "asserted")),
    ("Merkel lambasts Turkey over offensive", ("DEUGOV", "TUR", "111", "asserted")),  # read as a noun: lemmas.tsv
    ("Trump vows to punish Turkey", ("USAGOV", "TUR", "030", "asserted")),
    ("Trump Threatens China With New Tariffs", ("USAGOV", "CHN", "130", "asserted")),
    ("Pelosi slams Trump over Syria withdrawal", ("USALEG", "USAGOV", "111", "asserted")),
    ("Trump blasts Democrats over impeachment", ("USAGOV", "USAPTYDEM", "111", "asserted")),  # "trump", also a noun
])
def test_a_name_and_its_verb_open_a_headline(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "Trump Tower was evacuated on Monday.",
    "Putin loyalists attacked the opposition office.",
    "Putin critics arrested in Moscow",
    "Iran protests spread to Tehran",
    "Iran Protests Continue Despite Crackdown",  # title case: the plural noun's own verb
    "Hong Kong Protests Turn Violent",
    "Ukraine Talks Resume In Istanbul",  # an act's noun as often as its verb: left a noun
    "Gaza Strikes Kill 20 People",
    "The Ghana Trades Union Congress called on the government to raise the minimum wage.",
])
def test_a_name_before_a_plural_noun_is_left_alone(story, text):
    from detente.nlp.pipeline import load

    plain = load()(text, disable=["detente_headline_verbs"])
    assert [(t.tag_, t.dep_, t.head.i) for t in load()(text)] == [(t.tag_, t.dep_, t.head.i) for t in plain]


def test_a_users_verb_dictionary_widens_the_verbs_parsed_again(tmp_path):
    """"woo" is no verb of the built-in lexicon: only a pipeline given a user's dictionary that
    codes it parses "Merkel woos Turkey" again, with the verb read as a verb."""
    from detente.nlp.pipeline import load

    verbs = tmp_path / "woo.verbs.txt"
    verbs.write_text("--- WOO [042] ---\nWOO {WOOS WOOED}\n")
    text = "Merkel woos Turkey over trade"
    plain = [(t.tag_, t.dep_) for t in load()(text)]
    widened = [(t.tag_, t.dep_) for t in load(verbs_files=(str(verbs),))(text)]
    assert plain[1] != ("VBZ", "ROOT")
    assert widened[:3] == [("NNP", "nsubj"), ("VBZ", "ROOT"), ("NNP", "dobj")]
