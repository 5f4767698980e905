"""Central banks named "Bank of X" and the like (data/actors/metonyms.tsv) are their state's
(GOV), while the commercial lenders so named stay businesses (organisations.tsv)."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: {m.text: m.code for m in resolve_actors(nlp(text), dictionary=d).mentions}


@pytest.mark.parametrize("text,phrase,code", [
    ("The Bank of Russia raised its key rate on Friday.", "The Bank of Russia", "RUSGOV"),
    ("The Bank of Korea warned lenders on Tuesday.", "The Bank of Korea", "KORGOV"),
    ("The Swiss National Bank intervened in currency markets.", "The Swiss National Bank", "CHEGOV"),
    ("Officials at the Bundesbank criticised the plan.", "the Bundesbank", "DEUGOV"),
    ("The State Bank of Pakistan cut rates.", "The State Bank of Pakistan", "PAKGOV"),
    # a lender named "Bank of" a country is a business of it
    ("Bank of China agreed to pay a fine.", "Bank of China", "CHNBUSBOC"),
    ("The Bank of Ireland cut 1,000 jobs.", "The Bank of Ireland", "IRLBUSBOI"),
])
def test_central_banks_are_the_state_lenders_are_businesses(run, text, phrase, code):
    assert run(text)[phrase] == code
