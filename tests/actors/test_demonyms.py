"""Demonyms in the spellings the wire services use side by side (data/actors/countries.tsv):
each names its country's people or agents."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: {m.text: m.code for m in resolve_actors(nlp(text), dictionary=d).mentions}


@pytest.mark.parametrize("demonym,code", [
    ("Ecuadorean", "ECU"), ("Ecuadorian", "ECU"),
    ("Argentinean", "ARG"), ("Argentine", "ARG"),
    ("Byelorussian", "BLR"), ("Belarusian", "BLR"),
    ("Somalian", "SOM"), ("Somali", "SOM"),
])
def test_variant_spellings_name_the_country(run, demonym, code):
    got = run(f"{demonym} police arrested 20 protesters on Monday.")
    assert got[f"{demonym} police"] == code + "COP"
