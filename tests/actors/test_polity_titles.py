"""A polity's chief executive is its head of government ("Hong Kong chief executive": HKGGOV);
a company's stays BUS (agents.tsv flag `polity`, `Entry.role_under`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _actors(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {a["text"]: a["code"] for a in out["actors"]}


@pytest.mark.parametrize("text, words, want", [
    ("HONG KONG (Reuters) - Hong Kong chief executive Carrie Lam condemned the protesters.", "Hong Kong chief executive Carrie Lam", "HKGGOV"),
    ("HONG KONG (Reuters) - Hong Kong's chief executive condemned the violence.", "Hong Kong's chief executive", "HKGGOV"),
    ("NEW YORK (Reuters) - Apple chief executive Tim Cook met Chinese officials.", "Apple chief executive Tim Cook", "USABUS"),
    ("HONG KONG (Reuters) - The chief executive of the bank resigned.", "The chief executive", "HKGBUS"),
])
def test_chief_executive_by_owner(text, words, want):
    assert _actors(text).get(words) == want
