"""The diplomatic staff of another state ordered out or expelled ("ordered 12 French embassy staff to
leave the country") are expelled as its diplomats are (161)."""

from __future__ import annotations


def test_embassy_staff_ordered_out_or_expelled_are_expelled_diplomats(story):
    assert ("DZA", "FRAGOV", "161", "asserted") in story(
        "Algeria has ordered 12 French embassy staff to leave the country within 48 hours.")
    assert ("RUS", "POLGOV", "161", "asserted") in story("Russia expelled 10 Polish embassy staff on Tuesday.")
    assert not any(e[2].startswith("16") for e in story("The company ordered its staff to work from home."))
