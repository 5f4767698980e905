from pathlib import Path

import pytest

from detente.actors import ActorDictionary
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
