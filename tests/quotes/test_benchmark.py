"""The quote benchmark's figures must stay above the floors pinned in benchmarks/baselines/quotes.json."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "benchmarks" / "quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fixtures_are_sound():
    bench = _bench()
    passages = bench.load()
    assert len(passages) >= 60
    kinds = {t for p in passages for t in p["tags"]}
    for needed in ("split", "multi-paragraph", "according-to", "pronoun", "title", "scare-quotes", "no-quote", "straight"):
        assert any(needed in k for k in kinds), needed
    for p in passages:
        for q in p["quotes"]:
            assert q["starts_with"] in p["text"], p["id"]


def test_scores_keep_the_floors(nlp):
    bench = _bench()
    floors = json.loads((ROOT / "benchmarks" / "baselines" / "quotes.json").read_text())
    result = bench.score(bench.load(), nlp)
    for key in ("precision", "recall", "f1", "speaker_accuracy"):
        assert result[key] >= floors[key], f"{key} {result[key]} fell below the floor {floors[key]}"
