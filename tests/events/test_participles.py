"""Reduced relatives of accusing: a noun modified by "accused", "suspected", "charged" with no
"by" agent is the one accused ("two men accused of spying"), never the accuser."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, accused",
    [
        ("Prosecutors charged two Russian nationals accused of hacking U.S. election systems.",
         {"Prosecutors": "USAJUD", "two Russian nationals": "RUSCVL", "U.S.": "USA"}, "RUSCVL"),
        ("A Russian court convicted a man accused of spying for Ukraine.",
         {"A Russian court": "RUSJUD", "a man": "RUSCVL", "Ukraine": "UKR"}, "RUSCVL"),
        ("Police arrested an Iranian diplomat suspected of planning an attack on France.",
         {"Police": "BELCOP", "an Iranian diplomat": "IRNGOV", "France": "FRA"}, "IRNGOV"),
    ],
)
def test_the_noun_an_accusing_participle_modifies_is_not_the_accuser(code, text, phrases, accused):
    assert [e for e in code(text, phrases) if e[2].startswith("11") and e[0] == accused] == []


@pytest.mark.parametrize(
    "text, phrases, participle",
    [
        ("Two Canadians detained in China were released on Friday.",
         {"Two Canadians": "CANCVL", "China": "CHN"}, "detained"),
        ("An American student detained in North Korea was released on Tuesday.",
         {"An American student": "USAEDU", "North Korea": "PRK"}, "detained"),
        ("Iran released a British woman jailed in Tehran since 2016.",
         {"Iran": "IRN", "a British woman": "GBRCVL", "Tehran": "IRN"}, "jailed"),
        ("A Saudi journalist murdered in Istanbul in 2018 was remembered on Sunday.",
         {"A Saudi journalist": "SAUMED", "Istanbul": "TUR"}, "murdered"),
        ("The refugees expelled from Pakistan arrived in Kabul.",
         {"The refugees": "REF", "Pakistan": "PAK", "Kabul": "AFG"}, "expelled"),
        ("Detained in China since 2018, the two Canadians were released on Friday.",
         {"the two Canadians": "CANCVL", "China": "CHN"}, "Detained"),
        ("Arrested in Moscow last year, the American journalist was sentenced on Tuesday.",
         {"the American journalist": "USAMED", "Moscow": "RUS"}, "Arrested"),
        # the parser's root is the reduced relative, the sentence's verb its conjunct
        ("Three soldiers killed in a roadside bombing in Helmand were buried on Sunday.",
         {"Three soldiers": "AFGMIL", "Helmand": "AFG"}, "killed"),
    ],
)
def test_a_participle_that_describes_what_its_noun_underwent_codes_no_act(code, text, phrases, participle):
    # the noun underwent the act, by someone unnamed, at a time left unsaid: never its doer, and
    # the place named is no victim
    assert [e for e in code(text, phrases, full=True) if e.trigger == participle] == []


def test_a_participle_with_a_by_doer_still_codes_its_act(story):
    events = story("A British tanker seized by Iran in the Gulf was released on Friday.")
    assert ("IRN", "GBR", "171", "asserted") in events


def test_a_stative_participle_keeps_its_noun_as_the_one_who_holds_it(nlp):
    from detente.events.roles import undergone_participle

    doc = nlp("Countries opposed to the deal walked out.")
    verb = next(t for t in doc if t.lower_ == "opposed")
    assert not undergone_participle(verb, frozenset({"oppose"}))
    doc = nlp("Two Canadians detained in China were released.")
    assert undergone_participle(next(t for t in doc if t.lower_ == "detained"))
