"""An attack word with a reason ("for its tactics") is words, whether the parser hangs the "for"
phrase on the verb or on its object; a span of time stays no reason."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "for its ..." on "opposition"
    ("The Ugandan government attacked the opposition for its tactics.", ("UGAGOV", "UGAOPP")),
    ("Venezuela's government attacked the opposition for its call for protests.", ("VENGOV", "VENOPP")),
    # and on the verb
    ("The Ugandan government attacked the opposition party for its tactics.", ("UGAGOV", "UGAOPP")),
])
def test_a_reason_on_the_object_makes_an_attack_words(text, expected):
    got = _events(text)
    assert (*expected, "111", "asserted") in got, got
    assert not any(e[2].startswith("19") for e in got)


@pytest.mark.parametrize("text", [
    "The Ugandan government attacked the opposition.",  # no reason: left as force
    "Israeli jets attacked Hamas positions for a second night.",  # a span of time
    "The government attacked the rebels for their refusal to disarm.",  # an armed target
])
def test_no_reason_or_an_armed_target_stays_force(text):
    assert any(e[2] == "190" for e in _events(text))


def test_a_passive_with_its_doer_named_reads_as_the_active():
    got = _events("The UN was attacked by Israel for its resolution on Gaza.")
    assert ("ISR", "IGOUNO", "111", "asserted") in got, got
    assert not any(e[2].startswith("19") for e in got)
    # no doer named: left as it is
    assert any(e[2] == "190" for e in _events("The journalist was attacked for his reporting."))


@pytest.mark.parametrize("text, expected", [
    ("Russia attacked NATO over its expansion.", ("RUS", "IGOWSTNAT")),
    ("Venezuela's government attacked the opposition over its call for protests.", ("VENGOV", "VENOPP")),
])
def test_a_reason_given_with_over_makes_an_attack_words(text, expected):
    got = _events(text)
    assert (*expected, "111", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "Turkey attacked the Russian jet over its airspace.",  # a place owned: where
    "Israel attacked Gaza over the rocket fire.",  # a country as target
])
def test_over_a_place_or_on_a_country_stays_force(text):
    assert any(e[2] == "190" for e in _events(text))
