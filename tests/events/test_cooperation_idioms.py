"""Cooperation as news phrases it in idioms (patterns.tsv, 05 and 04 sections): coming to
someone's defence, inking a pact, building ties."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- coming to a defence or an aid, inking a pact
@pytest.mark.parametrize("text, phrases, want", [
    ("Pakistan came to China's defence, rejecting the allegations as baseless.",
     {"Pakistan": "PAK", "China": "CHN"}, ("PAK", "CHN", "052")),
    ("France came to the defense of Lebanon at the United Nations.",
     {"France": "FRA", "Lebanon": "LBN"}, ("FRA", "LBN", "052")),
    ("Germany came to the aid of Greece during the debt crisis.",
     {"Germany": "DEU", "Greece": "GRC"}, ("DEU", "GRC", "070")),
    ("Poland and Ukraine inked an agreement on grain transit.",
     {"Poland": "POL", "Ukraine": "UKR"}, ("UKR", "POL", "057")),
])
def test_support_idioms(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


@pytest.mark.parametrize("text, phrases", [
    ("The prime minister stood by his comments despite the backlash.", {"The prime minister": "GBRGOV"}),
    ("The goalkeeper came to the defence of his manager after the defeat.", {}),
])
def test_support_idioms_need_a_side(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2].startswith("05")]
