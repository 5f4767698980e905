"""Feelings of disapproval caused by another ("Washington was disappointed by China's decision",
"Paris was irritated by London's remarks"): the one disappointed disapproves of who caused it, as
with "angered"; with no "by" agent the participle stays its adjective ("Berlin is disappointed with
Warsaw": Berlin's disapproval of Warsaw)."""

from __future__ import annotations

import pytest

PHRASES = {"The State Department": "USAGOV", "China": "CHN", "Paris": "FRA", "London": "GBR",
           "Berlin": "DEU", "Warsaw": "POL", "Washington": "USA", "Tokyo": "JPN", "Seoul": "KOR"}


@pytest.mark.parametrize(
    "text, want",
    [
        ("The State Department said it was disappointed by China's decision.", ("USAGOV", "CHN", "110", "asserted")),
        ("China's decision disappointed Washington.", ("USA", "CHN", "110", "asserted")),
        ("Paris was irritated by London's remarks.", ("FRA", "GBR", "110", "asserted")),
        ("Berlin is disappointed with Warsaw.", ("DEU", "POL", "111", "asserted")),
        ("Tokyo is annoyed at Seoul.", ("JPN", "KOR", "111", "asserted")),
    ],
)
def test_the_one_disappointed_disapproves_of_who_caused_it(code, text, want):
    got = code(text, PHRASES)
    assert want in got
    assert all((e[1], e[0]) != want[:2] for e in got)  # never the other way round


def test_disappointed_investors_name_no_actor(code):
    assert code("The results disappointed investors.", PHRASES) == []


def test_a_feeling_after_an_adverb_is_still_a_passive_of_its_by_phrase(story):
    # the parser reads "was deeply disappointed by" as "be" + adjective: the "by" phrase still causes it
    for text, want in (("Japan was deeply disappointed by South Korea's ruling.", ("JPN", "KOR", "110", "asserted")),
                       ("Britain was deeply angered by Russia's expulsion of its diplomats.", ("GBR", "RUS", "110", "asserted"))):
        got = story(text, date="2024-07-22")
        assert want in got, text
        assert all((e[1], e[0]) != want[:2] for e in got), text  # never the other way round
