"""A role named by the states it belongs to through "from" or "on" ("soldiers from the two sides",
"soldiers on both sides", "soldiers from both nations" after two named states) is each state's,
as "the leaders of both countries" is; the role itself is not one of the sides."""


def _codes(nlp, text):
    from detente.actors import resolve_actors
    res = resolve_actors(nlp(text))
    return sorted(m.code for m in res.mentions if m.text == "soldiers")


def test_soldiers_from_the_two_sides_are_each_states(nlp):
    assert _codes(nlp, "India and China held talks after soldiers from the two sides clashed in Ladakh.") == ["CHNMIL", "INDMIL"]
    assert _codes(nlp, "Sudan and South Sudan said soldiers on both sides had been killed in the fighting.") == ["SDNMIL", "SSDMIL"]
    assert _codes(nlp, "Ethiopia and Eritrea signed a peace deal, and soldiers from both nations embraced at the border.") == ["ERIMIL", "ETHMIL"]


def test_sides_of_a_place_are_no_states(nlp):
    assert _codes(nlp, "Thailand and Cambodia said soldiers from both sides of the river would leave.") in ([], ["MIL"], ["THAMIL"], ["KHMMIL"])
