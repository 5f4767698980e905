"""Quality gate: extraction F1 on the real-page corpus must stay above the pinned floor."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((ROOT / "benchmarks" / "baselines" / "extraction.json").read_text(encoding="utf-8"))


def _benchmark():
    spec = importlib.util.spec_from_file_location("extraction_benchmark", ROOT / "benchmarks" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


bench = _benchmark()
pytestmark = pytest.mark.skipif(
    not (bench.CORPUS / "ground-truth.json").is_file(), reason=f"corpus not found at {bench.CORPUS}"
)


def test_scoring_is_bag_of_words():
    assert bench.tokens("The cat, the HAT.") == {"the": 2, "cat": 1, "hat": 1}


def test_f1_above_pinned_floor():
    score = bench.score_corpus()
    assert score.pages >= 100
    assert len(score.failures) <= BASELINE["max_failures"], score.failures
    assert score.f1 >= BASELINE["f1_floor"] >= 0.96, score.summary()
