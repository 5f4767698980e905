"""An act told by what it did in a relative clause ("the strike, which killed two children") is an
act on those it did it to: condemning it is aimed at its doer, never at its victims, as for "the
strike on two children"; a noun of no act by itself ("strike") is one of force when its clause's
verb is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrases, victim", [
    ("Pakistan condemned the strike, which killed two children in Khyber.",
     {"Pakistan": "PAK", "two children": "PAKCVL", "Khyber": "PAK"}, "PAKCVL"),
    ("Pakistan condemned the strike that killed two children in Khyber.",
     {"Pakistan": "PAK", "two children": "PAKCVL", "Khyber": "PAK"}, "PAKCVL"),
    ("France condemned the bombing, which wounded three French tourists in Cairo.",
     {"France": "FRA", "three French tourists": "FRACVL", "Cairo": "EGY"}, "FRACVL"),
    ("The United States condemned the attack, which killed 12 soldiers in Mali.",
     {"The United States": "USA", "12 soldiers": "MLIMIL", "Mali": "MLI"}, "MLIMIL"),
])
def test_condemning_an_act_told_by_its_relative_clause_spares_its_victims(code, text, phrases, victim):
    assert [e for e in code(text, phrases) if e[2].startswith("11") and e[1] == victim] == []


def test_the_one_a_relative_clause_is_about_is_still_the_target(code):
    got = code("Pakistan condemned India, which killed two soldiers in Kashmir.",
               {"Pakistan": "PAK", "India": "IND", "two soldiers": "PAKMIL", "Kashmir": "IND"})
    assert ("PAK", "IND", "111", "asserted") in got
