"""Reduced relatives of accusing: a noun modified by "accused", "suspected", "charged" with no
"by" agent is the one accused ("two men accused of spying"), never the accuser."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, accused",
    [
        ("Prosecutors charged two Russian nationals accused of hacking U.S. election systems.",
         {"Prosecutors": "USAJUD", "two Russian nationals": "RUSCVL", "U.S.": "USA"}, "RUSCVL"),
        ("A Russian court convicted a man accused of spying for Ukraine.",
         {"A Russian court": "RUSJUD", "a man": "RUSCVL", "Ukraine": "UKR"}, "RUSCVL"),
        ("Police arrested an Iranian diplomat suspected of planning an attack on France.",
         {"Police": "BELCOP", "an Iranian diplomat": "IRNGOV", "France": "FRA"}, "IRNGOV"),
    ],
)
def test_the_noun_an_accusing_participle_modifies_is_not_the_accuser(code, text, phrases, accused):
    assert [e for e in code(text, phrases) if e[2].startswith("11") and e[0] == accused] == []
