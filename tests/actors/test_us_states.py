"""US states that share a name with a country: Georgia's offices and a US dateline say the state."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()

    def go(text):
        res = resolve_actors(nlp(text), dictionary=d)
        return {m.text: m.code for m in res.mentions}

    return go


def test_a_us_dateline_makes_georgia_the_state(run):
    got = run("ATLANTA (AP) - Georgia's health department sued the company on Monday.")
    assert not any(c.startswith("GEO") for c in got.values())
    got = run("ATHENS, Ga. (AP) - Georgia's education board fined the university on Friday.")
    assert not any(c.startswith("GEO") for c in got.values())


def test_a_us_office_after_georgia_is_the_states(run):
    got = run("WASHINGTON (Reuters) - Georgia's attorney general filed a lawsuit against the federal government.")
    assert got["attorney general"] == "USAJUD"
    got = run("Georgia's lieutenant governor criticised the plan on Tuesday.")
    assert not any(c.startswith("GEO") for c in got.values())


def test_the_country_georgia_stays_the_country(run):
    got = run("TBILISI (Reuters) - Georgia's government accused Russia of occupying its territory.")
    assert got["Georgia's government"] == "GEOGOV"
    got = run("WASHINGTON (Reuters) - Georgia's president criticised the ruling party on Thursday.")
    assert got["Georgia's president"] == "GEOGOV"
    got = run("ATLANTA (Reuters) - Georgia's prime minister criticised Russia and the Kremlin on Monday.")
    assert got["Georgia's prime minister"] == "GEOGOV"  # a keep word in the sentence outweighs the dateline
