"""What an actor "has yet to" do is not done so far: negated."""

from __future__ import annotations


def test_criticism_an_actor_has_yet_to_make_is_negated(story):
    assert story("India has yet to criticise Russia.") == [("IND", "RUS", "111", "negated")]


def test_yet_again_is_still_asserted(story):
    assert ("IND", "RUS", "111", "asserted") in story("India has criticised Russia yet again.")
