"""An act its doer only claims ("Iran claimed to have shot down an American drone") or another
claims ("Iran claimed that the United States had attacked its ships") is not established:
hypothetical; a claim of responsibility stays 015."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, act", [
    ("Iran claimed to have shot down an American drone.", ("IRN", "USA", "190")),
    ("Iran claimed that the United States had attacked its ships.", ("USA", "IRN", "190")),
])
def test_a_claimed_act_is_hypothetical(story, text, act):
    assert (*act, "hypothetical") in story(text), story(text)


def test_a_claim_of_responsibility_is_still_asserted(story):
    assert ("IRN", "USA", "015", "asserted") in story("Iran claimed responsibility for the attack on the U.S. base.")
