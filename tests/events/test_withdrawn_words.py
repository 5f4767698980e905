"""A filing, a request, a proposal or a forecast withdrawn is business or words (patterns.tsv
withdraw "---"), no military withdrawal (087): "Boeing withdrew its forecast", "the Pentagon
withdrew its request for funding". Troops withdrawn stay a de-escalation."""

from __future__ import annotations


def test_withdrawn_words_are_no_retreat(story):
    assert not any(e[2].startswith("087") for e in story("The Pentagon withdrew its request for funding from Congress."))
    assert not any(e[2].startswith("087") for e in story("Russia withdrew its proposal at the UN Security Council."))


def test_troops_withdrawn_stay(story):
    assert any(e[2].startswith("087") for e in story("Russia withdrew its troops from Kherson."))
