""""Meet" a goal or a demand is no meeting, and money received is no visit hosted.

"Germany met its NATO spending target" meets no one at NATO; "Sweden met Turkey's demands" gives
in to them (080, as "accepted the demands"); "Pakistan received $3 billion from the IMF" hosts no
one (patterns.tsv rows for meet and receive)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Germany met its NATO spending target for the first time.",
    "Germany met the two percent target set by NATO.",
    "Japan met its emissions goals agreed with the European Union.",
    "Italy met the deadline set by the European Commission.",
])
def test_a_goal_met_is_no_meeting(story, text):
    assert not any(e[2].startswith("04") for e in story(text)), text


def test_demands_met_are_given_in_to(story):
    got = story("Sweden met Turkey's demands to join NATO.")
    assert ("SWE", "TUR", "080", "asserted") in got
    assert not any(e[2].startswith("04") for e in got)


def test_demands_not_met_are_refused(story):
    got = story("The U.S. said it would not meet the kidnappers' demands.")
    assert any(e[0] == "USA" and e[2].startswith("12") for e in got)


@pytest.mark.parametrize("text", [
    "Pakistan received $3 billion from the International Monetary Fund.",
    "Egypt received 5 billion euros from the European Union.",
])
def test_money_received_is_no_visit(story, text):
    assert not any(e[2] == "043" for e in story(text)), text


def test_leaders_met_still_meet(story):
    got = story("German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskiy in Berlin.")
    assert any(e[2] == "040" for e in got)
