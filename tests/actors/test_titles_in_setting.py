"""A titled person the dictionary does not know, whose sentence names no country of its own, is
placed as a bare role is (actors/setting.py: its paragraph's one country, the dateline, else the
article's home), not by the bare majority of the article's place names (actors/places.py)."""

from __future__ import annotations

from detente.actors import resolve_actors


def codes(nlp, dictionary, text):
    res = resolve_actors(nlp(text), dictionary=dictionary)
    return {m.text: m.code for m in res.mentions}


def test_one_sentence_naming_a_country_twice_places_no_title(nlp, dictionary):
    got = codes(nlp, dictionary, "The accord means Tuvalu will host the new clinic in Tuvalu.\n\n"
                                 "Health Minister Peter Vossberg signed the accord on Tuesday.")
    assert got["Health Minister Peter Vossberg"] == "GOV"


def test_the_dateline_places_a_title(nlp, dictionary):
    got = codes(nlp, dictionary, "NAIROBI (Reuters) - Health Minister Peter Vossberg signed the accord on Tuesday.")
    assert got["Health Minister Peter Vossberg"] == "KENGOV"


def test_the_paragraph_places_a_title(nlp, dictionary):
    got = codes(nlp, dictionary, "Floods have cut roads across Tuvalu. "
                                 "Health Minister Peter Vossberg said clinics would stay open.")
    assert got["Health Minister Peter Vossberg"] == "TUVGOV"


def test_the_home_places_a_title(nlp, dictionary):
    got = codes(nlp, dictionary, "Floods have cut roads across Tuvalu.\n\nTuvalu has asked for help.\n\n"
                                 "Health Minister Peter Vossberg said clinics would stay open.")
    assert got["Health Minister Peter Vossberg"] == "TUVGOV"
