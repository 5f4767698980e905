"""A score in words ("seven-nil", "nil-nil") is a score as "2-0" is, and a goalless or scoreless
game is play (cues.yaml sports_words): acts between countries named with no role there are a
match, no force or criticism. A number in words ("twenty-five") is no score, and a war's words
stay."""

from __future__ import annotations


def test_scores_in_words_are_play(story):
    assert story("Spain hammered Costa Rica seven-nil.") == []
    assert story("Germany and France fought out a goalless draw in Munich.") == []
    assert story("Italy and Austria fought to a scoreless tie in Vienna.") == []


def test_numbers_in_words_are_no_score(story):
    assert any(e[2] == "111" for e in story("Spain hammered Costa Rica over twenty-five new tariffs."))
    assert any(e[2].startswith("19") for e in story("Armenia and Azerbaijan fought along the border."))
