"""The body whose gathering is where an act happened hosts the setting and is no party to it
(cues.yaml `gathering_nouns`, `gathering_preps`; events/build.py `_gathering_host`): "Macron and
Scholz met at the EU summit" met each other, not the EU."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, pair",
    [
        ("Macron and Scholz met at the EU summit in Brussels.",
         {"Macron": "FRAGOV", "Scholz": "DEUGOV", "EU": "IGOEUREEC", "Brussels": "BEL"}, ("FRAGOV", "DEUGOV")),
        ("India and Pakistan agreed to meet on the sidelines of the UN General Assembly.",
         {"India": "IND", "Pakistan": "PAK", "UN General Assembly": "IGOUNO"}, ("IND", "PAK")),
    ],
)
def test_joint_doers_at_a_gathering_act_on_each_other(code, text, phrases, pair):
    got = code(text, phrases)
    assert not [e for e in got if e[1] and e[1].startswith("IGO")], got
    assert [e for e in got if e[:2] == pair], got


def test_a_body_met_at_a_gathering_is_still_met(code):
    got = code("Macron met EU leaders at the summit.", {"Macron": "FRAGOV", "EU leaders": "IGOEUREECGOV"})
    assert ("FRAGOV", "IGOEUREECGOV", "040", "asserted") in got
