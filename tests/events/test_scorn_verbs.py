"""Verbs of scorn said of an actor or its act are criticism (111): "scoffed at the British
proposal", "sneered at the Pakistani offer"; said of a thing no actor owns they code nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Paris scoffed at the British proposal.", "FRAGOV", "GBR"),
    ("The Indian minister sneered at the Pakistani offer.", "INDGOV", "PAK"),
    ("Beijing scoffed at Washington's claims.", "CHNGOV", "USA"),
])
def test_scorn_is_criticism(story, text, src, tgt):
    assert (src, tgt, "111") in [e[:3] for e in story(text)]


@pytest.mark.parametrize("text", [
    "Investors scoffed at the company's forecast.",
    "Critics sneered at the film.",
])
def test_scorn_of_no_actor_codes_nothing(story, text):
    assert story(text) == []
