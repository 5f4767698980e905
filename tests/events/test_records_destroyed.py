"""A record or a forecast destroyed is outdone, as one beaten (patterns.tsv destroy "---"): "Kenya's
Kipchoge destroyed the world record in Berlin" is no property destroyed (1712). A bridge destroyed
stays."""

from __future__ import annotations


def test_records_destroyed_are_no_events(story):
    assert story("Kenya's Kipchoge destroyed the world record in Berlin.") == []


def test_property_destroyed_stays(story):
    assert any(e[2] == "1712" for e in story("Russian forces destroyed a bridge in Kherson."))
