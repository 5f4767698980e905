"""Legislatures, parties and governments in domestic politics: walkouts from a sitting,
testimony before lawmakers, and the acts of office that are no event between actors."""

from __future__ import annotations


def test_walking_out_of_a_legislature_is_a_protest_walkout_not_halted_talks(code):
    got = code("Opposition lawmakers walked out of parliament on Tuesday in protest.",
               {"Opposition lawmakers": "INDOPP", "parliament": "INDLEG"})
    assert got == [("INDOPP", "INDLEG", "143", "asserted")]
    got = code("Republican senators stormed out of the hearing of the Senate committee on Wednesday.",
               {"Republican senators": "USALEG", "the Senate committee": "USALEG"})
    assert [e[2] for e in got] == ["143"]
    # a walkout from talks still halts them
    got = code("The Iranian delegation walked out of the talks with the United States.",
               {"The Iranian delegation": "IRNGOV", "the United States": "USA"})
    assert got == [("IRNGOV", "USA", "164", "asserted")]
