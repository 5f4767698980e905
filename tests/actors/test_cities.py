"""Cities that are not capitals, and the UK's nations, as places of their country (provinces.tsv):
in datelines, where the words after the comma say where the place is, and in the text, where a
namesake town or a surname is not the city."""

from __future__ import annotations

import pytest

from detente.actors import resolve_actors
from detente.actors.setting import dateline_country
from detente.events import code_events


def events(nlp, dictionary, lexicon, text):
    doc = nlp(text)
    return [(e.source, e.cameo, e.target) for e in code_events(doc, resolve_actors(doc, dictionary=dictionary), lexicon=lexicon)]


def codes(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), dictionary=dictionary).mentions}


@pytest.mark.parametrize("text,country", [
    ("LAGOS (Reuters) - Police fired tear gas.", "NGA"),
    ("MUMBAI, Nov 3 (Reuters) - Police arrested five men.", "IND"),
    ("KARACHI, Sept. 5 (Reuters) - Police arrested five men.", "PAK"),
    ("ISTANBUL (AP) — Police detained dozens of protesters.", "TUR"),
    ("MANCHESTER, England (Reuters) - Police arrested five men.", "GBR"),
    ("SALFORD, England (Reuters) - Police arrested five men.", "GBR"),  # a town we do not list, in England
    ("HYDERABAD, Pakistan (Reuters) - Police arrested five men.", "PAK"),  # shared by India and Pakistan
    ("PARIS, Texas (AP) — Police arrested five men.", "USA"),  # a namesake of a capital
])
def test_dateline_city(dictionary, text, country):
    assert dateline_country(text, dictionary) == country


def test_dateline_of_no_known_country(nlp, dictionary):
    for text in (
        "HYDERABAD (Reuters) - Police arrested five men.",  # India or Pakistan: the dateline alone cannot say
        "ATHENS, Ga. (AP) — Police arrested five men.",  # a town in a state we cannot read, not Greece
        "MANCHESTER, N.H. (AP) — Police arrested five men.",
    ):
        assert dateline_country(text, dictionary) is None, text
        assert {m.code for m in resolve_actors(nlp(text), dictionary=dictionary).mentions} == {"COP", "CVL"}, text


def test_dateline_city_gives_bare_roles_their_country(nlp, dictionary, lexicon):
    got = events(nlp, dictionary, lexicon, "LAGOS (Reuters) - Police fired tear gas at protesters on Tuesday.")
    assert ("NGACOP", "175", "NGAOPP") in got
    got = events(nlp, dictionary, lexicon, "MANCHESTER, England (Reuters) - Police arrested five men.")
    assert [e[0] for e in got] == ["GBRCOP"]


def test_uk_nations_are_places_of_britain(nlp, dictionary):
    assert codes(nlp, dictionary, "Police in England arrested 400 people.")["Police in England"] == "GBRCOP"
    assert codes(nlp, dictionary, "Protesters in Wales marched on Saturday.")["Protesters in Wales"] == "GBROPP"
    # a longer name holding one of them is its own place
    assert codes(nlp, dictionary, "Police in New South Wales arrested two men.")["Police in New South Wales"] == "AUSCOP"
    assert codes(nlp, dictionary, "Police in New England arrested two men.")["Police in New England"] == "USACOP"


def test_city_in_the_text(nlp, dictionary):
    assert codes(nlp, dictionary, "Police in Lagos fired tear gas at protesters.")["Police in Lagos"] == "NGACOP"
    assert codes(nlp, dictionary, "Rebels shelled Goma and Bukavu.")["Bukavu"] == "COD"


def test_namesake_town_is_not_the_city(nlp, dictionary):
    for text, place in (
        ("He was born in Paris, Texas, in 1950.", "Paris"),
        ("Police in St. Petersburg, Florida, arrested five men.", "St. Petersburg"),
        ("Voters in Manchester, New Hampshire, backed the senator.", "Manchester"),
    ):
        got = codes(nlp, dictionary, text)
        assert not any(place in m for m in got), got
    # the country after the comma is a new clause's subject, not where the city lies
    got = codes(nlp, dictionary, "Israel struck Gaza, Egypt said on Monday.")
    assert got["Gaza"] == "PSE" and got["Egypt"] == "EGY"


def test_the_datelines_namesake_is_the_dateline_place_throughout(nlp, dictionary):
    # the dateline says which San Jose and which Paris the story is in: named again, the same one
    got = codes(nlp, dictionary, "SAN JOSE, California (Reuters) - San Jose Mayor Sam Liccardo urged calm on Monday.")
    assert [c for m, c in got.items() if "Liccardo" in m] == ["USAGOV"], got
    got = codes(nlp, dictionary, "PARIS, Texas (AP) — Paris police arrested five men on Monday.")
    assert got["Paris police"] == "USACOP", got
    # a dateline in the place's own country changes nothing
    got = codes(nlp, dictionary, "PARIS (Reuters) - Paris police arrested five men on Monday.")
    assert got["Paris police"] == "FRACOP", got


def test_city_name_in_another_sense(nlp, dictionary):
    assert codes(nlp, dictionary, "Police in Munich detained protesters.")["Police in Munich"] == "DEUCOP"
    for text, place in (
        ("Mr. Paris said the government would respond.", "Paris"),  # a surname after an honorific
        ("Mr. Kano said the government would respond.", "Kano"),
        ("Bayern Munich signed a deal with the striker.", "Munich"),  # football clubs (ambiguous.yaml)
        ("The Manchester United manager criticized the referee.", "Manchester"),
        ("Inter Milan signed a deal with the striker.", "Milan"),
    ):
        got = codes(nlp, dictionary, text)
        assert not any(place in m for m in got), got


def test_san_jose_in_a_california_story_is_no_costa_rica(nlp, dictionary):
    got = codes(nlp, dictionary, "SAN FRANCISCO (Reuters) - San Jose Mayor Maria Ortiz urged other cities in "
                                 "Northern California to join the lawsuit.")
    assert not any(c.startswith("CRI") for c in got.values()), got
    got = codes(nlp, dictionary, "MANAGUA (Reuters) - Nicaragua accused San Jose of harbouring rebels, and Costa "
                                 "Rica denied it.")
    assert got.get("San Jose", "").startswith("CRI"), got
