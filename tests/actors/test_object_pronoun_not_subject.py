"""A plain object "him"/"her" is never the subject of its own clause (that would be "himself"):
"Wanjiku met Reisinger and urged her to ..." is Reisinger urged (coref.py `_own_doers`)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2025, 6, 1), dictionary=d)


def pronoun_actor(res, word):
    m = next((m for m in res.mentions if m.via == "pronoun" and m.text == word), None)
    return res.actors[m.actor].name if m is not None else None


def test_an_object_pronoun_skips_its_clauses_subject(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger in Vienna and urged her to lift the tariffs.")
    assert pronoun_actor(res, "her") == "Beate Reisinger"


def test_through_a_preposition(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger and spoke with her about tariffs.")
    assert pronoun_actor(res, "her") == "Beate Reisinger"


def test_the_subject_of_a_reporting_clause_stays_an_antecedent(run):
    res = run("Kenyan Trade Minister Grace Wanjiku said the Austrian government had misled her.")
    assert pronoun_actor(res, "her") == "Grace Wanjiku"


def test_a_place_phrase_on_a_verb_with_an_object_may_be_the_subject(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger and took the draft with her to Nairobi.")
    assert pronoun_actor(res, "her") == "Grace Wanjiku"


def test_with_after_a_verb_of_dealing_is_the_other(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger and discussed the draft with her.")
    assert pronoun_actor(res, "her") == "Beate Reisinger"
