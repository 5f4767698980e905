"""Balking at one's own act ("balked at imposing sanctions on Saudi Arabia") holds it back and
rejects no one; balking at another's proposal or demand rejects its owner."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The US balked at imposing sanctions on Saudi Arabia.",
    "Germany balked at sending tanks to Ukraine.",
    "Japan has balked at criticising China over Hong Kong.",
])
def test_balking_at_ones_own_act_is_no_rejection(story, text):
    assert not any(code.startswith("12") for _, _, code, _ in story(text))


@pytest.mark.parametrize("text, want", [
    ("China balked at the US proposal.", ("CHN", "USA", "120", "asserted")),
    ("Israel balked at Hamas's demands for a full withdrawal.", ("ISR", "PSEREBHMS", "120", "asserted")),
    ("Britain baulked at the EU's plan for a customs border.", ("GBR", "IGOEUREEC", "120", "asserted")),
    ("Ankara balked at Sweden's bid to join NATO.", ("TURGOV", "SWE", "120", "asserted")),
])
def test_balking_at_anothers_proposal_rejects_it(story, text, want):
    assert want in story(text)


def test_balking_at_a_price_is_no_event(story):
    assert story("Investors balked at the price of the bonds.") == []
