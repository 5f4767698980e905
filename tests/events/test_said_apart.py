"""A modal verb inside what someone says in a clause that does not hold the trigger doubts that
clause, not the trigger's act: "Putin praised the deal with Turkey, saying it would help stabilise
the region" asserts the praise without doubt (events/confidence.py `_said_apart`)."""

from __future__ import annotations

from detente.engine import code_records
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE


def events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return rec["events"]


def conf(text, cameo_root):
    found = [e for e in events(text) if e["cameo"].startswith(cameo_root)]
    assert found, events(text)
    return found[0]["confidence"]


def test_a_modal_in_what_is_said_apart_does_not_doubt_the_act():
    plain = conf("Putin praised the deal with Turkey.", "05")
    said = conf("Putin praised the deal with Turkey, saying it would help stabilise the region.", "05")
    assert said == plain and said >= DEFAULT_MIN_CONFIDENCE
    assert conf("Moscow criticised the U.S. sanctions, which it said would harm relations.", "11") == conf(
        "Moscow criticised the U.S. sanctions.", "11")


def test_a_modal_over_the_act_itself_still_doubts_it():
    plain = conf("China condemned Russia.", "11")
    for text in ("Analysts said China could condemn Russia.", "China would condemn Russia, officials said."):
        found = [e for e in events(text) if e["cameo"].startswith("11")]
        assert all(e["confidence"] < plain or e["modality"] != "asserted" for e in found), (text, found)
