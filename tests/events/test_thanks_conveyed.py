"""Thanks extended, conveyed, sent or offered are praise, as thanks expressed are (051)."""

from __future__ import annotations


def test_thanks_extended_to_a_state_are_praise(story):
    assert ("DEU", "QAT", "051", "asserted") in story("Germany extended its thanks to Qatar for helping evacuate its citizens.")
    assert ("JPNGOV", "IND", "051", "asserted") in story("Japan's prime minister conveyed his gratitude to India for its help.")


def test_thanks_with_no_actor_on_the_other_side_code_nothing(story):
    assert story("The restaurant offered thanks to its customers.") == []
