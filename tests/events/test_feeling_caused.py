"""A state troubled, dismayed, offended or appalled by another's act disapproves of its doer (110),
as one angered by it does: "Washington is deeply troubled by Turkey's purchase of Russian missiles",
"the purchase troubled Washington". Troubled by violence, an injury or a team's play: no one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The State Department said it was deeply troubled by Turkey's purchase of Russian missiles.", ("USAGOV", "TUR")),
    ("Seoul was dismayed by Tokyo's decision.", ("KOR", "JPN")),
    ("Britain was appalled by Russia's actions in Syria.", ("GBR", "RUS")),
    ("Turkey's purchase of Russian missiles troubled Washington.", ("USA", "TUR")),
])
def test_troubled_by_anothers_act_is_disapproval(story, text, want):
    assert (*want, "110", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "The region has been troubled by violence for years.",
    "Fans were dismayed by the team's performance.",
    "The player was troubled by a knee injury.",
])
def test_troubled_by_no_actor_is_nothing(story, text):
    assert not any(e[2].startswith("11") for e in story(text)), text
