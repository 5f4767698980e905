"""A trigger inside quotation marks is the speaker's own words, read at one remove: the
`quoted_trigger` doubt (confidence.yaml, 0.75) weighs as much as a side found only by inference,
so that a quoted act with one weak side ("We ...", a pronoun or a bare role) falls below the
default threshold while the same act told plainly stays above it."""

from __future__ import annotations

from detente.engine import code_records
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE, Weights


def events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return rec["events"]


def one(text, root):
    found = [e for e in events(text) if e["cameo"].startswith(root) and e["modality"] == "asserted"]
    assert found, events(text)
    return found[0]


def test_the_factor_is_a_weak_inference():
    w = Weights.load()
    assert w.cues["quoted_trigger"] == 0.75
    assert w.cues["quoted_trigger"] < w.side["pronoun"]


def test_a_quoted_act_is_read_at_one_remove():
    quoted = one('Kenyan President Ruto said: "We reject the claim Uganda has made to the islands."', "12")
    plain = one("Kenyan President William Ruto rejected the claim Uganda has made to the islands.", "12")
    assert (quoted["source"], quoted["target"]) == (plain["source"], plain["target"]) == ("KENGOV", "UGA")
    assert "cues.quoted_trigger 0.75" in quoted["confidence_factors"]
    assert quoted["confidence"] < plain["confidence"]


def test_a_quoted_act_with_a_weak_side_falls_below_the_default():
    quoted = one('Kenyan President Ruto said: "We will not accept that Uganda has seized our islands."', "12")
    assert quoted["target"] == "UGA"
    assert quoted["confidence"] < DEFAULT_MIN_CONFIDENCE
    plain = one("The Nigerian president condemned Ghana for closing the border.", "11")
    assert plain["confidence"] >= DEFAULT_MIN_CONFIDENCE
