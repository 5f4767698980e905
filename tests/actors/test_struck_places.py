"""A state's bare army that strikes "in" a place is not that place's: the place is what it strikes
(attachment.yaml `striking_roles`, places.py `struck`); the dateline places it ("TEL AVIV - The
army struck targets in Gaza": Israel's). Without a dateline of another country, nothing changes."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e.get("cameo")[:2], e.get("target")) for e in out["events"]}


@pytest.mark.parametrize("text, want", [
    ("TEL AVIV (Reuters) - The army struck targets in Gaza overnight.", ("ISRMIL", "19", "PSE")),
    ("TEL AVIV (Reuters) - The military said it struck targets in Gaza.", ("ISRMIL", "19", "PSE")),
    ("MOSCOW (Reuters) - The army shelled positions in Ukraine on Tuesday.", ("RUSMIL", "19", "UKR")),
    ("NAIROBI (Reuters) - The army struck militant camps in Somalia.", ("KENMIL", "19", "SOM")),
])
def test_a_dateline_states_army_strikes_the_place(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    # no dateline: the sentence's one country, as before; the victims' own place is theirs
    ("The army shelled rebel positions in Syria, the state news agency said.", ("SYRMIL", "19", "SYR")),
    ("LONDON (Reuters) - Soldiers fired on protesters in Khartoum.", ("GBRMIL", "19", "SDNOPP")),
])
def test_other_places_are_read_as_before(text, want):
    assert want in _events(text)


def _codes(text):
    from detente.actors import ActorDictionary, resolve_actors
    from detente.nlp import load

    res = resolve_actors(load()(text), dictionary=ActorDictionary.load())
    return {m.text: m.code for m in res.mentions}


@pytest.mark.parametrize("text, who, code", [
    # the one who tells of a strike "in" a country is not that country's: the dateline's
    ("ANKARA (Reuters) - Turkish jets struck militant targets in northern Iraq, the defence ministry said.",
     "the defence ministry", "TURGOV"),
    ("ANKARA (Reuters) - The defence ministry said Turkish jets struck militant targets in northern Iraq.",
     "The defence ministry", "TURGOV"),
    # the dateline is the place struck: the sentence's country stands
    ("BAGHDAD (Reuters) - Turkish jets struck targets in northern Iraq, the defence ministry said.",
     "the defence ministry", "IRQGOV"),
])
def test_who_tells_of_a_strike_in_a_place_is_the_datelines(text, who, code):
    assert _codes(text)[who] == code
