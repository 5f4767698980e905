"""A gerund after a preposition that the parser hangs on the holding-back verb's adverb ("did not
shy away from criticising", "stopped short of condemning") has that verb's subject as its doer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Washington did not shy away from criticising Beijing.", ("USAGOV", "CHN", "111", "asserted")),
    ("Britain did not shy away from condemning Iran's nuclear programme.", ("GBR", "IRN", "111", "asserted")),
    ("France shied away from condemning Algeria.", ("FRA", "DZA", "111", "negated")),
])
def test_the_doer_of_a_gerund_after_an_adverb_is_the_verbs_subject(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "The minister did not shy away from the question.",
    "The team did not shy away from the challenge of playing Brazil.",
])
def test_no_act_no_event(story, text):
    assert story(text) == []
