"""A reported clause that makes its subject the author of instability or insecurity accuses it,
as of violence or chaos (cues.yaml harm_nouns): "said Saudi Arabia was responsible for the
instability in Yemen" (112); "responsible for security" is a duty."""

from __future__ import annotations


def test_responsible_for_instability_accuses(story):
    assert ("IRNGOV", "SAU", "112", "asserted") in story(
        "Iran's foreign minister said Saudi Arabia was responsible for the instability in Yemen.")
    assert ("PAK", "IND", "112", "asserted") in story("Pakistan said India was responsible for the insecurity in Kashmir.")


def test_responsible_for_security_is_a_duty(story):
    assert not any(e[2].startswith("11") for e in story(
        "The UN said the Iraqi government was responsible for security at the camp."))
