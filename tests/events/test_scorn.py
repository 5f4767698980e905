"""Idioms of criticism and rejection: "heaped scorn on X", "poured cold water on X's proposal"."""

from __future__ import annotations


def test_scorn_heaped_or_poured_is_criticism_and_cold_water_a_rejection(story):
    assert ("IRNGOV", "USA", "111", "asserted") in story("Iran's supreme leader heaped scorn on the United States.")
    assert ("RUS", "FRA", "120", "asserted") in story("Russia poured cold water on the French proposal for a summit.")


def test_praise_heaped_and_literal_water_are_no_criticism(story):
    assert not any(e[2].startswith(("11", "12")) for e in story("Moscow heaped praise on Beijing."))
    assert not story("The chef poured cold water on the pan.")
