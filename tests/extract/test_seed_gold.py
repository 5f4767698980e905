"""Golden test: the seed page of ../shared/seeds against every `extraction` rule of its gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.extract import extract
from detente.ingest import iter_documents
from detente.model import RawDocument

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED = SEEDS / "000_e25c9ce347118446.txt"
GOLD = SEEDS / "000_e25c9ce347118446.gold.json"

pytestmark = pytest.mark.skipif(not GOLD.is_file(), reason=f"shared seed data not found at {SEEDS}")


@pytest.fixture(scope="module")
def rules() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))["extraction"]


@pytest.fixture(scope="module")
def article():
    (raw,) = list(iter_documents([str(SEED)]))
    assert isinstance(raw, RawDocument) and raw.kind == "text"
    return extract(raw)


def test_title(article, rules):
    assert article.title == rules["title"]


def test_title_occurrences(article, rules):
    assert article.text.count(rules["title"]) == rules["title_occurrences_in_text"]


def test_start_and_end(article, rules):
    assert article.text.startswith(rules["text_must_start_with"])
    assert article.text.endswith(rules["text_must_end_with"])


def test_must_contain(article, rules):
    for needle in rules["text_must_contain"]:
        assert needle in article.text, needle


def test_must_not_contain(article, rules):
    for needle in rules["text_must_not_contain"]:
        assert needle not in article.text, needle


def test_list_items_stay_on_their_own_lines(article):
    lines = article.text.split("\n")
    bullets = [line for line in lines if line.startswith("•")]
    numbered = [line for line in lines if line[:2] in ("1.", "2.", "3.")]
    assert len(bullets) == 5 and len(numbered) == 3
    assert "\n\n\n" not in article.text


def test_every_body_line_is_kept(article, rules):
    source = SEED.read_text(encoding="utf-8").split("\n")
    end = next(i for i, line in enumerate(source) if line.strip() == "Similar Posts")
    body = [" ".join(line.split()) for line in source[1:end] if line.strip() and line.strip() != rules["title"]]
    for line in body:
        assert line in article.text


def test_metadata(article):
    assert article.id == RawDocument(source=str(SEED), data=b"", kind="text").id
    assert article.language == "en"
    assert article.date is None  # the page carries no dateline
