"""A capitalised plural event noun opening a lead after a dateline is tagged a name by the
parser ("MOSCOW (Reuters) - Talks between ..."): it is still the event noun."""

from __future__ import annotations

import pytest

SIDES = {"Russia": "RUS", "Ukraine": "UKR", "Israel": "ISR", "Hamas": "PSEHMS"}


@pytest.mark.parametrize(
    "text, pair, cameo",
    [
        ("KIEV (Reuters) - Talks between Russia and Ukraine resumed on Friday.", ("RUS", "UKR"), "046"),
        ("CAIRO (Reuters) - Negotiations between Israel and Hamas stalled on Tuesday.", ("ISR", "PSEHMS"), "046"),
    ],
)
def test_a_plural_event_noun_after_a_dateline_codes(code, text, pair, cameo):
    got = code(text, SIDES)
    assert (pair[0], pair[1], cameo, "asserted") in got and (pair[1], pair[0], cameo, "asserted") in got, got


def test_talks_put_off_after_a_dateline_did_not_take_place(code):
    got = code("LONDON (Reuters) - Talks between Russia and Ukraine were postponed.", SIDES)
    assert got and all(m == "hypothetical" for *_, m in got), got
