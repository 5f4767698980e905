"""Aid and loans paid out (patterns.tsv: "release" with aid for object, "disburse", "extend" a
loan or a credit line) are economic or other aid to the state they go to, not a release of
prisoners (0841): "released $300 million in aid to Pakistan", "the IMF disbursed $820 million to
Egypt", "extended a $1.5 billion credit line to Sri Lanka"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("WASHINGTON (Reuters) - Washington released $300 million in aid to Pakistan.", ("USAGOV", "PAK", "070")),
    ("BRUSSELS (Reuters) - The European Union released a 5 billion euro tranche of aid to Ukraine.",
     ("IGOEUREEC", "UKR", "070")),
    ("WASHINGTON (Reuters) - The United States released $400 million in military aid to Ukraine.", ("USA", "UKR", "072")),
    ("CAIRO (Reuters) - The IMF disbursed $820 million to Egypt.", ("IGOIMF", "EGY", "071")),
    ("COLOMBO (Reuters) - China extended a $1.5 billion credit line to Sri Lanka.", ("CHN", "LKA", "071")),
    ("ISLAMABAD (Reuters) - China extended a $2 billion loan to Pakistan.", ("CHN", "PAK", "071")),
])
def test_money_paid_out_is_aid(story, text, event):
    got = story(text)
    assert event + ("asserted",) in got, got
    assert not any(e[2] == "0841" for e in got), got


@pytest.mark.parametrize("text", [
    "KABUL (Reuters) - The Taliban released two American prisoners.",
    "JERUSALEM (Reuters) - Israel released 30 Palestinian prisoners.",
])
def test_persons_released_are_still_freed(story, text):
    assert any(e[2] == "0841" for e in story(text))


@pytest.mark.parametrize("text", [
    "BRUSSELS (Reuters) - The EU extended the deadline for talks with Britain.",
    "LONDON (Reuters) - The company released its earnings report.",
])
def test_other_things_extended_or_released_are_no_aid(story, text):
    assert not any(e[2][:2] == "07" for e in story(text))
