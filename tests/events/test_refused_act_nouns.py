"""A noun of refusal folds the act its infinitive names, as "refused to" does: "Germany's refusal
to send tanks to Ukraine" is Germany's rejection (122) of Ukraine, told as done; a hostile act's
refusal rejects no one."""

from __future__ import annotations

import pytest

PHRASES = {"Germany's": "DEU", "Ukraine": "UKR", "Washington's": "USA", "Cuba": "CUB", "Russia": "RUS", "Kyiv": "UKR"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany's refusal to send tanks to Ukraine angered its allies.", ("DEU", "UKR", "122", "asserted")),
        ("Washington's refusal to lift sanctions on Cuba drew criticism.", ("USA", "CUB", "1244", "asserted")),
    ],
)
def test_a_refusal_noun_is_the_rejection_of_the_act_it_names(code, text, expected):
    got = code(text, PHRASES)
    assert expected in got, got
    assert not any(e[3] == "negated" for e in got), got


def test_a_refusal_noun_of_a_hostile_act_rejects_no_one(code):
    got = code("Germany's refusal to impose sanctions on Russia angered Kyiv.", PHRASES)
    assert not any(e[2].startswith("12") or e[2] == "163" for e in got), got
