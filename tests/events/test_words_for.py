"""Judgement told by idiom: "had harsh words for X" is criticism (111), "had warm words for X"
praise (051); "singled out X for criticism" criticism, "for praise" praise."""

from __future__ import annotations

import pytest

PHRASES = {"Trump": "USAGOV", "Germany": "DEU", "Xi": "CHNGOV", "Putin": "RUSGOV", "Biden": "USAELI",
           "China": "CHN", "Japan": "JPN", "the UN": "IGOUNO", "The minister": "GBRGOV", "the ambassador": "FRAGOV"}


@pytest.mark.parametrize(
    "text, want",
    [
        ("Trump had harsh words for Germany.", ("USAGOV", "DEU", "111", "asserted")),
        ("Xi had warm words for Putin.", ("CHNGOV", "RUSGOV", "051", "asserted")),
        ("Biden singled out China for criticism.", ("USAELI", "CHN", "111", "asserted")),
        ("Japan was singled out for praise by the UN.", ("IGOUNO", "JPN", "051", "asserted")),
    ],
)
def test_judgement_by_idiom(code, text, want):
    assert want in code(text, PHRASES)


def test_bare_words_had_are_no_judgement(code):
    assert code("The minister had words with the ambassador.", PHRASES) == []
