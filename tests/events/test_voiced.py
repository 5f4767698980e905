""""Voiced" states a feeling as "expressed" does: support or solidarity voiced is praise (051),
regret voiced over another's decision disapproval (110, cues.yaml felt_nouns)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Germany voiced support for Ukraine.", ("DEU", "UKR", "051")),
    ("France voiced solidarity with Lebanon.", ("FRA", "LBN", "051")),
    ("South Korea voiced regret over Japan's decision to remove it from the list.", ("KOR", "JPN", "110")),
])
def test_voiced_as_expressed(story, text, want):
    assert (*want, "asserted") in story(text)


def test_support_voiced_for_no_actor_is_nothing(story):
    assert story("Fans voiced their support for the coach.") == []
