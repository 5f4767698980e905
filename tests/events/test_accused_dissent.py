"""An act of dissent (14x) a state is accused of ("accused China of blocking its supply boats")
is done to the accuser or others, never a protest against the accused state's own government
(events/arguments.py `own_authorities`, `_accused_of`); people's own protests still are."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, state", [
    ("MANILA (Reuters) - The Philippines accused China of blocking its supply boats.", "CHN"),
    ("Armenia accused Azerbaijan of blocking the only road into the region.", "AZE"),
])
def test_an_accused_state_does_not_protest_against_itself(story, text, state):
    got = story(text)
    assert not any(e[0] == state and e[1] == state + "GOV" for e in got), got


def test_protesters_still_protest_against_their_government(story):
    got = story("Venezuelans blocked roads in Caracas to protest against fuel shortages.")
    assert any(e[1] == "VENGOV" and e[2].startswith("14") for e in got), got
