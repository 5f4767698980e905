"""Lexicon gaps found on news sentences: fines, findings of guilt, labels, force words and verbal clashes."""

from __future__ import annotations


def test_fine_is_an_administrative_sanction(code):
    # spaCy lemmatises "fined" as "fin": the row is keyed on the lemma as it comes
    got = code("A federal judge fined Trump $9,000.", {"A federal judge": "USAJUD", "Trump": "USAELI"})
    assert got == [("USAJUD", "USAELI", "172", "asserted")]
    got = code("China fines Lockheed Martin over Taiwan arms sales.", {"China": "CHN", "Lockheed Martin": "USABUS", "Taiwan": "TWN"})
    assert ("CHN", "USABUS", "172", "asserted") in got


def test_passive_agent_hung_on_the_amount(code):
    # the parser hangs "by the Commission" on "euros"; it is the passive's agent, no target
    got = code(
        "Gazprom was fined 1.8 billion euros by the European Commission.",
        {"Gazprom": "RUSBUS", "the European Commission": "IGOEUREEC"},
    )
    assert got == [("IGOEUREEC", "RUSBUS", "172", "asserted")]
