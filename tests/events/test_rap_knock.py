"""To rap on a door, window, gate or table is to knock, no rebuke; "the EU rapped Poland" (and
"rapped Poland on the knuckles") stays criticism (111)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The minister rapped on the door of the parliament.",
    "The speaker rapped on the table to silence opposition lawmakers in the Kenyan parliament.",
])
def test_rapping_on_a_surface_is_no_rebuke(story, text):
    assert not any(e[2] == "111" for e in story(text))


@pytest.mark.parametrize("text, act", [
    ("The EU rapped Poland over its judicial reforms.", ("IGOEUREEC", "POL", "111")),
    ("The EU rapped Poland on the knuckles over its reforms.", ("IGOEUREEC", "POL", "111")),
])
def test_a_rebuke_stays(story, text, act):
    assert any(e[:3] == act for e in story(text))
