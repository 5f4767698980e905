"""A tensed verb the parser hangs on a gerund is the main clause's conjunct, done by its subject."""

from __future__ import annotations

import pytest

PHRASES = {"Erdogan": "TURGOV", "the United States": "USA", "Washington": "USA",
           "The opposition party": "KOROPP", "the government": "KORGOV", "the president": "KORGOV"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erdogan accused the United States of supporting terrorists and denounced Washington's sanctions threat.",
         ("TURGOV", "USA", "111", "asserted")),
        ("The opposition party accused the government of mishandling the economy and blasted the president's "
         "foreign policy.", ("KOROPP", "KORGOV", "111", "asserted")),
    ],
)
def test_a_tensed_conjunct_of_an_alleged_gerund_is_the_accusers_own_act(code, text, expected):
    assert expected in code(text, PHRASES)


def test_a_gerund_conjunct_stays_alleged(code):
    # "accused X of killing and wounding": both alleged, both X's
    got = code("The opposition party accused the government of attacking and detaining the president.", PHRASES)
    assert all(e[3] != "asserted" for e in got if e[2][:2] in ("17", "18", "19"))
