"""People freed are no target of the praise (or other stance) of their release, whoever freed them
is (events/arguments.py `_FREED_CODES`): "Qatar welcomed the release of the hostages" after "Hamas
released two Israeli hostages" praises Hamas, not the Israelis; an appeal for a release keeps the
state of those held."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Qatar welcomed the release of two Israeli hostages.",
    "France welcomed the release of the French aid worker.",
])
def test_people_freed_are_no_target_of_the_praise_of_their_release(story, text):
    assert not any(e[2] == "051" and e[1] and e[1][3:] in ("CVL", "LAB") for e in story(text, date=None))


def test_the_praise_of_a_release_is_aimed_at_who_freed_them(story):
    got = story("Hamas released two Israeli hostages on Friday.\n\nQatar welcomed the release of the hostages.", date=None)
    assert ("QAT", "PSEREBHMS", "051", "asserted") in got, got
    assert ("QAT", "PSEREBHMS", "051", "asserted") in story("Qatar welcomed the release of the hostages by Hamas.", date=None)


def test_a_demand_for_a_release_keeps_the_state_of_those_held(story):
    assert any(e[2] == "0253" and e[1] == "IRNMED" for e in story(
        "The UN called for the release of the detained journalists in Iran.", date=None))
