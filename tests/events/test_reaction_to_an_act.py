"""A reaction a subject undergoes ("drew condemnation from France", "sparked outrage among
lawmakers") is aimed at the subject; when the subject names an act of coercion or force on
someone ("the killing of protesters by Iranian forces"), at that act's doer, never its victim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want, victim", [
    ("The killing of the protesters by Iranian security forces drew condemnation from France.",
     ("FRA", "IRNCOP", "111"), "OPP"),
    ("The detention of two Canadian citizens by Chinese police drew criticism from Canada.",
     ("CAN", "CHNCOP", "111"), "CANCVL"),
])
def test_a_reaction_to_an_act_on_someone_is_aimed_at_its_doer(story, text, want, victim):
    got = {(s, t, c) for s, t, c, m in story(text) if m == "asserted"}
    assert want in got
    assert not any(t == victim and c[:2] == "11" for s, t, c in got)


def test_a_reaction_to_a_plan_or_a_country_stays_on_it(story):
    assert ("KENEDU", "KENGOV", "110", "asserted") in story("The Kenyan government's plan was met with anger from teachers.")
    assert ("IGOEUREEC", "RUS", "163", "asserted") in story("Russia faces sanctions from the EU.")


def test_a_reaction_to_a_reported_act_is_aimed_at_its_doer_not_its_teller(story):
    got = story("TEHRAN (Reuters) - Iran executed a protester on Saturday, the judiciary said, drawing condemnation from Germany.",
                date="2023-01-07")
    assert ("DEU", "IRN", "111", "asserted") in got
    assert not any(t == "IRNJUD" for s, t, c, m in got), got
