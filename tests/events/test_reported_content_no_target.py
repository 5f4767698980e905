"""The actors of what a report or claim says ("claims that it had supplied weapons to Russia")
are not whom a rejection or denial of that report is aimed at: "China rejected claims that it
had supplied weapons to Russia" rejects no one of Russia. The claim's own author still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, not_target", [
    ("China rejected claims that it had supplied weapons to Russia.", "RUS"),
    ("The Kremlin dismissed reports that Putin had met Zelensky in secret.", "UKRGOV"),
    ("China denied accusations that it had hacked Australian government servers.", "AUSGOV"),
])
def test_the_actors_of_a_reported_clause_are_no_target_of_its_rejection(story, text, not_target):
    got = story(text)
    assert not any(e[1] == not_target and e[3] == "asserted" for e in got), got


def test_the_author_of_the_claim_is_still_the_target(story):
    assert ("CHN", "JPN", "120", "asserted") in story("China rejected Japan's claims that it had supplied weapons to Russia.")
