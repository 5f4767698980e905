"""Words traded: "X and Y traded barbs" is an act of each on the other."""

from __future__ import annotations

import pytest

PHRASES = {"Democrats": "USAPTYDEM", "Republicans": "USAPTYREP", "Johnson": "GBRGOV", "Corbyn": "GBROPP",
           "Biden": "USAELI", "Sanders": "USALEG", "Russia": "RUS", "Ukraine": "UKR"}


@pytest.mark.parametrize(
    "text, a, b, code_",
    [
        ("Democrats and Republicans traded accusations over the shutdown.", "USAPTYDEM", "USAPTYREP", "112"),
        ("Johnson and Corbyn exchanged insults over the health service in parliament.", "GBRGOV", "GBROPP", "111"),
        ("Johnson and Corbyn traded barbs on Tuesday.", "GBRGOV", "GBROPP", "111"),
        ("Biden and Sanders sparred over healthcare on Wednesday.", "USAELI", "USALEG", "111"),
    ],
)
def test_words_traded_between_two_sides_are_coded_both_ways(code, text, a, b, code_):
    got = code(text, PHRASES)
    assert (a, b, code_, "asserted") in got
    assert (b, a, code_, "asserted") in got


def test_words_traded_with_a_counterpart_are_coded_on_it(code):
    assert ("RUS", "UKR", "112", "asserted") in code("Russia traded accusations with Ukraine on Monday.", PHRASES)


def test_other_things_exchanged_are_no_words(code):
    got = code("Russia and Ukraine exchanged 90 prisoners on Sunday.", PHRASES)
    assert all(e[2][:2] != "11" for e in got)


VENUE = {"India": "IND", "Pakistan": "PAK", "the United Nations": "IGOUNO"}


def test_a_joint_act_at_a_venue_is_on_each_other(code):
    # the body it is done at is where, not whom: "X and Y exchanged accusations at the UN"
    got = code("India and Pakistan exchanged accusations at the United Nations.", VENUE)
    assert ("IND", "PAK", "112", "asserted") in got and ("PAK", "IND", "112", "asserted") in got, got
    assert not any(t == "IGOUNO" for _, t, _, _ in got), got


SIDES = {"India": "IND", "Pakistan": "PAK", "Indian": "INDMIL", "Pakistani troops": "PAKMIL",
         "Israel": "ISR", "Hezbollah": "LBNREBHEZ", "The United States": "USA", "Iran": "IRN"}


def test_an_exchange_of_fire_between_two_sides(code):
    got = code("An exchange of fire between Indian and Pakistani troops lasted hours.", SIDES)
    assert ("INDMIL", "PAKMIL", "190", "asserted") in got and ("PAKMIL", "INDMIL", "190", "asserted") in got, got


def test_threats_exchanged_are_each_ones_threat(code):
    got = code("India and Pakistan exchanged threats after the attack.", SIDES)
    assert ("IND", "PAK", "130", "asserted") in got and ("PAK", "IND", "130", "asserted") in got, got


@pytest.mark.parametrize("text, want", [
    ("Israel traded fire with Hezbollah on Sunday.", ("ISR", "LBNREBHEZ", "190")),
    ("The United States traded warnings with Iran.", ("USA", "IRN", "130")),
])
def test_blows_or_words_traded_with_someone_are_no_commerce(code, text, want):
    got = [(s, t, c) for s, t, c, _ in code(text, SIDES)]
    assert want in got and not any(c == "061" for _, _, c in got), got


@pytest.mark.parametrize(
    "text, a, b, code_",
    [
        ("Turkey and Greece exchanged barbs over migrants.", "TUR", "GRC", "111"),
        ("Israel and Hamas traded blame over the deaths of civilians.", "ISR", "PSEREBHMS", "112"),
    ],
)
def test_an_actor_words_are_traded_over_is_their_topic(code, text, a, b, code_):
    phrases = {"Turkey": "TUR", "Greece": "GRC", "migrants": "REF", "Israel": "ISR", "Hamas": "PSEREBHMS",
               "civilians": "ISRCVL"}
    got = code(text, phrases)
    assert (a, b, code_, "asserted") in got
    assert (b, a, code_, "asserted") in got
    assert all(e[1] in (a, b) for e in got), got


@pytest.mark.parametrize("text", [
    "India and Pakistan have exchanged harsh words.",
    "India and Pakistan traded angry words over the inquiry.",
])
def test_harsh_words_traded_are_criticism_both_ways(code, text):
    got = code(text, {"India": "IND", "Pakistan": "PAK"})
    assert ("IND", "PAK", "111", "asserted") in got
    assert ("PAK", "IND", "111", "asserted") in got


def test_bare_words_exchanged_are_none(code):
    assert code("Macron and Merkel exchanged a few words.", {"Macron": "FRAGOV", "Merkel": "DEUGOV"}) == []
