"""Talks between two sides that a third refused, declined or only agreed or offered to host were
not held: the two sides' consultation is no event of its own beside the refusal or the intent
(events/triggers.py `_hosted`); talks hosted or brokered still are."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sides", [
    ("Egypt refused to host talks between Israel and Hamas.", ("ISR", "PSEREBHMS")),
    ("Turkey declined to host a meeting between Russia and Ukraine.", ("RUS", "UKR")),
    ("Norway agreed to host talks between Colombia and Venezuela.", ("COL", "VEN")),
])
def test_talks_whose_hosting_was_refused_or_only_promised_are_not_held(story, text, sides):
    events = story(text)
    assert not any(e[2].startswith("04") and {e[0], e[1]} == set(sides) and e[3] == "asserted" for e in events)


@pytest.mark.parametrize("text, sides", [
    ("Egypt hosted talks between Israel and Hamas.", ("ISR", "PSEREBHMS")),
    ("Qatar brokered talks between the United States and the Taliban.", ("USA", "AFGREBTAL")),
])
def test_talks_hosted_are_held(story, text, sides):
    assert any(e[2] == "046" and (e[0], e[1]) == sides and e[3] == "asserted" for e in story(text))
