"""A country named as a doer is its state: its own troops, police or envoys, named as the object
of what it does, are not whom it acts on. Coordinated countries that agree on something are an
accord of the two (events/build.py `verb_event`)."""

from __future__ import annotations


def test_two_countries_agreeing_to_pull_back_troops_agree_with_each_other(code):
    got = code(
        "Armenia and Azerbaijan agreed on Friday to pull back troops from the border.",
        {"Armenia": "ARM", "Azerbaijan": "AZE", "troops": "ARMMIL"},
    )
    pairs = {(s, t) for s, t, c, m in got if c.startswith("03") and m == "asserted"}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_country_is_not_the_target_of_its_own_troops(code):
    got = code(
        "Armenia agreed to pull back its troops from the border.",
        {"Armenia": "ARM", "its troops": "ARMMIL"},
    )
    assert not any(t == "ARMMIL" for s, t, c, m in got)
