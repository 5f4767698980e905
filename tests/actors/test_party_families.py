"""Party families that many countries' parties share ("the Greens", "the Social Democrats"):
the party of the country in context (parties.py `_families`)."""

from __future__ import annotations

from datetime import date

from detente.actors import resolve_actors

ON = date(2019, 11, 20)


def codes(nlp, dictionary, text, on=ON):
    return {m.text: m.code for m in resolve_actors(nlp(text), on=on, dictionary=dictionary).mentions}


def test_a_party_family_in_the_plural_is_the_party_of_its_country(nlp, dictionary):
    got = codes(nlp, dictionary, "BERLIN (Reuters) - The Social Democrats criticised Chancellor Angela Merkel.")
    assert got["The Social Democrats"] == "DEUPTY"
    got = codes(nlp, dictionary, "BERLIN (Reuters) - The Greens accused the Free Democrats of betraying voters.")
    assert got["The Greens"] == "DEUPTY"
    assert got["the Free Democrats"] == "DEUPTYFDP"  # a name the tables hold stays theirs


def test_a_party_family_before_leader_is_the_party(nlp, dictionary):
    got = codes(nlp, dictionary, "BERLIN (Reuters) - Social Democrat leaders threatened to quit the coalition.")
    assert got["Social Democrat leaders"] == "DEUPTY"
    # the tables' own "Liberal Democrat leader" is not the Liberal family
    got = codes(nlp, dictionary, "LONDON (Reuters) - Liberal Democrat leader Jo Swinson accused the government of lying.")
    assert got["Liberal Democrat leader Jo Swinson"] == "GBRPTYLDM"


def test_a_longer_name_is_not_the_family(nlp, dictionary):
    got = codes(nlp, dictionary, "BRUSSELS (Reuters) - The European Greens criticised the Commission.")
    assert not any(code.endswith("PTY") for code in got.values())  # no one country's party
    got = codes(nlp, dictionary, "BERLIN (Reuters) - Germany's Greens criticised the government.")
    assert got["Germany's Greens"] == "DEUPTY"


def test_critics_and_opponents_of_someone_are_the_opposition_of_their_country(nlp, dictionary):
    got = codes(nlp, dictionary, "BRASILIA (Reuters) - Bolsonaro's opponents accused him of spreading fake news.")
    assert got["opponents"] == "BRAOPP"  # not Bolsonaro's own side
    got = codes(nlp, dictionary, "NEW DELHI (Reuters) - Critics of Prime Minister Narendra Modi accused him of undermining democracy.")
    assert got["Critics"] == "INDOPP"
    # critics of no one are no actor
    assert "critics" not in {k.lower() for k in codes(nlp, dictionary, "LONDON (Reuters) - Film critics praised the movie.")}


def test_critics_take_the_country_of_whom_they_oppose_not_the_dateline(nlp, dictionary):
    # a London story on Brazil: the opponents are Brazil's opposition, by whom they oppose
    for text, critics in (
        ("LONDON (Reuters) - Bolsonaro's opponents accused him of corruption.", "opponents"),
        ("LONDON (Reuters) - Bolsonaro critics accused him of corruption.", "critics"),
        ("LONDON (Reuters) - Critics of Bolsonaro accused him of corruption.", "Critics"),
        ("LONDON (Reuters) - Critics of Brazilian President Jair Bolsonaro staged a protest.", "Critics"),
    ):
        got = codes(nlp, dictionary, text)
        assert got[critics] == "BRAOPP", text
    # whom they oppose is not part of their name: the president stays himself
    got = codes(nlp, dictionary, "LONDON (Reuters) - Critics of Brazilian President Jair Bolsonaro staged a protest.")
    assert got["Brazilian President Jair Bolsonaro"] == "BRAGOV"
