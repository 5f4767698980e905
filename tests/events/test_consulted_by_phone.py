"""A consultation held "in", "during" or "on" a phone call, or "by" or "over the phone", is one
consultation by telephone (041), with whom the verb names (triggers._consulted_in_call; patterns.tsv
`discuss` by/over rows): the call is not a second act whose borrowed target is the topic."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


@pytest.mark.parametrize("text", [
    "ANKARA (Reuters) - Erdogan discussed Syria with Putin in a phone call on Friday.",
    "ANKARA (Reuters) - Erdogan and Putin discussed Syria during their phone call on Friday.",
    "ANKARA (Reuters) - In a phone call on Friday, Erdogan and Putin discussed Syria.",
    "MOSCOW (Reuters) - Putin and Erdogan discussed the war in a telephone conversation on Wednesday.",
    "ANKARA (Reuters) - Erdogan and Putin discussed Syria by phone on Friday.",
    "ANKARA (Reuters) - Erdogan and Putin discussed Syria over the phone on Friday.",
])
def test_a_consultation_in_a_call_is_one_phone_call(text):
    got = _events(text)
    assert ("TURGOV", "RUSGOV", "041", "asserted") in got or ("RUSGOV", "TURGOV", "041", "asserted") in got
    assert not [e for e in got if e[1] == "SYR"]  # the topic is no counterpart
    assert not [e for e in got if e[2] == "040"]  # told once, by phone


def test_a_topic_not_raised_in_a_call_leaves_the_call():
    got = _events("ANKARA (Reuters) - Erdogan and Putin did not discuss Syria in their phone call.")
    assert ("TURGOV", "RUSGOV", "041", "negated") not in got


def test_another_act_in_a_call_keeps_the_call():
    got = _events("ANKARA (Reuters) - Erdogan praised Putin during their phone call on Friday.")
    assert ("TURGOV", "RUSGOV", "051", "asserted") in got
    assert ("TURGOV", "RUSGOV", "041", "asserted") in got


def test_a_call_that_names_its_counterpart_tells_the_consultation():
    got = _events("ANKARA (Reuters) - Erdogan discussed Syria in a phone call with Putin on Friday.")
    assert ("TURGOV", "RUSGOV", "041", "asserted") in got
    assert not [e for e in got if e[2] == "040" or e[1] == "SYR"]  # told once; the topic is no counterpart
