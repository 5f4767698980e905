"""A head that names what each of two is to the other ("the neighbours") stands for the two a
sentence before names together, with no count word (plural.yaml `pair_heads`); the neighbours of
a street, or two countries named apart, stand for no one."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors

ON = date(2025, 6, 1)


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=ON, dictionary=d)


def plural(res, phrase):
    return [m.code for m in res.mentions if m.via == "plural" and m.text == phrase]


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
