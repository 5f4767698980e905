"""Praise of an act, a meeting or a decision told through what someone said of it (051)."""

from __future__ import annotations

import pytest

PHRASES = {"China": "CHN", "Macron": "FRAGOV", "Erdogan": "TURGOV", "Greece": "GRC", "Zelensky": "UKRGOV",
           "Germany": "DEU", "The White House": "USAGOV", "Mexico": "MEX", "Netanyahu": "ISRGOV", "the UAE": "ARE",
           "Russia": "RUS", "Western officials": "USAGOV", "Biden": "USAGOV", "Putin": "RUSGOV", "Scholz": "DEUGOV"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reported clause that praises an act praises its doer ...
        ("China said Macron's visit was a success.", ("CHN", "FRAGOV", "051")),
        # ... or, for a joint act with no owner, the speaker's partner in it
        ("The White House said the summit with Mexico was a great success.", ("USAGOV", "MEX", "051")),
        ("Netanyahu said the agreement with the UAE was historic.", ("ISRGOV", "ARE", "051")),
        # a verb of naming that praises its object
        ("Erdogan described the agreement with Greece as historic.", ("TURGOV", "GRC", "051")),
        ("Zelensky called Germany's decision a historic step.", ("UKRGOV", "DEU", "051")),
    ],
)
def test_an_act_praised_in_words_is_praise_of_its_doer(code, text, expected):
    assert expected in [e[:3] for e in code(text, PHRASES)]


@pytest.mark.parametrize(
    "text",
    [
        "Western officials said Russia's offensive had been successful.",  # a hostile act: how it went
        "Biden said the match with Mexico was a great success.",  # a game
        "China said Macron's visit would be a success if he came.",  # a condition
        "Putin said Russia's relations with Germany were excellent.",  # his own country's ties
        "Scholz described his daughter as brave.",  # kin: private
        "Biden said the weather was excellent.",  # no actor
    ],
)
def test_no_praise_of_hostile_acts_games_kin_or_conditions(code, text):
    assert all(e[2] != "051" for e in code(text, PHRASES))
