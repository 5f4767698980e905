"""An agentless deportation whose sentence names no place it is done from is done by the state
that did the act just told of the same kind ("Police in Mexico detained 300 migrants. They were
deported"): the understood government takes that state's country."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Police in Mexico detained 300 migrants.\nThey were deported to Guatemala.", "MEXGOV"),
    ("Mexican police detained 300 Honduran migrants on Monday.\nThe migrants were deported on Tuesday.", "MEXGOV"),
])
def test_the_deporting_state_is_the_one_that_detained(story, text, source):
    assert any(s == source and code == "174" for s, _, code, _ in story(text))


@pytest.mark.parametrize("text, source", [
    ("Hundreds of Guatemalan migrants were deported from Mexico last week.", "MEXGOV"),
    ("The Uighur activist was deported from Turkey to China.", "TURGOV"),
    ("The activist was deported to India.", "GOV"),  # deported to: not by India
])
def test_the_place_deported_from_still_names_it(story, text, source):
    assert any(s == source and code == "174" for s, _, code, _ in story(text))
