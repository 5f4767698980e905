"""Citizens, unions, students and oppositions against their own government: the criticism,
protest and demands of a country's people aimed at its state, as wire services report them."""

from __future__ import annotations


def test_asking_a_government_to_free_ones_own_is_an_appeal_to_it(code):
    got = code("Kenyan opposition leaders urged the government to free the jailed activists.",
               {"Kenyan opposition leaders": "KENOPP", "the government": "KENGOV", "activists": "KENOPP"})
    assert ("KENOPP", "KENGOV", "020", "asserted") in got
    got = code("The Nigerian Labour Congress called on the government to release the arrested union leaders.",
               {"The Nigerian Labour Congress": "NGALAB", "the government": "NGAGOV", "union leaders": "NGALAB"})
    assert ("NGALAB", "NGAGOV", "020", "asserted") in got


def test_an_act_on_ones_own_side_asked_of_no_one_stays_no_event(code):
    got = code("Kenyan opposition leaders urged their supporters to free the jailed activists.",
               {"Kenyan opposition leaders": "KENOPP", "activists": "KENOPP"})
    assert got == []
