"""Yielding as wire copy words it (CAMEO 08: giving in to demands, returning what was taken,
dropping a contested measure, reopening a border). Sentences written for these tests, not taken
from the dev gold."""

from __future__ import annotations

import pytest

SIDES = {"The government": "PAKGOV", "the teachers": "PAKEDU", "the protesters": "PAKOPP", "the unions": "PAKLAB"}


# ---------------------------------------------------------------- giving in to demands is a concession
@pytest.mark.parametrize("text", [
    "The government gave in to the demands of the teachers.",
    "The government caved in to the demands of the teachers.",
    "The government caved to pressure from the teachers.",
    "The government bowed to the demands of the teachers.",
])
def test_giving_in_to_demands_is_a_concession(code, text):
    assert ("PAKGOV", "PAKEDU", "080", "asserted") in code(text, SIDES)


def test_giving_in_refused_is_a_refusal_to_yield(code):
    got = code("The government will not give in to the demands of the unions.", SIDES)
    assert [e[2][:2] for e in got] == ["12"]


@pytest.mark.parametrize("text, phrases", [
    ("The singer bowed to the crowd after the final song.", {"The singer": "USACVL"}),
    ("The president bowed to the crowd after his speech.", {"The president": "USAGOV"}),
])
def test_a_bow_to_a_crowd_is_no_concession(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2][:2] == "08"]
