"""What a speaker says its own side and another must or should do together is a course it sets for
both, no demand on the other (events/clauses.py `speech_event`): "Wang said the two countries should
resolve their differences through dialogue"."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2025-03-02"}])
    return {(e.get("source"), e["cameo"], e.get("target"), e["modality"]) for e in out["events"]}


@pytest.mark.parametrize("text", [
    "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met Indonesian President Prabowo Subianto in Jakarta.\n\n"
    "Wang said the two countries should resolve their differences through dialogue.",
    "China said China and Japan should hold talks.",
])
def test_a_course_set_for_both_sides_is_no_demand(text):
    got = _events(text)
    assert not any(c.startswith("10") for _, c, _, _ in got), got


def test_a_course_set_for_the_other_alone_is_a_demand():
    assert ("CHN", "100", "JPN", "asserted") in _events("China said Japan should stop provoking.")
