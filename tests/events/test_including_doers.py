"""An "including" phrase set off after a passive or an undergone reaction names some of its doers
in a "by" or "from" phrase of its own: "the strike was widely condemned, including by Egypt and
Jordan", "drew condemnation from around the world, including from Egypt"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pairs", [
    ("The Israeli strike was widely condemned, including by Egypt and Jordan.", [("EGY", "ISR"), ("JOR", "ISR")]),
    ("The Israeli strike drew condemnation from around the world, including from Egypt.", [("EGY", "ISR")]),
    ("The Russian invasion has been criticised, including by China.", [("CHN", "RUS")]),
])
def test_doers_named_in_an_including_phrase(story, text, pairs):
    events = [e[:2] for e in story(text) if e[2] == "111"]
    assert all(p in events for p in pairs)


def test_an_including_phrase_of_the_targets_names_no_doer(story):
    assert not any(e[0] == "IRN" for e in story("The sanctions were imposed on several countries, including Iran."))
