"""A meeting's place ("met in Geneva", "met at Sharm el-Sheikh", "held talks in Doha") is its
venue, never its counterpart; "met with X in Y" meets X, a body that is its own place ("at the
White House") is met there, and a visit is to its place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, venue", [
    ("The two countries' foreign ministers met in Geneva on Monday.", "CHE"),
    ("The president met in Kyiv on Monday.", "UKR"),
    ("Israeli and Palestinian officials met at Sharm el-Sheikh.", "EGY"),
    ("Iranian and Saudi officials met in Baghdad last month.", "IRQ"),
])
def test_a_meeting_is_not_with_its_venue(story, text, venue):
    assert not any(t and t.startswith(venue) for _, t, code, _ in story(text) if code.startswith("04"))


@pytest.mark.parametrize("text, want", [
    ("Israeli and Palestinian officials met at Sharm el-Sheikh.", ("ISRGOV", "PSEGOV", "040", "asserted")),
    ("The Turkish foreign minister met with Russian officials in Moscow.", ("TURGOV", "RUSGOV", "040", "asserted")),
    ("The Egyptian foreign minister held talks at the White House on Monday.", ("EGYGOV", "USAGOV", "046", "asserted")),
    ("Secretary of State Antony Blinken visited Geneva on Monday.", ("USAGOV", "CHE", "042", "asserted")),
    ("The president arrived in Kyiv on Monday.", ("GOV", "UKR", "042", "asserted")),
])
def test_counterparts_and_visits_stay(story, text, want):
    assert want in story(text)
