import pytest

from detente.nlp.amounts import find_amounts


def test_seed_gold_amounts(seed):
    doc, gold = seed
    found = find_amounts(doc)
    for g in gold["amounts"]:
        hit = [a for a in found if a["text"] == g["text"]]
        assert hit, (g, found)
        a = hit[0]
        assert a["object"] == g["object"]
        assert a["kind"] == "money" and a["unit"] == "USD"
        assert 1e10 <= a["value"] < 1e11  # "tens of billions": a lower bound of 10 billion
        assert doc.text[a["start"] : a["end"]] == a["text"]


@pytest.mark.parametrize(
    "text, amount, kind, value, unit, obj",
    [
        ("The bank approved a $1.5 billion loan to Bangladesh.", "$1.5 billion", "money", 1.5e9, "USD", "loan"),
        ("The U.S. sent $5 billion in weapons to Kyiv.", "$5 billion", "money", 5e9, "USD", "weapons"),
        ("Russia will pay 300 million roubles in compensation.", "300 million roubles", "money", 3e8, "RUB", "compensation"),
        ("The Pentagon deployed 3,000 troops to Poland.", "3,000", "count", 3000.0, None, "troops"),
        ("Inflation hit 7.5 percent in March.", "7.5 percent", "percent", 7.5, "%", "Inflation"),
    ],
)
def test_amounts(nlp, text, amount, kind, value, unit, obj):
    hit = [a for a in find_amounts(nlp(text)) if a["text"] == amount]
    assert hit, find_amounts(nlp(text))
    a = hit[0]
    assert (a["kind"], a["value"], a["unit"], a["object"]) == (kind, value, unit, obj)


def test_count_with_verb(nlp):
    a = find_amounts(nlp("Officials said 12 people killed in the blast were civilians."))[0]
    assert (a["value"], a["object"], a["verb"]) == (12.0, "people", "kill")


def test_list_markers_and_determiners_are_not_counts(nlp):
    text = "Measures include:\n\n  1. Stricter rules.\n\nIt is one of the largest economies."
    assert find_amounts(nlp(text)) == []
