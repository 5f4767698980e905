"""Political parties and news media (organisations.tsv kinds `party` and `media`): each party of a
country is its own actor, and names another country's party shares are not read as this one."""

from __future__ import annotations

from detente.actors import resolve_actors


def codes(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), dictionary=dictionary).mentions}


def test_two_parties_of_one_country_are_two_actors(nlp, dictionary):
    got = codes(nlp, dictionary, "Labour criticised the Conservatives over forced labour.")
    assert got == {"Labour": "GBRPTYLAB", "the Conservatives": "GBRPTYCON"}  # not "labour", the word


def test_a_party_name_of_another_country_is_not_read_as_this_one(nlp, dictionary):
    assert codes(nlp, dictionary, "Democrats criticised the White House.")["Democrats"] == "USAPTYDEM"
    assert "Democrats" not in codes(nlp, dictionary, "The Christian Democrats met on Monday.")


def test_media_are_actors_of_their_country(nlp, dictionary):
    got = codes(nlp, dictionary, "The Global Times accused the BBC of bias.")
    assert got["The Global Times"].startswith("CHNMED") and got["the BBC"].startswith("GBRMED")


def test_parties_on_both_sides_give_an_event():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "Democrats accused Republicans of blocking the inquiry.", "date": "2019-11-18"}])
    assert ("USAPTYDEM", "USAPTYREP", "112") in {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}
