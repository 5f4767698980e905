"""Resolution rules added for older news and group names: dated organisations, earlier heads of
state, ethnic groups, bare roles placed by their sentence, capitals acting as governments."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()

    def go(text, on=None):
        doc = nlp(text)
        return resolve_actors(doc, on=on, dictionary=d)

    return go


def codes(res):
    return {m.text: m.code for m in res.mentions}


@pytest.mark.parametrize("on,splm,rpf", [
    (date(1990, 6, 1), "SDNREBSPL", "RWAREBRPF"),
    (date(2003, 6, 1), "SDNREBSPL", "RWAPTYRPF"),
    (date(2015, 6, 1), "SSDPTYSPL", "RWAPTYRPF"),
])
def test_organisations_change_code_with_time(run, on, splm, rpf):
    got = codes(run("Talks between the SPLM and the RPF opened in Nairobi.", on))
    assert got["the SPLM"] == splm and got["the RPF"] == rpf


@pytest.mark.parametrize("text,on,phrase,code", [
    ("Abdelaziz Bouteflika opened the session.", date(2005, 3, 1), "Abdelaziz Bouteflika", "DZAGOV"),
    ("Abdelaziz Bouteflika opened the session.", date(2020, 3, 1), "Abdelaziz Bouteflika", "DZAELI"),
    ("Alassane Ouattara opened the session.", date(1992, 3, 1), "Alassane Ouattara", "CIVGOV"),
    ("Alassane Ouattara opened the session.", date(2000, 3, 1), "Alassane Ouattara", "CIVELI"),
    ("Alassane Ouattara opened the session.", date(2015, 3, 1), "Alassane Ouattara", "CIVGOV"),
    ("Aristide returned to the palace.", date(1993, 3, 1), "Aristide", "HTIELI"),
])
def test_earlier_office_holders(run, text, on, phrase, code):
    assert codes(run(text, on))[phrase] == code
