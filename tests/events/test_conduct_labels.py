"""A reported clause that tells how its subject behaved (cues.yaml `conduct_verbs`) judges it by
the adverb's adjective ("had behaved irresponsibly": 111) or by what it behaved like ("was acting
like a bully": 112), as the attribute of "be" does (events/clauses.py `_label`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("MOSCOW (Reuters) - Lavrov said Washington had behaved irresponsibly.", ("RUS", "USA", "111")),
    ("WASHINGTON (Reuters) - Pompeo said Iran was acting illegally in the Strait of Hormuz.", ("USA", "IRN", "111")),
    ("BEIJING (Reuters) - China said the U.S. warship had acted provocatively.", ("CHN", "USA", "111")),
    ("WASHINGTON (Reuters) - Pompeo said Iran was behaving like a criminal regime.", ("USA", "IRN", "112")),
    ("MOSCOW (Reuters) - Lavrov said Washington was acting like a bully.", ("RUS", "USA", "112")),
])
def test_conduct_named_by_a_label_judges_its_doer(story, text, want):
    assert any((e[0][:3], e[1][:3], e[2], e[3]) == (*want, "asserted") for e in story(text) if e[0] and e[1]), text


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - The governor said the police had acted quickly.",
    "WASHINGTON (Reuters) - The governor said the police had not acted illegally.",
    "LONDON (Reuters) - The minister said the troops acted lawfully.",
])
def test_other_conduct_judges_no_one(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text
