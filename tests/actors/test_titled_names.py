"""An unknown name the entity model missed after a title ("BISSAU (AFP) - President Umaro Sissoco
Embalo said") is a new person with the title's role (resolve.py `_titled_names`)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2025, 6, 1), dictionary=d)


def codes(res):
    return {m.text: m.code for m in res.mentions}


def test_a_name_after_a_title_the_entity_model_missed_is_a_person(run):
    res = run("BISSAU (AFP) - President Umaro Sissoco Embalo told reporters that he had been arrested.")
    assert codes(res)["President Umaro Sissoco Embalo"] == "GNBGOV"
    assert codes(res)["he"] == "GNBGOV"


def test_a_title_before_a_place_or_a_lone_word_makes_no_person(run):
    res = run("The President Street bridge in Baltimore was closed on Monday.")
    assert not any(res.actors[m.actor].kind == "person" for m in res.mentions)
