"""A reported clause hung on a coded act that only says it again is one event, not two."""

from __future__ import annotations


def test_criticism_restated_by_its_saying_clause_is_one_event(story):
    events = story("Pakistan's foreign office criticised India, saying New Delhi had failed to protect minorities.")
    assert [e for e in events if e[2].startswith("11")] == [("PAKGOV", "IND", "111", "asserted")]


def test_a_saying_clause_about_another_actor_stays_its_own_event(story):
    events = story("Pakistan criticised India, saying China was irresponsible.")
    assert ("PAK", "IND", "111", "asserted") in events
    assert ("PAK", "CHN", "111", "asserted") in events
