"""A rejection or a denial answers whoever made what it rejects, never those its "over"/"about"
phrase names (cues.yaml grievance_preps; events/build.py verb_event)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "China rejected criticism over its treatment of the Uighurs.",
    "China defied international pressure over its treatment of the Uighurs.",
    "Israel rejected accusations over its treatment of Palestinian prisoners.",
    "Israel denied accusations about its treatment of Palestinian prisoners.",
    "The Kremlin rejected Western criticism over its treatment of Navalny.",
])
def test_the_topic_of_a_rejected_grievance_is_no_target(story, text):
    assert not any(target for _, target, code, _ in story(text) if code[:2] == "12" or code == "016")


@pytest.mark.parametrize("text, want", [
    ("Russia rejected criticism from the United States over the arrest of the journalist.", ("RUS", "USA", "120", "asserted")),
    ("The United States criticised China over its treatment of the Uighurs.\nChina rejected the criticism over its treatment of the Uighurs.",
     ("CHN", "USA", "120", "asserted")),
])
def test_the_maker_of_the_grievance_stays_its_target(story, text, want):
    assert want in story(text)
