"""The quote benchmark's production figures must stay above the floors in benchmarks/baselines/quotes.json."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "benchmarks" / "quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fixtures_are_sound():
    bench = _bench()
    author, blind, blind2 = bench.load(bench.FIXTURES), bench.load(bench.BLIND), bench.load(bench.BLIND2)
    assert len(author) >= 60 and len(blind) >= 40 and len(blind2) >= 40
    kinds = {t for p in author for t in p["tags"]}
    for needed in ("split", "multi-paragraph", "according-to", "pronoun", "title", "scare-quotes", "no-quote", "straight"):
        assert any(needed in k for k in kinds), needed
    passages = bench.load_all()
    assert len({p["id"] for p in passages}) == len(passages), "passage ids must be unique across the files"
    for p in passages:
        for q in p["quotes"]:
            assert q["starts_with"] in p["text"], p["id"]


def test_speaker_comparison_sets_aside_accents_case_and_articles():
    bench = _bench()
    assert bench.norm_speaker("Félix Tshisekedi") == bench.norm_speaker("felix TSHISEKEDI")
    assert bench.norm_speaker("Luiz Inácio Lula da Silva") == bench.norm_speaker("Luiz Inacio Lula da Silva")
    assert bench.norm_speaker("The Kremlin") == bench.norm_speaker("Kremlin")
    assert bench.norm_speaker("Emmanuel Macron") != bench.norm_speaker("Macron")


def test_production_scores_keep_the_floors(nlp):
    bench = _bench()
    floors = bench.floors()
    assert floors["mode"] == bench.GATE_MODE
    result = bench.score(bench.load_all(), nlp, mode=bench.GATE_MODE)
    assert bench.below_floor(result, floors) == []
