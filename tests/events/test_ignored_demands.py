"""A demand, call or warning ignored is rejected (120) by whoever ignored it, against whoever made
it ("Pyongyang has ignored Seoul's calls for talks"); the demand itself stays its maker's act, as
with "rejected" (cues.yaml rebuttal_verbs). Ignoring advice, pain or no one's order is nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The Philippines ignored China's demand to leave the shoal.", ("PHL", "CHN")),
    ("Pyongyang has ignored Seoul's calls for talks.", ("PRKGOV", "KOR")),
    ("Russia ignored the ultimatum from the European Union.", ("RUS", "IGOEUREEC")),
])
def test_ignored_demand_is_a_rejection(story, text, want):
    assert (*want, "120", "asserted") in story(text)


def test_the_ignored_demand_stays_its_makers(story):
    assert ("CHN", "PHL", "100", "asserted") in story("The Philippines ignored China's demand to leave the shoal.")


@pytest.mark.parametrize("text", [
    "Many residents ignored the evacuation order.",
    "He ignored his doctor's advice.",
    "Investors ignored the central bank's warning.",
])
def test_ignoring_no_actor_is_nothing(story, text):
    assert not any(e[2].startswith("12") for e in story(text)), text
