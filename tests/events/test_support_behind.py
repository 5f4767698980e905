"""Support thrown or put "behind" someone (patterns.tsv throw/put + behind) is support for them
(051): "the United States threw its support behind Ukraine"; troops put behind a fence are none."""

from __future__ import annotations


def test_support_behind_is_for_whom_it_names(story):
    assert ("USA", "UKR", "051", "asserted") in story("The United States threw its support behind Ukraine.")
    assert ("SAU", "YEMGOV", "051", "asserted") in story("Saudi Arabia put its weight behind the Yemeni government.")


def test_things_put_behind_are_no_support(story):
    assert not any(e[2] == "051" for e in story("Germany put its troops behind the border fence."))
