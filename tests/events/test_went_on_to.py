""""Went on to" tells the next thing done, no plan or purpose: "the French minister went on to
accuse Pakistan of sponsoring terrorism" is an accusation made; "is going to accuse" stays future
and "went to Jakarta to meet" a purpose."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("The French foreign minister went on to accuse Pakistan of sponsoring terrorism.", ("FRAGOV", "PAK", "112")),
    ("The British foreign secretary went on to blame Mr Mugabe's policies for the food shortages.",
     ("GBRGOV", "ZWEELI", "112")),
])
def test_going_on_to_act_is_the_act_done(story, text, event):
    assert [e for e in story(text) if e[:3] == event][0][3] == "asserted"


def test_going_to_act_stays_future(story):
    assert [e for e in story("The French foreign minister is going to accuse Pakistan of sponsoring terrorism.")
            if e[:3] == ("FRAGOV", "PAK", "112")][0][3] == "future"
