"""A bare count word ("the two", "both") as the subject of a clause joined by "and" to the one
before it in the same sentence stands for the two actors that clause names (plural._bare_pair);
anywhere else it stays no reference."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.events import code_events

ON = date(2025, 6, 1)


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=ON, dictionary=d)


def plural(res, phrase):
    return [m.code for m in res.mentions if m.via == "plural" and m.text == phrase]


@pytest.mark.parametrize("text, phrase", [
    ("Xi met Putin in Moscow on Tuesday and the two discussed the war in Ukraine.", "the two"),
    ("Xi met Putin in Moscow and both agreed to deepen ties.", "both"),
])
def test_the_two_after_and_are_the_pair_of_the_clause_before(run, text, phrase):
    assert plural(run(text), phrase) == ["CHNGOV", "RUSGOV"]


@pytest.mark.parametrize("text", [
    "Xi met Putin in Moscow on Tuesday. The two discussed energy.",  # a sentence of its own: anyone
    "Xi met Putin, Modi and Lula in Moscow and the two discussed energy.",  # more than two named
    "Xi flew to Moscow on Tuesday and the two discussed energy.",  # one named
])
def test_a_bare_count_word_elsewhere_stands_for_no_one(run, text):
    res = run(text)
    assert [m for m in res.mentions if m.via == "plural"] == []


def test_what_the_two_did_is_coded_between_them(nlp):
    doc = nlp("Xi met Putin in Moscow on Tuesday and the two agreed to expand energy cooperation.")
    evs = code_events(doc, resolve_actors(doc, on=ON, dictionary=ActorDictionary.load()), on=ON)
    got = {(e.source, e.target) for e in evs if e.cameo.startswith("03")}
    assert {("CHNGOV", "RUSGOV"), ("RUSGOV", "CHNGOV")} <= got, [(e.source, e.target, e.cameo) for e in evs]


# A head that names what each of two is to the other ("the neighbours") stands for the two a
# sentence before names together, with no count word (plural.yaml `pair_heads`); the neighbours of
# a street, or two countries named apart, stand for no one.

@pytest.mark.parametrize("text, phrase, codes", [
    ("Cambodia and Thailand traded fire along their border.\n\nThe neighbours agreed to hold talks.",
     "The neighbours", ["KHM", "THA"]),
    ("Kenya and Tanzania signed a border agreement.\n\nThe neighbours had been at odds over trade.",
     "The neighbours", ["KEN", "TZA"]),
])
def test_the_neighbours_are_the_two_named_together(run, text, phrase, codes):
    assert plural(run(text), phrase) == codes


@pytest.mark.parametrize("text, phrase", [
    ("Police arrested a man after a stabbing in north London.\n\nThe neighbours told police they heard screams.",
     "The neighbours"),
    ("Russia attacked Ukraine's power grid overnight. Poland scrambled jets.\n\nThe neighbours said they heard explosions.",
     "The neighbours"),
    ("China criticised Japan on Monday. Separately, India hosted a summit.\n\nThe neighbours said the talks were useful.",
     "The neighbours"),
])
def test_the_neighbours_of_no_two_named_together_are_no_one(run, text, phrase):
    assert plural(run(text), phrase) == []
