from pathlib import Path

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.events import Lexicon

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from detente.nlp import load

    return load()  # the production pipeline: its dateline, line-break and lemma components too


@pytest.fixture(scope="session")
def shared():
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def lexicon():
    return Lexicon.load()


@pytest.fixture(scope="session")
def mention_codes(nlp):
    """text -> {mention text: actor code}, with the built-in dictionary (the production pipeline)."""
    d = ActorDictionary.load()

    def go(text):
        res = resolve_actors(nlp(text), dictionary=d)
        return {m.text: m.code for m in res.mentions}

    return go
