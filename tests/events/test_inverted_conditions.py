"""A condition opened by an auxiliary before its subject, with no "if" ("Had Russia invaded
Ukraine, NATO would have ...", "Were China to invade Taiwan, ...", "Should talks fail, ...") is
hypothetical, as an "if" clause is (cues.yaml `inversion_aux`); a past perfect in a plain clause
("Russia had invaded Ukraine before the talks began") stays asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, doer",
    [
        ("Were China to invade Taiwan, Japan would impose sanctions on Beijing.",
         {"China": "CHN", "Taiwan": "TWN", "Japan": "JPN", "Beijing": "CHN"}, "CHN"),
        ("Had Russia invaded Ukraine, NATO would have sent troops.",
         {"Russia": "RUS", "Ukraine": "UKR", "NATO": "IGOWSTNAT"}, "RUS"),
        ("Had the Taliban attacked US forces, the deal would have collapsed.",
         {"the Taliban": "AFGREBTAL", "US forces": "USAMIL"}, "AFGREBTAL"),
        ("Should Iran attack Saudi Arabia, the United States would strike back.",
         {"Iran": "IRN", "Saudi Arabia": "SAU", "the United States": "USA"}, "IRN"),
    ],
)
def test_an_inverted_condition_is_not_asserted(code, text, phrases, doer):
    got = code(text, phrases)
    assert not [e for e in got if e[0] == doer and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Russia had invaded Ukraine before the talks began.", {"Russia": "RUS", "Ukraine": "UKR"},
         ("RUS", "UKR", "190", "asserted")),
        ("Militants had attacked the Malian soldiers near Gao.", {"Militants": "MLIREB", "the Malian soldiers": "MLIMIL"},
         ("MLIREB", "MLIMIL", "190", "asserted")),
    ],
)
def test_a_past_perfect_stays_asserted(code, text, phrases, expected):
    assert expected in code(text, phrases)
