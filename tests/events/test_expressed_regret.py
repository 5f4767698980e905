"""A feeling expressed over another's act is that feeling's verb done to it: "Seoul expressed regret
over Tokyo's decision" is "Seoul regretted Tokyo's decision", disapproval (110), not sympathy;
regret over deaths stays sympathy (018)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Seoul expressed regret over Tokyo's decision to tighten export controls.", ("KORGOV", "JPN")),
    ("China expressed regret at the American move.", ("CHN", "USA")),
])
def test_regret_over_a_decision_is_disapproval(story, text, want):
    got = story(text)
    assert (*want, "110", "asserted") in got
    assert not any(e[2] == "018" for e in got)


def test_regret_over_deaths_stays_sympathy(story):
    got = story("Japan expressed regret over the deaths of the sailors.")
    assert not any(e[2].startswith("11") for e in got)
