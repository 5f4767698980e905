"""A jet for travel given or accepted as a gift ("a luxury jet", "a private jet") is no military
aid; arms given or received ("fighter jets", "jets" alone) stay the giver's 072."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Qatar gave Trump a luxury jet as a gift.",
    "Trump accepted a luxury jet from Qatar.",
    "The Saudi king gave the Turkish president a private jet.",
])
def test_a_travel_jet_given_is_no_military_aid(story, text):
    assert not any(e[2] == "072" for e in story(text))


@pytest.mark.parametrize("text, act", [
    ("The United States gave Ukraine jets last year.", ("USA", "UKR", "072")),
    ("Ukraine received jets from the Netherlands.", ("NLD", "UKR", "072")),
])
def test_jets_as_arms_stay_military_aid(story, text, act):
    assert any(e[:3] == act for e in story(text))
