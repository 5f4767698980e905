"""Sides that together fail to reach or refuse a joint act (a `sym` row folded into a refusal or
failure) act on each other; an actor of its topic ("on Taiwan", "on Northern Ireland") is no
counterpart, as for "X and Y traded barbs over migrants" (build.verb_event, topics_dropped)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_a_failed_agreement_on_a_topic_is_between_the_sides():
    got = _events("WASHINGTON (Reuters) - Biden and Xi failed to reach an agreement on Taiwan.")
    assert not [e for e in got if e[1] == "TWN"]
    assert {(s[:3], t[:3], c) for s, t, c, _ in got} == {("USA", "CHN", "120"), ("CHN", "USA", "120")}
    got = _events("BRUSSELS (Reuters) - Britain and the EU failed to reach a deal on Northern Ireland.")
    assert ("GBR", "IGOEUREEC", "120", "asserted") in got and ("IGOEUREEC", "GBR", "120", "asserted") in got


def test_talks_on_a_topic_refused_together_are_refused_each_other():
    got = _events("MOSCOW (Reuters) - Russia and Ukraine refused to hold talks on Crimea.")
    assert ("RUS", "UKR", "125", "asserted") in got and ("UKR", "RUS", "125", "asserted") in got
