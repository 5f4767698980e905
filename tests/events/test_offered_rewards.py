"""A reward or a bounty offered is no pledge of cooperation, and an honour received is no visit
hosted (patterns.tsv rows for offer and receive)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - Washington offered a $10 million reward for information on the hackers.",
    "WASHINGTON (Reuters) - The State Department offered a reward of up to $5 million for the capture of the drug lord.",
    "KABUL (Reuters) - The government offered a bounty for the capture of the militant leader.",
])
def test_a_reward_offered_is_no_pledge(story, text):
    assert not any(e[2].startswith("03") for e in story(text)), story(text)


def test_aid_offered_is_still_pledged(story):
    assert ("JPN", "UKR", "033", "asserted") in story("TOKYO (Reuters) - Japan offered $500 million in aid to Ukraine.")


@pytest.mark.parametrize("text", [
    "MADRID (Reuters) - The king received an honorary degree from the university.",
    "LONDON (Reuters) - The footballer received British citizenship from the Home Office.",
])
def test_an_honour_received_is_no_visit(story, text):
    assert not any(e[2] == "043" for e in story(text)), story(text)
