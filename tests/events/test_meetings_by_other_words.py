"""Consultations told with other words: "sat down with Putin" is a meeting (040), not a sit-in
that its "in Sochi" would make it; talks held by video ("held a videoconference with X") are
talks. Sitting with one's family, or with a crowd, is no meeting."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Netanyahu sat down with Putin in Sochi.", ("ISRGOV", "RUSGOV")),
    ("The US envoy sat down with Taliban negotiators in Doha.", ("USAGOV", "AFGREBTAL")),
    ("Pompeo held a videoconference with his Indian counterpart.", ("USAGOV", "INDGOV")),
])
def test_other_words_for_a_meeting(story, text, want):
    got = story(text)
    assert (*want, "040", "asserted") in got
    assert not any(e[2].startswith("14") for e in got)


@pytest.mark.parametrize("text", [
    "German Chancellor Angela Merkel sat with her husband in the front row.",
    "The German chancellor sat with her family in the front row.",
])
def test_sitting_with_kin_is_no_meeting(story, text):
    assert not any(e[2].startswith("04") for e in story(text)), text
