"""A headline's kicker, a topic label before the line's first colon, names the story's topic, no
act: "Iran protests: dozens arrested" does not say Iran protested. A verb with a complement after
its colon ("Putin warns: Russia will respond") is a headline verb, and an act told in a full
sentence is kept."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Iran protests: dozens arrested",
    "Kenya clashes: what we know",
])
def test_a_kicker_codes_no_act(story, text):
    assert story(text) == [], text


def test_the_story_under_a_kicker_is_still_coded(story):
    got = story("Iran protests: dozens arrested\n\nPolice in Tehran detained dozens of protesters on Saturday.")
    assert [e[2] for e in got] == ["173"], got


def test_a_headline_verb_without_colon_is_kept(story):
    assert ("IRN", "GBR", "114", "asserted") in story("Iran protests to Britain over envoy remarks")
