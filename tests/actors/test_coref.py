"""Pronouns go to the salient person: the subject of the nearest earlier sentence with a person
as subject (coref.py), including people first named in an apposition or by a hyphenated name."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2025, 6, 1), dictionary=d)


def pronoun_actor(res, word):
    m = next(m for m in res.mentions if m.via == "pronoun" and m.text == word)
    return res.actors[m.actor].name


def test_subject_of_an_earlier_sentence_beats_a_nearer_non_subject(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger in Vienna on Monday. "
              "The talks turned to Reisinger's proposal on tariffs. "
              "She said the two countries would deepen trade ties.")
    assert pronoun_actor(res, "She") == "Grace Wanjiku"


def test_nearest_subject_wins_over_the_first_sentence(run):
    res = run("Kenyan Trade Minister Grace Wanjiku met Austrian envoy Beate Reisinger in Vienna on Monday. "
              "Reisinger praised the talks. She said the two countries would deepen trade ties.")
    assert pronoun_actor(res, "She") == "Beate Reisinger"


def test_counterpart_named_in_apposition_is_the_later_subject(run):
    res = run("Spanish Foreign Minister Ana Ruiz met her Chilean counterpart, Paula Ortega-Valdivia, in "
              "Santiago on Tuesday to discuss fishing rights. Ortega-Valdivia said the 2019 accord needed "
              "to be revised. \u201cA treaty without the fishermen is not a treaty,\u201d she said.")
    assert pronoun_actor(res, "she") == "Paula Ortega-Valdivia"
    m = next(m for m in res.mentions if m.text == "Paula Ortega-Valdivia")
    assert m.code.startswith("CHL")


def test_he_after_a_titled_leader(run):
    res = run("Chinese President Xi Jinping met the visiting delegation. He stated that China wants peace.")
    assert pronoun_actor(res, "He") == "Xi Jinping"


def test_he_is_never_a_plural_noun(run):
    # "reporters" are people, but "He" is one of them only in a plural-blind reading
    res = run("BANGKOK (AP) - Pita told reporters outside the court.\n\n"
              "He accused the army of using the courts to destroy its opponents.")
    assert not any(m.text == "He" for m in res.mentions)
    res = run("BANGKOK (AP) - Prime Minister Srettha Thavisin met reporters on Monday. He said talks would go on.")
    assert pronoun_actor(res, "He") == "Srettha Thavisin"


def test_a_thai_is_named_later_by_the_given_name(run):
    res = run("BANGKOK (AP) - Thai Interior Minister Chaiwat Rattanakorn met opposition leaders on Monday.\n\n"
              "Senators asked the court to remove Chaiwat over an appointment.")
    m = next(m for m in res.mentions if m.text == "Chaiwat")
    assert res.actors[m.actor].name == "Chaiwat Rattanakorn" and m.code == "THAGOV"


def _actor_of(res, text):
    m = next(m for m in res.mentions if m.text == text)
    return res.actors[m.actor].name


@pytest.mark.parametrize("text", [
    # a person the dictionary knows, named after a title that stands alone
    "Germany's new foreign minister, Johann Wadephul, travelled to Kyiv. The minister said Germany would help.",
    # an unknown name, with the title taken up again before the apposition pass
    "Malaysia\u2019s trade minister, Tengku Zafrul Aziz, spoke on Monday. The minister said Malaysia would not retaliate.",
])
def test_a_title_apposed_to_a_name_is_that_person_and_so_is_the_title_taken_up_later(run, text):
    res = run(text)
    name = text.split(", ")[1]
    assert _actor_of(res, "The minister") == name
    assert len({m.actor for m in res.mentions if m.text in (name, "The minister") or m.text.endswith("minister")}) == 1


def test_a_known_name_the_model_tags_a_plural_is_still_one_person(run):
    # "Guterres" is tagged NNPS; a named person is one person, whose "his" is his
    res = run("UNITED NATIONS (AP) - Spain's foreign minister, Jose Manuel Albares, said the world could not look away.\n\n"
              "Secretary-General Antonio Guterres welcomed the vote and renewed his appeal to Israel to open the crossings.")
    assert pronoun_actor(res, "his") == "Ant\u00f3nio Guterres"
