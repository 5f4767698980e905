"""An act a noun of rejection names with "of" ("its rejection of any talks with Washington", "the
refusal of aid") is not done, as the object of "rejected" is absorbed: the rejection is the event."""

from __future__ import annotations


def test_talks_rejected_are_not_held(story):
    got = story("Iran reiterated its rejection of any talks with Washington.")
    assert ("IRN", "USA", "120", "asserted") in got
    assert not any(e[2].startswith("04") and e[3] == "asserted" for e in got)
