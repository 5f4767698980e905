"""A settlement reached with someone, or settling with them, is an agreement, as "reached a deal
with" is (patterns.tsv `reach`, `settle ... with`); settling in a place is none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The company reached a settlement with the Justice Department.",
        "The company settled with the Justice Department.",
    ],
)
def test_a_settlement_with_someone_is_an_agreement(code, text):
    got = code(text, {"The company": "USABUS", "the Justice Department": "USAJUD"})
    assert ("USABUS", "USAJUD", "030", "asserted") in got, got


def test_settling_in_a_place_is_no_agreement(code):
    assert code("Syrian migrants settled in Germany.", {"Syrian migrants": "SYRREF", "Germany": "DEU"}) == []
