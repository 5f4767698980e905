"""A retort aimed at words ("hit back at Pompeo's remarks", "fired back at Macron's comments") is
words (111) when no side is armed, as one told with what was said is; one aimed at an attack, or
by armed actors at an armed side, stays force or nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The Chinese foreign ministry spokesman hit back at Pompeo's remarks.", ("CHNGOV", "USAGOV")),
    ("Tehran hit back at the criticism from Paris.", ("IRNGOV", "FRA")),
    ("Erdogan fired back at Macron's comments on NATO.", ("TURGOV", "FRAGOV")),
    # words it answers, named by "over" or "for"
    ("Moscow hit back at London over its remarks.", ("RUSGOV", "GBR")),
    ("Beijing fired back at Washington over the trade report.", ("CHNGOV", "USA")),
])
def test_retort_at_words_is_criticism(story, text, want):
    assert (*want, "111", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Russia hit back at Ukraine's attack on the bridge.",
    "Israeli forces hit back at Hamas after the rocket fire.",
    "Israel hit back at Hamas over the rocket fire.",
])
def test_retort_at_deeds_is_no_criticism(story, text):
    assert not any(e[2].startswith("11") for e in story(text)), text
