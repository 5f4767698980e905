"""An act that filled a stretch of time named after "after", "since", "despite" ("after days of
fighting", "despite years of sanctions") is told as done, as "after the fighting" is: not talked
about, so never a hypothetical event borrowed from the clause's subject."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Thailand and Cambodia met on Monday after days of fighting.",
    "Israel and Hamas agreed to a truce after weeks of fighting.",
    "After days of fighting, Thailand and Cambodia agreed to a ceasefire.",
])
def test_an_act_filling_a_stretch_after_which_one_acted_is_not_hypothetical(story, text):
    got = story(text)
    assert not any(e[2].startswith("19") and e[3] == "hypothetical" for e in got), got
