"""A boycott of a meeting is a meeting refused (125, CAMEO 2.0 BOYCOTT MEETING|SUMMIT|CONFERENCE);
a boycott of goods or of an election stays a boycott (143)."""

from __future__ import annotations

PHRASES = {"Ukraine": "UKR", "Russia": "RUS", "The opposition": "KENOPP", "the government": "KENGOV"}


def test_a_boycotted_meeting_is_a_meeting_refused(code):
    got = code("Ukraine boycotted the talks with Russia in Istanbul.", PHRASES)
    assert ("UKR", "RUS", "125", "asserted") in got, got


def test_a_boycotted_election_stays_a_boycott(code):
    got = code("The opposition boycotted the elections called by the government.", PHRASES)
    assert not any(e[2] == "125" for e in got), got
