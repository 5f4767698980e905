"""Mandative subjunctives: in "X insisted that Russia withdraw", the bare verb after a singular
subject is what is asked for, not what happened; the indicative would be "withdraws"/"withdrew"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("France insisted that Russia withdraw its troops from Ukraine.",
         {"France": "FRA", "Russia": "RUS", "Ukraine": "UKR"}),
        ("Germany proposed that the EU impose sanctions on Iran.",
         {"Germany": "DEU", "the EU": "IGOEUREEC", "Iran": "IRN"}),
        ("The UN recommended that Israel lift the blockade of Gaza.",
         {"The UN": "IGOUNO", "Israel": "ISR", "Gaza": "PSE"}),
        ("Thousands of Israelis protested, demanding that the government reach a deal with Hamas.",
         {"Israelis": "ISRCVL", "the government": "ISRGOV", "Hamas": "PSEREBHMS"}),
    ],
)
def test_a_subjunctive_clause_is_not_asserted(code, text, phrases):
    asked = {"RUS", "IGOEUREEC", "ISR", "ISRGOV"}
    assert [e for e in code(text, phrases) if e[0] in asked and e[3] == "asserted"] == []


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Officials said that Russia withdrew its troops from the border.", {"Russia": "RUS"}),
        ("Kyiv said that the army shelled Russian positions.", {"Kyiv": "UKRGOV", "the army": "UKRMIL", "Russian": "RUS"}),
    ],
)
def test_an_indicative_report_stays_asserted(code, text, phrases):
    assert any(e[3] == "asserted" for e in code(text, phrases))
