"""A passive's "by" phrases joined by "and" all name its doers (events/roles.py `by_agents`):
"condemned by France and by Germany" is condemned by both, never France condemning Germany."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, pair",
    [
        ("The attack was condemned by France and by Germany.", {"France": "FRA", "Germany": "DEU"}, ("FRA", "DEU")),
        ("The plan was criticized by Japan and by South Korea.", {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR")),
        ("The sanctions were criticised by China and also by Russia.", {"China": "CHN", "Russia": "RUS"}, ("CHN", "RUS")),
        ("The decision was condemned by human rights groups and by several European governments.",
         {"human rights groups": "HRI", "European governments": "EURGOV"}, ("HRI", "EURGOV")),
    ],
)
def test_joined_agents_are_no_target_of_each_other(code, text, phrases, pair):
    got = code(text, phrases)
    assert not [e for e in got if set(e[:2]) == set(pair)], got


def test_an_agent_acts_on_the_passives_subject(code):
    got = code("Israel was condemned by Turkey and by Iran.", {"Israel": "ISR", "Turkey": "TUR", "Iran": "IRN"})
    assert ("TUR", "ISR", "111", "asserted") in got and ("IRN", "ISR", "111", "asserted") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Russia was criticized by France as well as by Germany.",  # two agents of one passive
        "France, along with Germany, criticized Russia.",  # "along with" hung on the verb
    ],
)
def test_companion_doers_both_act(code, text):
    got = code(text, {"Russia": "RUS", "France": "FRA", "Germany": "DEU"})
    assert ("FRA", "RUS", "111", "asserted") in got and ("DEU", "RUS", "111", "asserted") in got, got
    assert not [e for e in got if {e[0], e[1]} == {"FRA", "DEU"}], got
