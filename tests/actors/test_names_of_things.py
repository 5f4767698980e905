"""A city or capital inside the name of a treaty, a meeting or an incident ("the Paris Agreement",
"the Doha talks", "the Christchurch attack") says where the thing was signed, held or done: it is
no actor, neither the country acting nor the one acted on (attachment.yaml `thing_heads`,
context.py `_names_a_thing`). The same place acting, or as a place, keeps its reading."""

from __future__ import annotations

import pytest

from detente.actors import resolve_actors
from detente.events import code_events


def mentions(nlp, dictionary, text):
    """(mention text, code) for each mention, in order."""
    return [(m.text, m.code) for m in resolve_actors(nlp(text), dictionary=dictionary).mentions]


def events(nlp, dictionary, lexicon, text):
    doc = nlp(text)
    return {(e.source, e.cameo, e.target) for e in code_events(doc, resolve_actors(doc, dictionary=dictionary), lexicon=lexicon)}


@pytest.mark.parametrize("text,place", [
    ("The United States withdrew from the Paris Agreement.", "Paris"),
    ("France condemned the Christchurch attack.", "Christchurch"),
    ("Russia denounced the Christchurch mosque shootings.", "Christchurch"),
    ("Germany praised the Minsk agreements.", "Minsk"),
    ("Russia said the Minsk agreements were dead.", "Minsk"),
    ("Israel and the Palestinians signed the Oslo Accords in 1993.", "Oslo"),
    ("The Red Cross accused Russia of breaching the Geneva Conventions.", "Geneva"),
    ("Zelensky spoke at the Munich Security Conference.", "Munich"),
    ("The Soviet Union signed the Helsinki Final Act.", "Helsinki"),
    ("The Taliban walked out of the Doha talks.", "Doha"),
    ("Russia rejected the Astana format.", "Astana"),
    ("Iran criticized the Vienna talks on Iran's nuclear programme.", "Vienna"),
    ("Russia condemned the Boston Marathon bombing.", "Boston"),
    ("Germany praised the Paris climate accord.", "Paris"),
    ("Pakistan denied involvement in the Mumbai attacks.", "Mumbai"),
    ("Israel accused Iran of backing the Buenos Aires bombing.", "Buenos Aires"),
    ("Ukraine demanded the implementation of the Budapest Memorandum.", "Budapest"),
    ("Armenia rejected the Madrid Principles.", "Madrid"),
    ("Sudan rejected the Jeddah talks.", "Jeddah"),
    ("Colombia praised the Havana peace talks.", "Havana"),
    ("Russia rejected the Geneva communique.", "Geneva"),
    ("The United States condemned the Kabul airport bombing.", "Kabul"),
    ("China condemned the Islamabad hotel bombing.", "Islamabad"),
    ("Armenia criticized the Minsk Group.", "Minsk"),
    ("Argentina negotiated with the Paris Club.", "Paris"),
    ("Germany urged a return to the Minsk process.", "Minsk"),
    ("Russia said Kyiv violated the Minsk ceasefire.", "Minsk"),
    ("Israel refused to attend the Cairo peace conference.", "Cairo"),
    ("Biden and Putin met at the Geneva summit.", "Geneva"),
    ("Iran boycotted the Doha round.", "Doha"),
    ("India walked out of the Geneva round of talks.", "Geneva"),
    ("The two sides resumed the Cairo dialogue.", "Cairo"),
])
def test_place_in_a_name_is_no_actor(nlp, dictionary, text, place):
    assert place not in [t for t, _ in mentions(nlp, dictionary, text)]


@pytest.mark.parametrize("text,expected", [
    # leaving an agreement is no military withdrawal (087) but reduced relations (160) with whom
    # it names: none here, and never France
    ("The United States withdrew from the Paris Agreement.", set()),
    ("France condemned the Christchurch attack.", set()),
    ("Russia rejected the Astana format.", set()),
    ("China criticized the Paris Agreement.", set()),
    ("Pakistan denied involvement in the Mumbai attacks.", {("PAK", "016", None)}),
    ("Israel and the Palestinians signed the Oslo Accords in 1993.", {("ISR", "057", "PSECVL"), ("PSECVL", "057", "ISR")}),
    ("Biden and Putin met at the Geneva summit.", {("USAELI", "040", "RUSGOV"), ("RUSGOV", "040", "USAELI")}),
    ("Trump praised the Abu Dhabi talks between Russia and Ukraine.", {("USAGOV", "051", "RUS"), ("USAGOV", "051", "UKR")}),
    ("Russia and Ukraine signed the Istanbul communique.", {("RUS", "057", "UKR"), ("UKR", "057", "RUS")}),
])
def test_events_lose_the_place_not_the_parties(nlp, dictionary, lexicon, text, expected):
    assert events(nlp, dictionary, lexicon, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the same place acting, or named as a place, keeps its reading
    ("Minsk denied violating the Minsk agreements.", [("Minsk", "BLRGOV")]),
    ("At talks in Geneva, Russia rejected the Geneva communique.", [("Geneva", "CHE"), ("Russia", "RUS")]),
    ("The Istanbul government defended the Istanbul grain deal.", [("The Istanbul government", "TURGOV")]),
    # metonyms and the EU's seat are not places inside a name
    ("Downing Street defended the Paris Agreement.", [("Downing Street", "GBRGOV")]),
    ("The Kremlin rejected the Minsk agreements.", [("The Kremlin", "RUSGOV")]),
    ("The Pentagon condemned the Kabul airport bombing.", [("The Pentagon", "USAMIL")]),
    ("Brussels backed the Paris Agreement.", [("Brussels", "IGOEUREEC")]),
    # two places joined by a hyphen name the parties, not a venue
    ("The Belgrade-Pristina talks resumed after the Washington agreement.",
     [("Belgrade", "SRB"), ("Pristina", "XKX")]),
])
def test_other_readings_kept(nlp, dictionary, text, expected):
    assert mentions(nlp, dictionary, text) == expected
