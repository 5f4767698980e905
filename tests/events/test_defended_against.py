"""A defence answers what it is "against": "Russia defended itself against U.S. criticism" tells
the criticism as made, by the United States against Russia (cues.yaml `rebuttal_frames`), as
"rejected U.S. criticism" does; a defence against no one's criticism names no critic."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Russia defended itself against U.S. criticism of its ties with Iraq.", ("USA", "RUS", "111")),
    ("China defended itself against criticism from Japan.", ("JPN", "CHN", "111")),
])
def test_criticism_defended_against_was_made(story, text, want):
    assert (*want, "asserted") in story(text), text


def test_a_defence_against_unowned_criticism_names_no_critic(story):
    assert not any(e[2][:2] == "11" for e in story("Russia defended itself against the criticism."))
