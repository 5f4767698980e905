"""Towns the gazetteer does not know, named by a place noun ("the town of Walikale", "Zari
district"): places of the country their phrase names, else of the country in context, never
guessed where the sentence may put them elsewhere (towns.py, setting.py `place_towns`)."""

from __future__ import annotations

import pytest

from detente.actors import resolve_actors
from detente.actors.towns import town_names
from detente.events import code_events


def events(nlp, dictionary, lexicon, text):
    doc = nlp(text)
    return [(e.source, e.cameo, e.target) for e in code_events(doc, resolve_actors(doc, dictionary=dictionary), lexicon=lexicon)]


def places(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), dictionary=dictionary).mentions if m.via == "place"}


@pytest.mark.parametrize("text,names", [
    ("Rebels captured the town of Walikale.", ["Walikale"]),
    ("Fighters seized the strategic eastern town of Nyabiondo.", ["Nyabiondo"]),
    ("Militants attacked the village of Aita al-Shaab.", ["Aita al-Shaab"]),
    ("Police raided a camp in Abra province.", ["Abra"]),
    ("Rebels captured a town of 5,000 people.", []),  # no name
    ("Rebels captured the town on Tuesday.", []),
    ("Troops entered the city of Kyiv's outskirts.", []),  # the outskirts are the object
    ("Officials in Eastern Province said.", []),  # a compass word alone
    ("China is expanding its influence in the Asia-Pacific region.", []),  # a region of several states
    ("Troops were deployed to the Asia-Pacific district.", []),  # the end of a longer name
])
def test_town_names(nlp, dictionary, text, names):
    doc = nlp(text)
    assert [doc[s:e].text for s, e, _ in town_names(doc, dictionary.attach)] == names


def test_town_in_context_is_captured(nlp, dictionary, lexicon):
    assert ("CODREBM23", "192", "COD") in events(
        nlp, dictionary, lexicon, "GOMA (Reuters) - The M23 rebels captured the town of Walikale.")
    assert places(nlp, dictionary, "KYIV (Reuters) - Russian troops captured the village of Novomykhailivka.") \
        == {"Novomykhailivka": "UKR"}
    assert places(nlp, dictionary, "MANILA (Reuters) - Communist rebels ambushed soldiers in Bukidnon province.") \
        == {"Bukidnon": "PHL"}


@pytest.mark.parametrize("text,code", [
    ("JERUSALEM (Reuters) - Israeli aircraft struck the village of Aita al-Shaab in southern Lebanon.", "LBN"),
    ("BEIRUT (Reuters) - Israeli jets struck the Syrian town of Qusayr.", "SYR"),
    ("BEIRUT (Reuters) - Syrian rebels captured the town of Saraqeb, Syria, on Monday.", "SYR"),
    ("WASHINGTON (Reuters) - Russian forces captured the town of Avdiivka in Ukraine.", "UKR"),
])
def test_country_of_its_phrase(nlp, dictionary, text, code):
    assert set(places(nlp, dictionary, text).values()) == {code}


@pytest.mark.parametrize("text", [
    "The M23 rebels captured the town of Walikale.",  # no context
    "WASHINGTON (Reuters) - The M23 rebels captured the town of Walikale.",  # Congo's rebels, not the dateline's town
    "MOSCOW (Reuters) - Russian forces captured the village of Pobeda, the defence ministry said.",  # a state abroad
    "NAIROBI (Reuters) - Kenya and Somalia traded blame after militants attacked the town of Mandera.",
])
def test_town_left_unknown(nlp, dictionary, text):
    assert places(nlp, dictionary, text) == {}


def test_town_is_no_person(nlp, dictionary):
    """The tagger's person in "the town of Kitengela" is the town, not a private individual."""
    res = resolve_actors(nlp("NAIROBI (Reuters) - Police fired tear gas at protesters in the town of Kitengela."),
                         dictionary=dictionary)
    assert {m.text: m.code for m in res.mentions}.get("Kitengela") == "KEN"
    res = resolve_actors(nlp("Police fired tear gas at protesters in the town of Kitengela."), dictionary=dictionary)
    assert "Kitengela" not in {m.text for m in res.mentions}


def test_foreign_doer_strikes_the_context_land(nlp, dictionary):
    """Another country named as the one doing the act does not unsettle the town's country."""
    assert places(nlp, dictionary, "KYIV (Reuters) - Russia struck the town of Shostka overnight.") == {"Shostka": "UKR"}
    assert places(nlp, dictionary, "KINSHASA (Reuters) - Rwanda captured the town of Walikale.") == {"Walikale": "COD"}
