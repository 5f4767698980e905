"""A strike by a firm's workers is against the firm when their name holds it ("Samsung workers
went on strike": KORLAB 143 KORBUSSAM); a strike over a law is against the state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Samsung workers went on strike on Monday.", ("KORLAB", "KORBUSSAM", "143", "asserted")),
    ("Thousands of Hyundai workers went on strike.", ("KORLAB", "KORBUSHYU", "143", "asserted")),
])
def test_a_firms_workers_strike_against_it(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text, want", [
    ("Samsung workers went on strike to protest against the new labour law.", ("KORLAB", "KORGOV", "143", "asserted")),
    ("Teachers went on strike.", ("EDU", None, "143", "asserted")),
])
def test_a_public_strike_or_a_strike_by_no_firms_workers_keeps_its_target(story, text, want):
    assert want in story(text)
