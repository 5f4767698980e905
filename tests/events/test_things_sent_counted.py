"""What a pattern's object names as sent or given is no target, whatever it is counted in or
coordinated with (events/coder.py `_theme_phrase`): "sent thousands of soldiers to Gaza" is a
deployment in Gaza, not against the soldiers; "dispatched doctors and rescue teams to Turkey" is
aid to Turkey, as "sent doctors and food to Turkey" is. Undated and without a dateline, so that the units get no country of their own
that would put them on the sender's side."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("Israel sent thousands of soldiers to Gaza.", ("ISR", "PSE", "154")),
    ("Russia deployed a battalion of soldiers to Belarus.", ("RUS", "BLR", "154")),
    ("Israel sent doctors and food to Turkey.", ("ISR", "TUR", "073")),
])
def test_units_and_conjuncts_of_the_thing_sent_are_no_target(story, text, event):
    got = story(text, date=None)
    assert event + ("asserted",) in got, got
    assert all(e[1] in (event[1], None, "") for e in got), got
