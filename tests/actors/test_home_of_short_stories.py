"""A short story's home country (actors/setting.py `article_home`): two mentions of one country,
and none of another as often, place the bare roles of its other paragraphs."""

from __future__ import annotations

from detente.actors import resolve_actors


def codes(nlp, dictionary, text):
    res = resolve_actors(nlp(text), dictionary=dictionary)
    return {m.text: (m.code, m.via) for m in res.mentions}


def test_a_country_named_twice_is_the_home_of_a_short_story(nlp, dictionary):
    text = ("Chile's farmers are angry about the drought.\n\n"
            "Growers across Chile say their crops have failed.\n\n"
            "The Government has promised to review water prices.")
    assert codes(nlp, dictionary, text)["The Government"] == ("CHLGOV", "context")


def test_two_countries_named_twice_each_give_no_home(nlp, dictionary):
    text = ("Chile's farmers are angry about the drought.\n\n"
            "Growers in Peru and Chile say Peru's dams are to blame.\n\n"
            "The Government has promised to review water prices.")
    assert codes(nlp, dictionary, text)["The Government"][0] == "GOV"


def test_a_country_named_once_is_still_no_home(nlp, dictionary):
    text = ("Chile's farmers are angry about the drought.\n\n"
            "Growers say their crops have failed.\n\n"
            "The Government has promised to review water prices.")
    assert codes(nlp, dictionary, text)["The Government"][0] == "GOV"
