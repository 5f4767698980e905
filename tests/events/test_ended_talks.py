"""Ending, abandoning or calling off talks halts negotiations (164), no consultation held (046):
"Venezuela ended talks with the opposition"; "ended three days of talks" (talks held, their head
the days) and a strike called off stay as they were."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Venezuela ended talks with the opposition.", "VEN", "VENOPP"),
    ("The Taliban abandoned negotiations with Kabul.", "AFGREBTAL", "AFG"),
    ("Colombia called off peace talks with the ELN rebels.", "COL", "COLREBELN"),
    ("OTTAWA (Reuters) - Canada paused trade talks with India.", "CAN", "IND"),
    ("ANKARA (Reuters) - Turkey froze talks with the European Union.", "TUR", "IGOEUREEC"),
])
def test_ending_talks_halts_them(story, text, src, tgt):
    events = [e[:4] for e in story(text)]
    assert (src, tgt, "164", "asserted") in events
    assert not any(e[2] == "046" and e[3] == "asserted" for e in events)


def test_unions_calling_off_a_strike_is_no_halt(story):
    assert not any(e[2] == "164" for e in story("The unions called off the strike."))
