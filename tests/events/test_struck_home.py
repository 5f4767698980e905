"""Force whose object is a place of the doers' own country is done there (cues.yaml
`home_strike_codes`, events/arguments.py `struck_home`), as force "in" such a place is."""


def test_a_states_forces_striking_a_place_of_their_own_country_strike_that_country(story):
    assert ("ETHMIL", "ETH", "195", "asserted") in story("Ethiopian forces bombed Mekelle on Monday.")
    assert ("ETHMIL", "ETH", "195", "asserted") in story("Ethiopian forces bombed the capital of Tigray on Monday.")
    assert ("SYRMIL", "SYR", "195", "asserted") in story("Syrian troops bombed Idlib.")


def test_an_own_place_taken_or_a_named_victim_is_no_strike_on_the_country(story):
    # retaking one's own city is taken from whoever held it, not from one's own country
    assert not [e for e in story("Iraqi forces recaptured Mosul.") if e[1] == "IRQ"]
    # a named victim stays the target; the very same actor is never its own target
    assert ("NGAMIL", "NGAREBBKH", "190", "asserted") in story("Nigerian troops attacked Boko Haram militants in Maiduguri.")
    assert not story("Ukraine shelled Donetsk.")
