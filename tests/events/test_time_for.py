"""A reported "it is time for X to ..." tells what X must do: a demand on X, as "said X must"
is; the act it names is asked for, not done."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("Egypt said it was time for Israel to withdraw from the occupied territories.", "EGY", "ISR"),
    ("Germany says it is high time for Serbia to end the blockade.", "DEU", "SRB"),
])
def test_time_for_is_a_demand(text, source, target):
    got = _events(text)
    assert any(e[:2] == (source, target) and e[2].startswith("10") for e in got), got


def test_time_for_act_is_not_done():
    got = _events("Egypt said it was time for Israel to withdraw from the occupied territories.")
    assert not any(e[2].startswith("08") for e in got), got


def test_time_without_infinitive_subject_codes_no_demand():
    got = _events("Egypt said it was time to act.")
    assert not any(e[2].startswith("10") for e in got), got
