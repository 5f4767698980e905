"""A complaint that reports a passive clause is aimed at whoever did the wrong, not at those who
underwent it: "Japan complained that Japanese fishermen were mistreated by Chinese coast guards"."""

from __future__ import annotations


def test_a_complaint_of_a_wrong_done_targets_its_doer(story):
    got = story("Japan complained that Japanese fishermen were mistreated by Chinese coast guards.", date="2024-07-22")
    assert ("JPN", "CHNMIL", "114", "asserted") in got
    assert not any(e[1] == "JPNAGR" for e in got)
    assert ("IND", "PAK", "114", "asserted") in story("India complained that Pakistan had violated the ceasefire.",
                                                      date="2024-07-22")
