"""Relative clauses of an actor: "Cyprus, which demanded ...", "Crimea, which Russia annexed".
A background paragraph tells an earlier act in a relative clause hung on the actor it names;
the pronoun "which" or "that" stands for that actor as "who" does for a person."""

from __future__ import annotations


def test_which_as_subject_stands_for_the_country_it_follows(code):
    got = code(
        "The sanctions had been delayed for weeks by Hungary, which demanded that the EU exempt its gas imports.",
        {"Hungary": "HUN", "the EU": "IGOEUREEC"},
    )
    assert ("HUN", "IGOEUREEC", "100", "asserted") in got


def test_which_inside_a_subject_stands_for_the_country_it_follows(code):
    got = code(
        "Envoys from Ecuador, which has accused Peru of smuggling arms, met in Lima on Monday.",
        {"Ecuador": "ECU", "Peru": "PER", "Lima": "PER"},
    )
    assert ("ECU", "PER", "112", "asserted") in got


def test_which_as_object_stands_for_the_territory_it_follows(code):
    got = code(
        "Troops were moved to Abkhazia, which Moscow recognised in 2008, and to the border of Georgia.",
        {"Abkhazia": "GEO", "Moscow": "RUS", "Georgia": "GEO"},
    )
    assert any(s == "RUS" and t == "GEO" and m == "asserted" for s, t, c, m in got)


def test_which_after_a_thing_names_no_actor(code):
    got = code(
        "Officials discussed the pipeline, which Germany approved last year.",
        {"Germany": "DEU"},
    )
    assert not any(t == "DEU" for s, t, c, m in got)

