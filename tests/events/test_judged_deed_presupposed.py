"""A deed with its doer ("Russia's invasion of Ukraine", "Hungary's support for Russia") that a
verb of judgement takes as its object was done whatever is said of the judgement: not condemning
it, refusing to criticise it or being urged to condemn it leaves the deed asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, deed", [
    ("India refused to condemn Russia's invasion of Ukraine.", ("RUS", "UKR", "190")),
    ("India did not condemn Russia's invasion of Ukraine.", ("RUS", "UKR", "190")),
    ("The United States urged China to condemn Russia's invasion of Ukraine.", ("RUS", "UKR", "190")),
    ("India did not criticise Hungary's support for Russia.", ("HUN", "RUS", "051")),
])
def test_a_judged_deed_is_asserted_whatever_is_said_of_the_judgement(story, text, deed):
    assert (*deed, "asserted") in story(text), story(text)


def test_the_judgement_itself_keeps_its_negation(story):
    assert ("IND", "RUS", "111", "negated") in story("India did not condemn Russia's invasion of Ukraine.")
