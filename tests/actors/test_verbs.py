"""An agent word the tagger reads as a verb ("to press ahead", "to police the border") is no actor."""

from __future__ import annotations

import pytest


def _with(got: dict, word: str) -> list[str]:
    return [code for text, code in got.items() if word in text.lower().split()]


@pytest.mark.parametrize(
    "text, word",
    [
        ("PARIS (Reuters) - The government vowed to press ahead with the pension reform.", "press"),
        ("CAIRO (Reuters) - Egypt agreed to send troops to police the border with Gaza.", "police"),
    ],
)
def test_an_agent_word_used_as_a_verb_is_no_actor(mention_codes, text, word):
    assert _with(mention_codes(text), word) == []


def test_the_same_words_as_nouns_are_still_agents(mention_codes):
    got = mention_codes("PARIS (Reuters) - The press reported that police had detained two men.")
    assert _with(got, "press") == ["FRAMED"]
    assert _with(got, "police") == ["FRACOP"]
