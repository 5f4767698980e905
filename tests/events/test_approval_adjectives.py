"""Adjectives of approval and outlook aimed at whom their phrase names: the mirror of "angry with"."""

from __future__ import annotations

import pytest

PHRASES = {"Macron": "FRAGOV", "Britain": "GBR", "Lavrov": "RUSGOV", "the United States": "USA",
           "Japan": "JPN", "South Korea": "KOR", "Scholz": "DEUGOV"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Macron was optimistic about a deal with Britain.", ("FRAGOV", "GBR", "013")),
        ("Lavrov was pessimistic about talks with the United States.", ("RUSGOV", "USA", "012")),
        ("Japan is pleased with South Korea's response.", ("JPN", "KOR", "051")),
        ("Scholz was grateful to Japan for its help.", ("DEUGOV", "JPN", "051")),
    ],
)
def test_an_adjective_of_approval_or_outlook_is_aimed_at_its_phrase(code, text, expected):
    assert expected in [e[:3] for e in code(text, PHRASES)]


def test_thanks_to_ones_own_people_is_no_event(code):
    assert code("Scholz was grateful to his wife.", PHRASES) == []
