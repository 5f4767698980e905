"""A broker is no party: the agent of a third party's verb (`broker_verbs`) is not the target."""

from __future__ import annotations

SIDES = {"Israel": "ISR", "Hamas": "PSEREBHMS", "Egypt": "EGY", "Qatar": "QAT"}


def test_a_truce_brokered_by_a_third_country_is_agreed_between_the_sides(code):
    got = code("Israel and Hamas agreed to a truce brokered by Egypt and Qatar.", SIDES)
    assert {(s, t) for s, t, _, _ in got} == {("ISR", "PSEREBHMS"), ("PSEREBHMS", "ISR")}


def test_a_mediated_deal_signed_by_the_sides_is_not_the_mediators(code):
    got = code("The deal, mediated by Qatar, was signed by Israel and Hamas.", SIDES)
    assert got and all("QAT" not in (s, t) for s, t, _, _ in got)


def test_an_agent_of_any_other_participle_still_owns_the_thing(code):
    # "efforts made by Egypt" are Egypt's: praising them praises Egypt
    got = code("Hamas praised the efforts made by Egypt.", SIDES)
    assert got == [("PSEREBHMS", "EGY", "051", "asserted")]


def test_a_mediation_is_done_to_the_sides_between_which_it_is(code):
    # the "between" phrase may hang deep in the object: its sides are mediated, not the prisoners
    sides = {"Qatar": "QAT", "Russia": "RUS", "Ukraine": "UKR", "prisoners": "CVL"}
    got = code("Qatar mediated the exchange of prisoners between Russia and Ukraine.", sides)
    assert {(s, t, c) for s, t, c, _ in got} == {("QAT", "RUS", "045"), ("QAT", "UKR", "045")}
    got = code("Egypt mediated talks between Israel and Hamas.", SIDES)
    assert {(s, t) for s, t, c, _ in got if c == "045"} == {("EGY", "ISR"), ("EGY", "PSEREBHMS")}
