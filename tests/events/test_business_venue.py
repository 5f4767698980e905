"""A firm's business in a place (listing shares, selling assets, building a plant there) is no act
on the place's state: WILD.md codes no company business without a political actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The company expressed its intention to list shares in London.",
    "Shell expressed its intention to sell its assets in Nigeria.",
    "The Chinese firm expressed its intention to build a port in Sri Lanka.",
])
def test_a_firms_plan_in_a_place_is_no_event(story, text):
    assert story(text) == []


@pytest.mark.parametrize("text, want", [
    ("Russia expressed its intention to invest in Venezuelan oil fields.", ("RUS", "VEN", "030", "asserted")),
    ("The company expressed its intention to cooperate with the Indian government.", ("INDBUS", "INDGOV", "030", "asserted")),
    ("Huawei expressed its willingness to help the British government.", ("CHNBUSHUA", "GBRGOV", "030", "asserted")),
])
def test_a_state_or_a_named_counterpart_keeps_it(story, text, want):
    assert want in story(text)
