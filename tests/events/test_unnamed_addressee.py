"""An appeal or demand made to someone no code names ("urged the international community to
pressure India") is asked of them, never of the asked act's target (events/arguments.py
`unnamed_addressee`, cues.yaml `asking_roots`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrases, source, wrong", [
    ("Pakistan urged the international community to pressure India.", {"Pakistan": "PAK", "India": "IND"}, "PAK", "IND"),
    ("Zelensky called on the world to punish Russia.", {"Zelensky": "UKRGOV", "Russia": "RUS"}, "UKRGOV", "RUS"),
    ("Britain urged its allies to impose sanctions on Iran.", {"Britain": "GBR", "Iran": "IRN"}, "GBR", "IRN"),
    ("The United Nations urged donors to send more aid to Sudan.",
     {"The United Nations": "IGOUNO", "Sudan": "SDN"}, "IGOUNO", "SDN"),
])
def test_an_appeal_to_an_uncoded_addressee_is_not_made_to_the_asked_acts_target(code, text, phrases, source, wrong):
    got = code(text, phrases)
    assert any(s == source and c[:2] == "02" and m == "asserted" for s, t, c, m in got), got
    assert not any(s == source and t == wrong and c[:2] == "02" for s, t, c, m in got), got


@pytest.mark.parametrize("text, phrases, want", [
    ("Washington urged Kyiv to hold talks with Moscow.", {"Washington": "USAGOV", "Kyiv": "UKR", "Moscow": "RUS"}, ("USAGOV", "UKR")),
    ("Israel condemned Hamas and urged it to free the hostages.", {"Israel": "ISR", "Hamas": "PSEREBHMS"}, ("ISR", "PSEREBHMS")),
    ("Brazil urged Russia and Ukraine to show restraint.", {"Brazil": "BRA", "Russia": "RUS", "Ukraine": "UKR"}, ("BRA", "RUS")),
])
def test_a_named_addressee_is_still_the_target(code, text, phrases, want):
    assert any((s, t) == want and c[:2] == "02" for s, t, c, m in code(text, phrases))
