"""A stance on a policy is no act of the policy (cues.yaml `hypothetical_governors`,
`advocacy_nouns`, `stance_preps`), and whoever backs, opposes or condemns a measure against a
state is not acting on that state (arguments.py `_VICTIM_ROOTS`: threats and cuts in relations,
as coercion and force): "Germany opposed new sanctions against Russia" disapproves of no Russia."""

from __future__ import annotations

import pytest

_DEU_RUS = {"Germany": "DEU", "Russia": "RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany came out in favor of new sanctions against Russia.",
        "Germany argued for tougher sanctions against Russia.",
        "Germany lobbied for sanctions on Russia.",
        "Germany is against new sanctions on Russia.",
        "Germany favours new sanctions against Russia.",
    ],
)
def test_a_measure_argued_for_or_against_is_not_taken(code, text):
    got = code(text, _DEU_RUS)
    assert not [e for e in got if e[2].startswith("16") and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text",
    [
        "Germany opposed new sanctions against Russia.",
        "Germany backed new sanctions against Russia.",
        "Germany voiced support for new sanctions against Russia.",
        "Germany condemned the threats against Russia.",
    ],
)
def test_a_stance_on_a_measure_is_not_aimed_at_its_target(code, text):
    got = code(text, _DEU_RUS)
    assert not [e for e in got if e[:2] == ("DEU", "RUS") and e[2][:2] in ("05", "11")], got


def test_a_measure_condemned_is_aimed_at_its_doer(code):
    got = code("Russia condemned the sanctions imposed on it by the EU.", {"Russia": "RUS", "the EU": "IGOEUREEC"})
    assert ("RUS", "IGOEUREEC", "111", "asserted") in got


def test_a_measure_taken_stays_asserted(code):
    got = code("Germany imposed new sanctions on Russia.", _DEU_RUS)
    assert ("DEU", "RUS", "163", "asserted") in got
