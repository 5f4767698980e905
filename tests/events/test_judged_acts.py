"""A verb of criticism whose sense is ambiguous ("slam", "blast", "hammer": sports results, blows)
is criticism for sure when its object names an act or words ("slammed the administration's
withdrawal"): the row names the object, as "attacked each other's policies" does, and the act is
aimed at whose act it is, not at a place its phrase names (patterns.tsv, flag `patient`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrases, want", [
    ("Lawmakers slammed the administration's withdrawal from Syria.",
     {"Lawmakers": "USALEG", "the administration": "USAGOV", "Syria": "SYR"}, ("USALEG", "USAGOV")),
    ("Senator Chuck Schumer blasted the president's handling of the crisis.",
     {"Senator Chuck Schumer": "USALEG", "the president": "USAGOV"}, ("USALEG", "USAGOV")),
    ("Democrats hammered the president's trade policy.",
     {"Democrats": "USAPTYDEM", "the president": "USAGOV"}, ("USAPTYDEM", "USAGOV")),
])
def test_criticism_of_an_act_is_sure_and_aimed_at_its_owner(code, text, phrases, want):
    got = code(text, phrases, full=True)
    assert [(e.source, e.target, e.cameo) for e in got] == [(*want, "111")]
    assert "ambiguous_trigger" not in got[0].confidence_factors


def test_criticism_of_an_actor_stays_in_doubt(code):
    got = code("Democrats slammed Trump.", {"Democrats": "USAPTYDEM", "Trump": "USAGOV"}, full=True)
    assert [(e.source, e.target, e.cameo) for e in got] == [("USAPTYDEM", "USAGOV", "111")]
    assert "ambiguous_trigger" in got[0].confidence_factors
