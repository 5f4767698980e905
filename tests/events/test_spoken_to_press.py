"""A clause of speaking to the press before an act says where the act was told, not that it was an
answer to the press: "Speaking to reporters, the Iranian foreign minister condemned the U.S.
sanctions" condemns the US (111); "said no to reporters", "responded angrily to questions from
reporters" still answer the press and code nothing (events/senses.py `_answers_press`)."""

from __future__ import annotations


def test_act_told_to_the_press_stands(story):
    assert ("IRNGOV", "USA", "111", "asserted") in story(
        "Speaking to reporters, the Iranian foreign minister criticized the United States.")
    assert ("IRNGOV", "USA", "112", "asserted") in story(
        "Speaking to reporters in Tehran, the Iranian foreign minister accused the United States of lying.")


def test_answer_to_the_press_is_no_act(story):
    assert story("The minister responded angrily to questions from reporters.") == []
