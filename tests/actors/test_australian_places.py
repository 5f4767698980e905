"""Australia's states, territories and regional cities are places of Australia (provinces.tsv):
a bare role in a story set there takes AUS."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2002, 3, 4), dictionary=d)


def codes(res):
    return {m.text: m.code for m in res.mentions}


def test_police_in_a_territory_town_are_australian(run):
    res = run("Police in Alice Springs have arrested a teenager over a string of break-ins. "
              "Police say the boy was caught near the river.")
    assert {c for t, c in codes(res).items() if t.lower().startswith("police")} == {"AUSCOP"}


@pytest.mark.parametrize("place", ["Tasmania", "the Northern Territory", "Hobart", "Townsville", "Toowoomba", "Geelong", "Wollongong"])
def test_state_and_city_names_are_places_of_australia(run, place):
    res = run(f"Firefighters are battling a blaze in {place}. The government has promised help.")
    assert any(c == "AUS" for c in codes(res).values())


@pytest.mark.parametrize("place", ["Western Australia", "South Australia", "Perth", "Darwin", "Cairns", "the Gold Coast",
                                   "Fremantle", "Launceston", "Ballarat", "Bendigo", "Woomera", "Christmas Island",
                                   "Port Hedland"])
def test_more_states_cities_and_territories_are_places_of_australia(run, place):
    res = run(f"Police in {place} have arrested two men after a brawl. Police say both were released on bail.")
    assert {c for t, c in codes(res).items() if t.lower().startswith("police")} == {"AUSCOP"}


def test_nsw_is_new_south_wales(run):
    res = run("The NSW Government has promised more money for hospitals. The Premier says the funding starts in July.")
    assert codes(res)["The NSW Government"] == "AUSGOV"


def test_newcastle_is_the_australian_city_in_a_story_on_australia(run):
    res = run("Australian police say floods have cut roads around Newcastle. Police say residents should stay home.")
    assert codes(res)["Newcastle"] == "AUS"
