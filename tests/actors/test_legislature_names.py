"""Legislatures English news names by their own name alone ("the Rada", "the Diet", "the
Federation Council", "the Storting") are their country's (LEG, metonyms.tsv); "Diet" as food and
"Rada" as a first name are not (ambiguous.yaml)."""

import pytest


@pytest.mark.parametrize("text,mention,code", [
    ("TOKYO (Reuters) - The Diet passed a resolution condemning China.", "The Diet", "JPNLEG"),
    ("Japan's Diet criticized China.", "Japan's Diet", "JPNLEG"),
    ("KYIV (Reuters) - The Rada condemned Russia.", "The Rada", "UKRLEG"),
    ("MOSCOW (Reuters) - The Federation Council approved the treaty with China.", "The Federation Council", "RUSLEG"),
    ("OSLO (Reuters) - The Storting condemned Russia.", "The Storting", "NORLEG"),
])
def test_a_legislature_named_alone_is_its_countrys(mention_codes, text, mention, code):
    assert mention_codes(text).get(mention) == code


@pytest.mark.parametrize("text", [
    "Diet and exercise help patients recover.",
    "The Mediterranean Diet lowers the risk of heart disease.",
    "Rada Akbar criticized the Taliban.",
])
def test_other_senses_are_no_legislature(mention_codes, text):
    assert not any(c in ("JPNLEG", "UKRLEG") for c in mention_codes(text).values())
