"""To rally past a side or a mark is a comeback or a rise (patterns.tsv rally "past" "---"), no
street rally (141): "Canada rallied past Sweden in overtime". A rally against someone stays."""

from __future__ import annotations


def test_rallied_past_is_no_protest(story):
    assert not any(e[2].startswith("14") for e in story("Canada rallied past Sweden in overtime to win the gold."))


def test_rallies_against_stay(story):
    assert any(e[2].startswith("14") for e in story("Thousands of Serbs rallied against the government in Belgrade."))
