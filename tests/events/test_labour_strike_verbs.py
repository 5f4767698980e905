"""A strike begun, held, called, declared or joined (rows flagged `labour`) is a labour strike
(143) when every doer is of a striking role; by an army or a state, or aimed "on" a target, it is
no labour strike (the noun codes the blow); a strike called off is none."""

import pytest


@pytest.mark.parametrize("text, phrases, want", [
    ("Kenyan workers started a strike against the government.",
     {"Kenyan workers": "KENLAB", "the government": "KENGOV"}, ("KENLAB", "143")),
    ("Nurses in Kenya began a strike to demand higher wages.", {"Nurses in Kenya": "KENHLH"}, ("KENHLH", "143")),
    ("French rail workers began a strike against the pension reform.",
     {"French rail workers": "FRALAB"}, ("FRALAB", "143")),
    ("Egyptian workers joined the strike on Tuesday.", {"Egyptian workers": "EGYLAB"}, ("EGYLAB", "143")),
    ("Argentine unions declared a strike over the new labour law.", {"Argentine unions": "ARGLAB"}, ("ARGLAB", "143")),
])
def test_a_strike_begun_by_workers_is_a_labour_strike(code, text, phrases, want):
    got = [(s, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


@pytest.mark.parametrize("text, phrases", [
    ("The Russian army began a strike on Ukrainian positions near Bakhmut.",
     {"The Russian army": "RUSMIL", "Ukrainian": "UKR"}),
    ("Israeli jets started a strike on Hezbollah targets in Lebanon.", {"Israeli jets": "ISRMIL", "Hezbollah": "LBNREBHEZ"}),
    ("The US-led coalition began a strike against Islamic State positions.",
     {"The US-led coalition": "USAMIL", "Islamic State": "IMGREBISI"}),
    ("Kenyan unions called off the strike.", {"Kenyan unions": "KENLAB"}),
    ("Kenyan unions called off a general strike.", {"Kenyan unions": "KENLAB"}),
    ("Nigerian police joined the strike.", {"Nigerian police": "NGACOP"}),
])
def test_no_labour_strike(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2] == "143"]


def test_an_aimed_strike_begun_stays_the_nouns_blow(code):
    got = code("Israeli jets started a strike on Hezbollah targets in Lebanon.",
               {"Israeli jets": "ISRMIL", "Hezbollah": "LBNREBHEZ"})
    assert [e for e in got if e[2].startswith("19")]


def test_a_hunger_strike_begun_stays_one(code):
    got = code("Palestinian prisoners began a hunger strike in Israeli jails.",
               {"Palestinian prisoners": "PSECVL", "Israeli": "ISR"})
    assert [e for e in got if e[2] == "142"]
