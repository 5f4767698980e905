"""Refusals: refusing a cooperative act rejects someone (12); refusing a hostile one does nothing."""

from __future__ import annotations

import pytest

PHRASES = {"Senate Republicans": "USAPTYREP", "President Trump": "USAGOV", "Sanders": "USALEG", "Biden": "USAELI",
           "China": "CHN", "Russia": "RUS", "Germany": "DEU", "Iran": "IRN", "U.S. officials": "USAGOV",
           "Ismail Haniyeh": "PSEGOV", "the US President": "USAGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Senate Republicans refused to criticise President Trump over his remarks.",
        "Sanders declined to attack Biden by name on Wednesday.",
        "China has refused to condemn Russia over the war.",
        "Germany refused to impose sanctions on Russia.",
    ],
)
def test_refusing_a_hostile_act_rejects_no_one(code, text):
    assert code(text, PHRASES) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran refused to meet U.S. officials on Monday.", ("IRN", "USAGOV", "125", "asserted")),
        # the refusal reaches a demand through another verb: the demand is what is rejected
        ("Ismail Haniyeh has refused to respond to a demand from the US President to stop the attacks.",
         ("PSEGOV", "USAGOV", "120", "asserted")),
    ],
)
def test_refusing_a_cooperative_act_or_a_demand_is_a_rejection(code, text, expected):
    assert expected in code(text, PHRASES)
