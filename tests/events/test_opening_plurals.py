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


def test_a_plural_name_after_a_dateline_is_no_event_noun(nlp):
    from detente.events.triggers import _opening_plural

    doc = nlp("LONDON (Reuters) - Peace Talks Inc said on Friday it would expand.")
    assert not any(_opening_plural(t) for t in doc), [(t.text, t.pos_, t.tag_) for t in doc]
    doc = nlp("KIEV (Reuters) - Talks between Russia and Ukraine resumed on Friday.")
    assert [w for t in doc for w in _opening_plural(t)] == ["talk"]
