"""A conjoined verb with no subject or auxiliary of its own stands under its head's auxiliaries:
"could attack Ukraine and seize Kharkiv" is possible twice, "will host and sign" future twice."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Russia could attack Ukraine and seize Kharkiv within days.",
         {"Russia": "RUS", "Ukraine": "UKR", "Kharkiv": "UKR"}, ("RUS", "UKR", "192", "hypothetical")),
        ("China will host the talks and sign a trade deal with Pakistan.",
         {"China": "CHN", "Pakistan": "PAK"}, ("CHN", "PAK", "032", "future")),
        ("Police did not arrest the activists and charge them.",
         {"Police": "ETHCOP", "the activists": "ETHOPP", "them": "ETHOPP"}, ("ETHCOP", "ETHOPP", "173", "negated")),
    ],
)
def test_a_bare_conjunct_shares_its_heads_auxiliaries(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got
    assert not any(e[2] == expected[2] and e[3] == "asserted" for e in got)


def test_a_finite_conjunct_is_a_clause_of_its_own(code):
    got = code("Russia did not attack Ukraine but seized Crimea.", {"Russia": "RUS", "Ukraine": "UKR", "Crimea": "UKR"})
    assert ("RUS", "UKR", "192", "asserted") in got
