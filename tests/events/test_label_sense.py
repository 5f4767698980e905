"""A verb of naming read through the label it gives ("called the sanctions illegal", "called
Netanyahu a terrorist") has the sense the label tells: no ambiguous-trigger doubt
(events/confidence.py `_labelled`)."""

from __future__ import annotations

from detente.engine import code_records
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE


def events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return rec["events"]


def test_a_label_tells_the_sense_of_call():
    for text, root in (("China called the U.S. sanctions illegal on Monday.", "11"),
                       ("Erdogan called Netanyahu a terrorist.", "11"),
                       ("The Kremlin called the British decision unacceptable.", "11")):
        found = [e for e in events(text) if e["cameo"].startswith(root)]
        assert found and "ambiguous_trigger" not in found[0]["confidence_factors"], (text, found)
        assert found[0]["confidence"] >= DEFAULT_MIN_CONFIDENCE, (text, found)


def test_call_in_other_senses_keeps_its_doubt():
    # (an appeal that names whom it asks, "called for talks with Kyiv", loses the doubt by its
    # particle: confidence.yaml sense_particles, test_call_on_particle.py)
    found = [e for e in events("Putin called for talks.") if e["cameo"].startswith("02")]
    assert found and all("ambiguous_trigger" in e["confidence_factors"] for e in found), found
