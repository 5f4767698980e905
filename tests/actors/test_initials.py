"""Initials of an organisation the article named in full before (actors/initials.py)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2019, 11, 20), dictionary=d)


def by_text(res):
    return {m.text: m for m in res.mentions}


def test_initials_of_a_commission_named_earlier_are_that_body(run):
    res = run("SAN FRANCISCO (AP) - The Public Utilities Commission holds a hearing on Wednesday.\n\n"
              "Residents have urged the PUC to require backup power.")
    m = by_text(res)["the PUC"]
    assert m.code == "USAGOV"


def test_initials_of_an_agency_are_the_same_actor(run):
    res = run("WASHINGTON (Reuters) - The Consumer Financial Protection Bureau fined a lender on Wednesday.\n\n"
              "The CFPB said the lender had misled borrowers.")
    ms = by_text(res)
    assert ms["The CFPB"].actor == ms["The Consumer Financial Protection Bureau"].actor


def test_initials_need_the_whole_name_not_a_body_it_ends_in(run):
    # "National Security Council" ends in "Security Council" (the UN's), but the NSC is not it
    res = run("WASHINGTON (Reuters) - A former National Security Council aide testified on Tuesday.\n\n"
              "He left the NSC in July.")
    assert not any(m.code.startswith("IGO") for m in res.mentions if "NSC" in m.text)


@pytest.mark.parametrize("text, initials, country", [
    ("ISLAMABAD (Reuters) - The Election Commission of Pakistan (ECP) has come under pressure.\n\n"
     "The ECP rejected the accusation on Tuesday.", "The ECP", "PAK"),
    ("WASHINGTON (AP) - The Independent Electoral Commission of South Africa has come under pressure.\n\n"
     "Opposition parties accused the IEC of bias.", "the IEC", "ZAF"),
])
def test_initials_of_a_body_named_with_of_and_its_country_are_that_body(run, text, initials, country):
    # the country after "of" may give the last initial (ECP) or none (IEC): either way the body, of that country
    res = run(text)
    assert by_text(res)[initials].code.startswith(country)
