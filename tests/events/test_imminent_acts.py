"""An act only near is not done: "on the verge of attacking Iran", "on the brink of striking
Pakistan", "close to signing a trade deal" (cues.yaml `imminence_frames`); "at the close of the
summit" names when an act was done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Israel is on the verge of attacking Iran.", {"Israel": "ISR", "Iran": "IRN"}),
        ("The US and China are close to signing a trade deal.", {"The US": "USA", "China": "CHN"}),
        ("Turkey came close to attacking Greek ships.", {"Turkey": "TUR", "Greek ships": "GRC"}),
        ("India was on the brink of striking Pakistan.", {"India": "IND", "Pakistan": "PAK"}),
    ],
)
def test_an_act_only_near_is_not_asserted(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted"], got


def test_at_the_close_of_a_summit_the_act_is_done(code):
    got = code("At the close of the summit, Putin and Xi signed a deal.", {"Putin": "RUSGOV", "Xi": "CHNGOV"})
    assert ("RUSGOV", "CHNGOV", "057", "asserted") in got
