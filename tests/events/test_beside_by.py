"""A "by" phrase headed by a place noun ("by the Lebanese border", "by the roadside", "by the side
of the road", "by the gate of the embassy") says where, never who; "by Lebanese forces" and "by
the Russian side" stay the doers."""

from __future__ import annotations

import shutil

import pytest

from detente.events import Lexicon, code_events
from detente.events.lexicon import DATA_DIR

from .conftest import resolve


@pytest.mark.parametrize("text, place", [
    ("Hezbollah has been blamed for the killing of an Israeli soldier by the Lebanese border.", "LBN"),
    ("A Pakistani soldier was shot dead by the Afghan border on Sunday.", "AFG"),
    ("A Syrian journalist was arrested by the gate of the Turkish embassy.", "TUR"),
    ("An Indian soldier was killed by the side of the Pakistani border.", "PAK"),
])
def test_a_place_beside_is_no_doer(story, text, place):
    assert not any(s == place for s, *_ in story(text))


@pytest.mark.parametrize("text, want", [
    ("An Israeli soldier was killed by Lebanese forces.", ("LBNMIL", "ISRMIL", "190", "asserted")),  # fighters killed by a state: force (cues war_kills)
    ("Protesters were arrested by Iranian police.", ("IRNCOP", "IRNOPP", "173", "asserted")),
    ("A Ukrainian soldier was killed by the Russian side.", ("RUS", "UKRMIL", "190", "asserted")),
    ("The Kenyan government was criticised by the World Bank.", ("IGOWBK", "KENGOV", "111", "asserted")),
    ("Protesters were met by a wall of Iranian riot police.", ("IRNCOP", "IRNOPP", "040", "asserted")),
])
def test_a_doer_after_by_stays(story, text, want):
    assert want in story(text)


def test_the_loaded_lexicons_cues_decide(nlp, tmp_path):
    """The place nouns are the cues of the lexicon the coder is given, not the built-in ones: a
    user's data folder without "border" reads "by the Lebanese border" as a doer."""
    folder = tmp_path / "lex"
    shutil.copytree(DATA_DIR, folder)
    cues = folder / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    assert 'beside_nouns: ["border", ' in text
    cues.write_text(text.replace('beside_nouns: ["border", ', 'beside_nouns: ['), encoding="utf-8")
    sentence = "An Israeli soldier was killed by the Lebanese border."
    doc = nlp(sentence)
    phrases = {"Israeli soldier": "ISRMIL", "Lebanese": "LBN"}

    def sources(lexicon):
        return {e.source for e in code_events(doc, resolve(doc, phrases), lexicon=lexicon)}

    assert "LBN" not in sources(Lexicon.load())
    assert "LBN" in sources(Lexicon.load(data_dir=folder))
