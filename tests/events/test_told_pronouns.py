"""An unresolved "he" or "she" in a reported clause is its speaker only when the speaker is one
person (events/arguments.py `_speaker`, actors/coref.py `plural_head`); the subject of a verb of
hearing is told the clause and speaks none of it: "Police said he had attacked the woman" is no
attack by the police, "the court heard that he had stabbed her" none by the court."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Police said he had attacked the woman.",
    "LONDON (Reuters) - Prosecutors said he had attacked the woman.",
    "LONDON (Reuters) - The court heard that he had attacked the woman.",
    "LONDON (Reuters) - The jury heard he stabbed the victim.",
])
def test_a_body_or_a_hearer_is_not_the_doer_of_what_he_did(story, text):
    assert not any(e[2][:2] in ("18", "19") and e[0].startswith("GBR") for e in story(text)), text


def test_a_person_speaking_of_himself_is_still_his_doer(story):
    assert ("GBRGOV", "CHN", "036", "future") in story(
        "LONDON (Reuters) - Prime Minister Boris Johnson said he would visit China.")


def test_a_plural_speaker_is_still_they(story):
    assert any(e[0] == "GBRAGR" and e[2].startswith("13") for e in story(
        "LONDON (Reuters) - The farmers said they would block the roads."))


def test_one_of_a_group_named_in_the_singular_is_still_he(story):
    assert any(e[1] == "INDCVL" and e[2] == "174" for e in story(
        "WASHINGTON (Reuters) - An Indian man said he was deported to India."))


@pytest.mark.parametrize("text, phrase, verb, hearer", [
    ("Ukraine said that they had attacked the convoy.", "Ukraine", "attacked", False),
    ("Ukraine heard that they had attacked the convoy.", "Ukraine", "attacked", True),
    ("The army learned that they had shelled the village.", "The army", "shelled", True),
])
def test_the_subject_of_a_verb_of_hearing_is_no_speaker(nlp, lexicon, text, phrase, verb, hearer):
    # `hearing_verbs` (cues.yaml): a pronoun in what was heard or learned is not the hearer
    from detente.events.arguments import pronoun_subject

    from .conftest import resolve

    doc = nlp(text)
    found = pronoun_subject(next(t for t in doc if t.text == verb), next(t for t in doc if t.lower_ == "they"),
                            resolve(doc, {phrase: "UKR"}), lexicon.cues)
    assert (found == []) is hearer, found
