"""Coordinated actors: each conjunct of a coordinated phrase is an actor of its own."""

from __future__ import annotations

import pytest

PHRASES = {"The foreign ministers of Egypt": "EGYGOV", "Jordan": "JOR",
           "The defence ministers of Poland": "POLGOV", "Lithuania": "LTU", "Russian military": "RUSMIL",
           "The leaders of Kenya": "KENGOV", "Uganda": "UGA"}


@pytest.mark.parametrize(
    "text, source, target, cameo",
    [
        ("The defence ministers of Poland and Lithuania condemned the Russian military drills near their borders.",
         "LTU", "RUSMIL", "111"),
        ("The leaders of Kenya and Uganda signed a pipeline agreement in Kampala on Friday.", "UGA", "KENGOV", "057"),
        ("The foreign ministers of Egypt and Jordan discussed the crisis in Gaza by telephone.", "JOR", "EGYGOV", "040"),
    ],
)
def test_the_second_country_of_an_of_phrase_is_a_source_too(code, text, source, target, cameo):
    # "the ministers of X and Y": the actors stage's mention spans "ministers of X" and the parser
    # hangs Y off X inside it; Y acts as much as X does
    got = code(text, PHRASES)
    assert any(s == source and t == target and c.startswith(cameo[:2]) for s, t, c, _ in got), got
