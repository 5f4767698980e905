"""Refusing the bare idea of an act ("rejected the idea of sending troops") is refusing the act,
as "refused to send troops" is: a hostile act's refusal rejects no one; talks refused reject the
counterpart."""

from __future__ import annotations

import pytest

PHRASES = {"Biden": "USAELI", "Germany": "DEU", "Russia": "RUS", "Ukraine": "UKR", "troops": "USAMIL"}


@pytest.mark.parametrize(
    "text",
    [
        "Biden rejected the idea of sending troops to Ukraine.",
        "Germany rejected the idea of imposing sanctions on Russia.",
    ],
)
def test_refusing_the_idea_of_a_hostile_act_rejects_no_one(code, text):
    assert code(text, PHRASES) == []


def test_refusing_the_idea_of_talks_rejects_the_counterpart(code):
    got = code("Biden rejected the idea of holding talks with Russia.", PHRASES)
    assert any(e[:2] == ("USAELI", "RUS") and e[2].startswith("12") for e in got), got
