"""A "them" object is the one plural group named before it as a subject in its sentence that does
not do its verb, else the plural subject of the sentence before (actors/coref.py
`resolve_object_pronouns`): "Protesters marched on Sunday. Police arrested dozens of them"."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _record(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2025-03-02"}])
    return out


def _events(text):
    return {(e.get("source"), e.get("cameo")[:2], e.get("target")) for e in _record(text)["events"]}


@pytest.mark.parametrize("text, want", [
    ("HAVANA (Reuters) - Protesters marched through the city on Sunday. Police arrested them.", ("CUBCOP", "17", "CUBOPP")),
    ("HAVANA (Reuters) - Protesters marched through the city on Sunday. Police arrested 20 of them.", ("CUBCOP", "17", "CUBOPP")),
    ("Protesters marched in Havana, and the Cuban government arrested dozens of them.", ("CUBGOV", "17", "CUBOPP")),
])
def test_them_is_the_plural_group_named_before(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "China and Japan held talks. The United States welcomed them.",  # two actors before it
    "The minister met the students on Monday. Police arrested them.",  # a person subject
    "Protesters and farmers marched on Sunday. Police arrested them.",  # two groups before it
    "The delegation arrived on Sunday. Police stopped them.",  # no plural group
])
def test_them_is_left_alone(text):
    them = [a for a in _record(text)["actors"] if a["text"] == "them"]
    assert not them, them
