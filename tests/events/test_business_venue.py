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


@pytest.mark.parametrize("text", [
    "The company promised to expand into India.",
    "Exxon announced it will invest in Guyana.",
    "Siemens said it would invest in Egypt.",
])
def test_a_firms_plan_is_no_event_however_its_place_is_found(story, text):
    assert story(text) == []


def test_a_firms_supply_to_a_country_keeps_it(story):
    assert ("RUSBUSGAZ", "CHN", "030", "asserted") in story("Gazprom expressed its intention to supply gas to China.")
