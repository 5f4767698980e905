"""Initials of a state body whose full name holds its country (actors/initials.py,
`initials_place_roles` in attachment.yaml)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2003, 5, 14), dictionary=d)


def codes(res, word):
    return {m.code for m in res.mentions if m.text.endswith(word)}


def test_initials_of_a_commission_named_with_its_demonym_are_that_country_s(run):
    # no dateline: the country is the one the body's full name holds
    res = run("A mining company has been fined after an inquiry by the Canadian Competition and Pricing "
              "Commission (CCPC). The CCPC said the firm had misled its customers.")
    assert codes(res, "CCPC") == {"CANGOV"}


def test_initials_of_an_authority_named_with_its_country(run):
    res = run("The airline was grounded by the Kenyan Aviation Safety Authority (KASA) on Monday. "
              "KASA accused the airline of ignoring repeated warnings.")
    assert codes(res, "KASA") == {"KENGOV"}


def test_initials_of_armed_forces_named_with_a_country_stay_unread(run):
    # a rebel army is often named for the country it fights in: no army of that state
    res = run("The Sudanese Liberation Forces (SLF) attacked a convoy. The SLF denied the report.")
    assert not any(c.startswith("SDNMIL") for c in codes(res, "SLF"))
