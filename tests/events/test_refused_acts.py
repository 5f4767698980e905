"""An act refused or ruled out is not done: "ruled out sending troops to Afghanistan", "rejected
holding talks with Hamas" tell of no sending and no talks; the refusal itself is its verb's own
event (cues.yaml `refusing_governors`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Israel rejected holding talks with Hamas.", {"Israel": "ISR", "Hamas": "PSEREBHMS"}),
        ("India ruled out sending troops to Afghanistan.", {"India": "IND", "Afghanistan": "AFG"}),
        ("The government ruled out holding talks with the rebels.", {"The government": "COLGOV", "the rebels": "COLREB"}),
    ],
)
def test_an_act_refused_or_ruled_out_is_not_asserted(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] in ("04", "15")], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Putin refused to meet Zelensky.", {"Putin": "RUSGOV", "Zelensky": "UKRGOV"}, ("RUSGOV", "UKRGOV", "125", "asserted")),
        ("Israel rejected holding talks with Hamas.", {"Israel": "ISR", "Hamas": "PSEREBHMS"}, ("ISR", "PSEREBHMS", "120", "asserted")),
        ("India rejected the proposal by sending troops to the border with China.",
         {"India": "IND", "China": "CHN"}, ("IND", "CHN", "154", "asserted")),
    ],
)
def test_the_refusal_stays_and_an_act_done_in_refusing_too(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got, got
