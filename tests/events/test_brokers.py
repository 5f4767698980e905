"""A broker is no party: the agent of a third party's verb (`broker_verbs`) is not the target."""

from __future__ import annotations

SIDES = {"Israel": "ISR", "Hamas": "PSEREBHMS", "Egypt": "EGY", "Qatar": "QAT"}


def test_a_truce_brokered_by_a_third_country_is_agreed_between_the_sides(code):
    got = code("Israel and Hamas agreed to a truce brokered by Egypt and Qatar.", SIDES)
    # the brokers mediate between the sides (045), they agree to nothing
    assert {(s, t) for s, t, c, _ in got if c != "045"} == {("ISR", "PSEREBHMS"), ("PSEREBHMS", "ISR")}
    assert {(s, t) for s, t, c, _ in got if c == "045"} == {(b, side) for b in ("EGY", "QAT") for side in ("ISR", "PSEREBHMS")}


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


def test_a_mediation_noun_is_its_owners_act_on_the_sides_between(code):
    # "X's mediation between A and B", "the mediation by X between A and B": X mediates; the two
    # sides are mediated, never each other's mediators
    for text in ("Egypt's mediation between Israel and Hamas produced a ceasefire.",
                 "The mediation by Egypt between Israel and Hamas produced a ceasefire."):
        got = code(text, SIDES)
        assert {(s, t, c) for s, t, c, _ in got} == {("EGY", "ISR", "045"), ("EGY", "PSEREBHMS", "045")}


def test_a_mediation_noun_with_no_mediator_is_no_act_of_the_sides(code):
    got = code("The mediation between Israel and Hamas collapsed.", SIDES)
    assert not any(c == "045" for _, _, c, _ in got)
