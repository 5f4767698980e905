"""Shared fixtures: paths to the read-only data beside the project, and the real seed page."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_e25c9ce347118446.txt"
SEED_GOLD = SHARED / "seeds" / "000_e25c9ce347118446.gold.json"
CORPUS = SHARED / "corpus" / "scrapinghub-dev"
GOLD = SHARED / "gold"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the tests read ../shared beside the project")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The production spaCy pipeline (with detente's sentence rules), loaded once per session."""
    from detente.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed(nlp, seed_gold):
    """The seed page parsed whole, with its hand annotation."""
    return nlp(need(SEED).read_text("utf-8")), seed_gold


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(need(SEED_GOLD).read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need(CORPUS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return need(GOLD)
