""""far_argument" doubts a side more than 12 tokens from the trigger: the parser may have tied it
to the wrong verb. A side that is the trigger's own subject or object (or its passive's "by"
object), far from it only by a phrase between them, is no such doubt (events/confidence.py
`_tied`). A far side tied to another verb keeps it."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _arrests(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return [e for e in rec["events"] if e["modality"] == "asserted" and e["cameo"].startswith("17")]


@pytest.mark.parametrize("text", [
    # the subject, with a participle phrase between it and its verb
    "Kenyan police officers working in the crowded northern suburbs of the capital near the lake also arrested "
    "two Ugandan smugglers.",
    # the passive's "by" object, after a long place and time
    "Two Ugandan smugglers were arrested on a crowded road in the northern suburbs of the capital late on "
    "Friday evening by Kenyan police.",
])
def test_a_far_side_tied_to_the_trigger_is_no_far_doubt(text):
    got = _arrests(text)
    assert got and all(e["source"].startswith("KEN") and e["target"].startswith("UGA") for e in got), got
    assert all("far_argument" not in e["confidence_factors"] for e in got), got
    assert all(e["confidence"] >= 0.7 for e in got), got


def test_a_far_side_tied_to_another_verb_keeps_the_doubt():
    got = _arrests("Kenyan police officers, who had spent most of the week on a crowded road in the northern "
                   "suburbs, went on to arrest two Ugandan smugglers.")
    assert got and all("far_argument" in e["confidence_factors"] for e in got), got
