"""A pro-verb after a clause repeats its act for another doer: "The EU criticised Poland, as did
Germany", "and so did the United States" (events/arguments.py `echoed_doers`)."""

from __future__ import annotations

import pytest

PHRASES = {"The EU": "IGOEUREEC", "the EU": "IGOEUREEC", "Poland": "POL", "Germany": "DEU", "France": "FRA", "Turkey": "TUR",
           "China": "CHN", "Lithuania": "LTU", "Russia": "RUS", "Ukraine": "UKR", "Britain": "GBR",
           "the United States": "USA", "Hungary": "HUN"}


@pytest.mark.parametrize(
    "text, want",
    [
        ("The EU criticised Poland, as did Germany.", [("IGOEUREEC", "POL"), ("DEU", "POL")]),
        ("France has criticised Turkey, as has Germany.", [("FRA", "TUR"), ("DEU", "TUR")]),
        ("The EU criticised Poland, as did Germany and France.", [("DEU", "POL"), ("FRA", "POL")]),
        ("Britain criticised China, and so did the United States.", [("GBR", "CHN"), ("USA", "CHN")]),
    ],
)
def test_the_echoed_subject_does_the_act_too(code, text, want):
    got = {(e[0], e[1]) for e in code(text, PHRASES) if e[2] == "111"}
    assert set(want) <= got


def test_an_echo_keeps_the_act_code(code):
    got = code("China imposed sanctions on Lithuania, as did Russia.", PHRASES)
    assert ("RUS", "LTU", "163", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine, as it did in 2014.",  # the same doer again, another time
        "Poland was criticised by the EU, as was Hungary.",  # a passive's echo is another one acted on
    ],
)
def test_no_echo_without_a_new_doer_after_its_pro_verb(code, text):
    got = code(text, PHRASES)
    assert all(e[0] in ("RUS", "IGOEUREEC") for e in got), got


@pytest.mark.parametrize(
    "text, rebuttal, rebutted",
    [
        ("China will angrily dismiss any criticism, as it has that from Britain.",
         ("CHN", "GBR", "120", "asserted"), ("GBR", "CHN", "111", "asserted")),
        ("Russia rejected the criticism, as it did that from France.",
         ("RUS", "FRA", "120", "asserted"), ("FRA", "RUS", "111", "asserted")),
    ],
)
def test_a_rebuttal_echoed_on_another_owners_words_is_done(code, text, rebuttal, rebutted):
    # "as it has that from Britain": "that" stands for the criticism, Britain's, which was dismissed
    got = code(text, {"China": "CHN", "Britain": "GBR", "Russia": "RUS", "France": "FRA"})
    assert rebuttal in got
    assert rebutted in got
