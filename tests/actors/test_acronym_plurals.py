"""An acronym's plural keeps its capitals but for the "s": "MPs", "CEOs" are the agents "MP", "CEO"."""

from __future__ import annotations

from datetime import date

from detente.actors import resolve_actors

ON = date(2024, 6, 1)


def codes(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), on=ON, dictionary=dictionary).mentions}


def test_members_of_parliament_in_the_plural_are_the_legislature(nlp, dictionary):
    got = codes(nlp, dictionary, "LONDON (Reuters) - MPs criticised the government over the Rwanda plan.")
    assert got.get("MPs") == "GBRLEG"
    got = codes(nlp, dictionary, "NAIROBI (Reuters) - Opposition leaders and several MPs walked out of parliament.")
    assert got.get("MPs") == "KENLEG"


def test_an_acronym_written_in_lower_case_is_still_no_match(nlp, dictionary):
    got = codes(nlp, dictionary, "LONDON (Reuters) - The mps of the old system were replaced.")
    assert "mps" not in got
