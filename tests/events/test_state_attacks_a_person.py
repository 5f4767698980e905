"""An attack by a state on a political person named by name, for what they did or said, is words
(111): "Morrison came under attack from China over his call for an inquiry", "Russia attacked
Zelensky over his remarks". On an armed actor, a country, or with no reason given, it stays force."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Prime Minister Scott Morrison was under attack from China over his call for an inquiry.", ("CHN", "AUSGOV")),
    ("Russia attacked Zelensky over his remarks about Crimea.", ("RUS", "UKRGOV")),
])
def test_state_attack_on_a_person_for_a_deed_is_criticism(story, text, want):
    got = story(text)
    assert (*want, "111", "asserted") in got
    assert not any(e[2].startswith("19") for e in got)


@pytest.mark.parametrize("text, want", [
    ("Israel attacked Hamas for its rocket fire.", ("ISR", "PSEREBHMS")),
    ("Syria came under attack from Israel over its support for Hezbollah.", ("ISR", "SYR")),
    ("The United States attacked Soleimani's convoy at Baghdad airport.", ("USA", "IRNMIL")),
])
def test_attack_on_armed_actors_or_countries_stays_force(story, text, want):
    assert (*want, "190", "asserted") in story(text)
