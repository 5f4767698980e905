"""The quote benchmark's production figures must stay above the floors in benchmarks/baselines/quotes.json."""

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


def test_real_page_matching_rule():
    bench = _bench()
    bag = bench._bag
    # half of each one's words in common matches; a stretch holding a gold quote and as much again does not
    assert bench.overlap(bag("We will not sit on our hands,"), bag("will not sit on our hands")) >= 0.5
    assert bench.overlap(bag("A B C D"), bag("A B C D E F G H I")) < 0.5
    found = [{"text": "We got her, we got her!"}, {"text": "He's in custody; we have her."}]
    gold = [{"text": "He's in custody; we have her."}, {"text": "We got her, we got her!"}, {"text": "Step out."}]
    assert sorted(bench.pair(found, gold)) == [(0, 1), (1, 0)]
    # one to one: two found stretches cannot both take one gold quote
    assert len(bench.pair([{"text": "Step out."}, {"text": "Step out."}], [{"text": "Step out."}])) == 1


def test_real_page_speaker_rule():
    bench = _bench()
    assert bench.same_speaker(["Omar"], "Ilhan Omar")
    assert bench.same_speaker(["Rep. Ilhan Omar"], "Ilhan Omar")
    assert bench.same_speaker(["Someone else", "Félix Tshisekedi"], "Felix Tshisekedi")
    assert not bench.same_speaker(["Lakshiwnder Singh"], "Jabarjung Singh")
    assert not bench.same_speaker([], "Ilhan Omar")
    assert not bench.same_speaker(["the minister"], "Ilhan Omar")


def _real(bench):
    import pytest

    pages = bench.load_real()
    if not pages or not bench.CORPUS.exists():
        pytest.skip("the real-page gold or ../shared/corpus/scrapinghub-dev is not here")
    return pages


def test_real_pages_are_sound():
    bench = _bench()
    pages = _real(bench)
    truth = json.loads((bench.CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    assert len({p["page"] for p in pages}) == len(pages)
    assert bench.in_half(pages, "A") and bench.in_half(pages, "B")
    for p in pages:
        body = truth[p["page"]]["articleBody"]
        for q in p["quotes"]:
            assert q["text"] in body, (p["page"], q["text"])


def test_real_pages_keep_the_floors():
    bench = _bench()
    pages = _real(bench)
    analyses = bench.analyze_pages(pages)
    floors = bench.floors()
    for name in ("A", "B"):
        result = bench.score_real(bench.in_half(pages, name), analyses)
        assert result["failed"] == 0
        assert bench.real_below_floor(name, result, floors) == []
