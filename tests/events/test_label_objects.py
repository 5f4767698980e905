"""The object of a verb of naming the parser misplaces: hung on the label as a noun modifier
("called [Trump] a danger", "called [Pompeo's remarks] \"lies\"": `_object_in_label`), read as the
label with the label read as the object ("called Trump a danger to democracy"), glued to a plural
label as its compound ("labelled the opposition terrorists": `_glued_object`), or its last word
read as a verb ("called Prime Minister Narendra Modi a coward": `_misread_name`): the label still
codes the act on the object (events/clauses.py `label_event`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("WASHINGTON (Reuters) - Senator Elizabeth Warren called Trump a danger.", ("USA", "USA", "111")),
    ("WASHINGTON (Reuters) - Senator Elizabeth Warren called Trump a danger to democracy.", ("USA", "USA", "111")),
    ('BEIJING (Reuters) - China\'s foreign ministry called Pompeo\'s remarks "lies and fallacies".', ("CHN", "USA", "111")),
])
def test_a_misplaced_object_of_a_naming_verb_is_labelled(story, text, want):
    assert any((e[0][:3], e[1][:3], e[2], e[3]) == (*want, "asserted") for e in story(text) if e[0] and e[1]), text


def test_a_noun_before_an_adjective_label_is_the_object(story):
    # "branded [Maduro's victory] illegitimate": the parser hangs the object on the adjective
    got = story("WASHINGTON (Reuters) - Pompeo branded Maduro's victory illegitimate.")
    assert any((e[0][:3], e[1][:3], e[2]) == ("USA", "VEN", "111") for e in got if e[0] and e[1])


def test_a_modifier_after_the_labels_determiner_is_the_labels_own(story):
    # "a Washington puppet": Guaido is called one, Washington is not
    got = story("CARACAS (Reuters) - Maduro called Guaido a Washington puppet.")
    assert [e[1][:3] for e in got if e[2][:2] == "11"] == ["VEN"]


@pytest.mark.parametrize("text, want", [
    ("ANKARA (Reuters) - Turkish President Tayyip Erdogan labelled the opposition terrorists.", ("TUR", "TUR", "112")),
    ("ANKARA (Reuters) - Erdogan called the PKK terrorists.", ("TUR", "TUR", "112")),
    # the label read as the verb's only complement, not its object
    ("WASHINGTON (Reuters) - Trump called the Democrats lunatics.", ("USA", "USA", "112")),
])
def test_a_singular_object_glued_to_a_plural_label_is_labelled(story, text, want):
    assert any((e[0][:3], e[1][:3], e[2], e[3]) == (*want, "asserted") for e in story(text) if e[0] and e[1]), text


@pytest.mark.parametrize("text, want", [
    ("NEW DELHI (Reuters) - Congress leader Rahul Gandhi called Prime Minister Narendra Modi a coward.", ("IND", "IND", "112")),
    ("MANILA (Reuters) - Duterte called the United Nations rapporteur an idiot.", ("PHL", "IGO", "112")),
])
def test_an_objects_word_read_as_a_verb_is_still_the_object(story, text, want):
    assert any((e[0][:3], e[1][:3], e[2], e[3]) == (*want, "asserted") for e in story(text) if e[0] and e[1]), text


def test_a_naming_verb_with_a_real_clause_labels_no_one(story):
    assert not any(e[2][:2] == "11" for e in story("WASHINGTON (Reuters) - Trump called reporters to ask them a question."))


def test_a_label_hung_on_the_object_is_read_and_no_call_is_made(code):
    # "called [Washington's move] [a mistake]": the parser hangs the label on the object as a
    # noun adverbial; a move is no one to phone
    got = code("China called Washington's move a mistake.", {"China": "CHN", "Washington": "USA"})
    assert got == [("CHN", "USA", "111", "asserted")]
