"""A protest that is the purpose of an act done to another country's actor ("summoned Pakistan's
deputy high commissioner to protest against the killing") is made to them, never aimed at its
doers' own government."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, own", [
    ("NEW DELHI - India summoned Pakistan's deputy high commissioner on Sunday to protest against the killing "
     "of two Indian soldiers along the border.", "INDGOV"),
    ("Poland called in the Russian envoy to protest.", "POLGOV"),
])
def test_a_diplomatic_protest_is_not_against_its_own_government(story, text, own):
    assert not any(t == own and code.startswith("14") for _, t, code, _ in story(text))


@pytest.mark.parametrize("text, want", [
    ("Thousands of Serbians took to the streets to protest against the government.", ("SRBCVL", "SRBGOV", "140", "asserted")),
    ("Kenyan workers went on strike to protest against tax increases.", ("KENLAB", "KENGOV", "143", "asserted")),
])
def test_a_protest_with_no_foreign_object_keeps_its_target(story, text, want):
    assert want in story(text)
