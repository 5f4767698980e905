"""A weapon fired or launched in an agentless passive was fired by its own actor ("Iranian
missiles were fired at Israel": Iran's force on Israel, cues `launching_verbs`); a weapon a
passive acts on ("Russian tanks were destroyed", "the Iranian drone was shot down") is never
the doer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Iranian missiles were fired at Israel on Tuesday.", ("IRN", "ISR", "190")),
    ("Hamas rockets were fired at Tel Aviv.", ("PSEREBHMS", "ISR", "190")),
    ("North Korean missiles were fired at targets off the Japanese coast.", ("PRK", "JPN", "190")),
])
def test_a_weapon_fired_was_fired_by_its_own_actor(story, text, want):
    got = {(s, t, c) for s, t, c, m in story(text) if m == "asserted"}
    assert want in got, got
    assert not any(t == want[0] for s, t, c in got)


@pytest.mark.parametrize("text, weapon", [
    ("Russian tanks were destroyed near Kharkiv.", "RUS"),
    ("The Iranian drone was shot down over Israel.", "IRN"),
])
def test_a_weapon_acted_on_is_no_doer(story, text, weapon):
    assert not any(s == weapon for s, *_ in story(text))
