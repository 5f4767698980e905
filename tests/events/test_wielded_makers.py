"""A weapon fired, launched or used is its doer's means: the adjective on it names its maker,
no target ("Russia fired Iranian missiles" is no attack on Iran); a weapon destroyed or seized
is its owner's, and one used as a subject is its user's ("Russian missiles hit Kyiv")."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, maker", [
    ("Russia fired Iranian missiles.", "IRN"),
    ("Russian troops fired American-made missiles captured from Ukraine.", "USA"),
])
def test_the_maker_of_a_weapon_fired_is_no_target(text, maker):
    got = _events(text)
    assert not any(e[1] and e[1].startswith(maker) and e[2][:2] in ("19", "20") for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("Ukraine destroyed Russian tanks near Bakhmut.", ("UKR", "RUSMIL")),
    ("The Yemeni coast guard seized Iranian weapons bound for the Houthis.", ("YEMMIL", "IRN")),
    ("Russian missiles hit Kyiv.", ("RUS", "UKR")),
    ("Hamas launched Iranian-made rockets at Israel.", ("PSEREBHMS", "ISR")),
])
def test_owners_users_and_aimed_targets_stay(text, expected):
    assert any(e[:2] == expected for e in _events(text))
