"""To stand by a border, road, river or gate is to be there, no support of whoever owns it;
"stood by Israel", "stood by the Azerbaijani side" stay support (051)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Turkish troops stood by the Syrian border for weeks.",
    "Russian tanks stood by the Ukrainian frontier.",
])
def test_standing_by_a_place_is_no_support(story, text):
    assert not any(e[2] == "051" for e in story(text))


@pytest.mark.parametrize("text, act", [
    ("Germany stood by Israel after the attack.", ("DEU", "ISR", "051")),
    ("The Turkish president stood by the Azerbaijani side.", ("TURGOV", "AZE", "051")),
])
def test_standing_by_someone_is_support(story, text, act):
    assert act in [e[:3] for e in story(text)]
