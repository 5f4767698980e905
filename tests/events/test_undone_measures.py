"""A measure taken away is not imposed: "revoked sanctions on Venezuela", "rolled back export
curbs on South Korea" code no sanction (163) from the measure noun (events/build.py `_undone`,
cues.yaml `undoing_verbs`); a verb with its own easing row codes the easing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["revoked", "rescinded", "reversed", "rolled back", "abolished", "halted",
                                  "paused", "cancelled", "repealed"])
def test_sanctions_undone_are_not_imposed(story, verb):
    got = story(f"WASHINGTON (Reuters) - The United States {verb} sanctions on Venezuela.")
    assert not any(e[2].startswith("16") for e in got), (verb, got)


@pytest.mark.parametrize("verb", ["revoked", "rolled back", "abolished", "paused"])
def test_curbs_undone_are_not_imposed(story, verb):
    got = story(f"TOKYO (Reuters) - Japan {verb} export curbs on South Korea.")
    assert not any(e[2].startswith("16") for e in got), (verb, got)


@pytest.mark.parametrize("verb", ["lifted", "eased", "ended"])
def test_curbs_lifted_are_eased(story, verb):
    got = story(f"TOKYO (Reuters) - Japan {verb} export curbs on South Korea.")
    assert ("JPN", "KOR", "081", "asserted") in got, got
    assert not any(e[2].startswith("16") for e in got)


def test_sanctions_withdrawn_are_eased_not_a_pullout(story):
    got = story("WASHINGTON (Reuters) - The United States withdrew sanctions on Venezuela.")
    assert ("USA", "VEN", "085", "asserted") in got, got
    assert not any(e[2] == "087" for e in got)


@pytest.mark.parametrize("text, want", [
    ("TOKYO (Reuters) - Japan tightened export curbs on South Korea.", ("JPN", "KOR", "163")),
    ("BRUSSELS (Reuters) - The European Union extended sanctions against Russia for six months.",
     ("IGOEUREEC", "RUS", "163")),
])
def test_measures_kept_or_tightened_still_code(story, text, want):
    assert any(e[:3] == want for e in story(text)), story(text)
