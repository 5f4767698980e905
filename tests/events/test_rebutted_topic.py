"""Criticism rebutted ("Beijing dismissed criticism from Washington over Hong Kong") is aimed at
whoever rebuts it when its own phrase names an actor only in what it is about ("over Hong Kong"):
a topic is no target. One it names with "of" stays its target ("US criticism of Hong Kong police")."""

from __future__ import annotations


def test_topic_of_rebutted_criticism_is_no_target(story):
    got = story("Beijing dismissed criticism from Washington over Hong Kong.")
    assert ("USA", "CHNGOV", "111", "asserted") in got
    assert ("USA", "HKG", "111", "asserted") not in got


def test_named_target_of_rebutted_criticism_stays(story):
    assert ("USA", "HKGCOP", "111", "asserted") in story("China rejected US criticism of Hong Kong police.")
