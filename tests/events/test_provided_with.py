"""Aid or arms provided, supplied or equipped "with" are given to the verb's object; the thing's
own makers ("Iranian drones") are no recipient (rows flagged `content`): "Russia supplied Syria
with Iranian drones" is Russia's 072 to Syria, and arms given to one's own troops are no event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, act", [
    ("Russia supplied Syria with Iranian drones.", ("RUS", "SYR", "072")),
    ("Germany provided Ukraine with American-made air defence systems.", ("DEU", "UKR", "072")),
    ("Turkey supplied Azerbaijan with drones.", ("TUR", "AZE", "072")),
    ("The IMF provided Pakistan with a loan.", ("IGOIMF", "PAK", "071")),
])
def test_the_object_provided_with_is_the_recipient(story, text, act):
    events = story(text)
    assert act in [e[:3] for e in events]
    assert all(e[1] == act[1] for e in events if e[2].startswith("07"))


@pytest.mark.parametrize("text", [
    "Russia equipped its troops with Iranian drones.",
    "The United States equipped its navy with Israeli missiles.",
])
def test_arms_for_ones_own_forces_are_no_aid_to_their_makers(story, text):
    assert not any(e[2].startswith("07") for e in story(text))
