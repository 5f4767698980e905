""""Called on X to ..." and "called for X to ..." are appeals, never a phone call: the particle on
the verb picks the sense, so an appeal that names whom it asks gets no `ambiguous_trigger` doubt
(confidence.yaml `sense_particles`). One that names no one keeps it."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return [e for e in rec["events"] if e["modality"] == "asserted"]


def test_call_on_someone_is_no_ambiguous_call():
    got = [e for e in _events("The Swedish foreign ministry called on Belarus to free the detained journalists.")
           if e["cameo"].startswith("02")]
    assert got and all("ambiguous_trigger" not in e["confidence_factors"] for e in got), got
    assert any(e["target"] == "BLR" and e["confidence"] >= 0.5 for e in got), got


def test_call_for_with_no_one_named_keeps_the_doubt():
    got = [e for e in _events("Norway called for an end to the fighting.") if e["cameo"].startswith("02")]
    assert all("ambiguous_trigger" in e["confidence_factors"] for e in got if not e["target"]), got


def test_a_phone_call_keeps_its_own_sense():
    got = _events("The Kenyan president called the Ugandan leader on Tuesday.")
    assert not any(e["cameo"].startswith("02") for e in got), got
