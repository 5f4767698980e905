import pytest

from detente.errors import DictionaryError
from detente.nlp.themes import default_taxonomy, find_themes, load_taxonomy


def _themes(doc):
    return {t["theme"]: t for t in find_themes(doc)}


def test_taxonomy_covers_the_documented_themes():
    names = {t.name for t in default_taxonomy()}
    for needed in ("TRADE_TARIFF", "SANCTIONS", "INVESTMENT_RESTRICTION", "MILITARY_AID", "PEACE_TALKS", "ALLIANCE",
                   "ARMED_CONFLICT", "ELECTION", "ENERGY", "NUCLEAR", "TERRORISM", "HUMAN_RIGHTS", "REFUGEES",
                   "DIPLOMACY", "ECONOMIC_COOPERATION", "CYBER", "CLIMATE"):
        assert needed in names


def test_seed_themes(seed):
    doc, _ = seed
    th = _themes(doc)
    for needed in ("ALLIANCE", "MILITARY_AID", "TRADE_TARIFF", "INVESTMENT_RESTRICTION", "PEACE_TALKS", "DIPLOMACY"):
        assert needed in th
    assert "military aid" in [m["text"] for m in th["MILITARY_AID"]["mentions"]]
    for t in th.values():
        assert t["count"] == len(t["mentions"])
        for m in t["mentions"]:
            assert doc.text[m["start"] : m["end"]] == m["text"]


def test_lemmas_and_phrases(nlp):
    th = _themes(nlp("Washington sanctioned two banks as ceasefire talks stalled; the IAEA inspected the enrichment site."))
    assert th["SANCTIONS"]["mentions"][0]["text"] == "sanctioned"
    assert "PEACE_TALKS" in th and "NUCLEAR" in th and th["NUCLEAR"]["count"] == 2
    assert "ELECTION" not in th


def test_bad_taxonomy(tmp_path):
    bad = tmp_path / "themes.yaml"
    bad.write_text("lower_case:\n  lemmas: [x]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="UPPER_SNAKE_CASE"):
        load_taxonomy(bad)
    bad.write_text("EMPTY:\n  description: nothing\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="at least one"):
        load_taxonomy(bad)
