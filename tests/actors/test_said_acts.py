"""A bare agent modifying a noun of what is said against someone is its sayer: "opposition accusations"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        ("TOKYO (Reuters) - Abe rejected opposition accusations that he had misused public funds.", "JPNOPP"),
        ("PARIS (Reuters) - The government rejected union demands for higher wages.", "FRALAB"),
    ],
)
def test_an_agent_modifying_a_said_act_is_an_actor(mention_codes, text, code):
    assert code in mention_codes(text).values()


def test_an_agent_modifying_another_noun_stays_none(mention_codes):
    got = mention_codes("CAIRO (Reuters) - Egypt announced a police reform on Monday.")
    assert not any(c.endswith("COP") for c in got.values())
