"""Person names as news writes them: particles, honorifics, hyphens (names.py), and names set
beside a title (coref.py appositions)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.actors.names import particle_end


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=date(2025, 6, 1), dictionary=d)


def by_text(res):
    return {m.text: m for m in res.mentions}


def test_particle_continues_the_name_and_the_honorific_is_no_name(run):
    res = run("Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.")
    m = by_text(res)["Saudi Energy Minister Prince Abdulaziz bin Salman"]
    assert m.code == "SAUGOV"
    assert res.actors[m.actor].name == "Abdulaziz bin Salman"
    assert res.actors[m.actor].kind == "person"


def test_particle_after_a_known_name_is_one_mention(run):
    res = run("Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted the talks.")
    people = [m for m in res.mentions if res.actors[m.actor].kind == "person"]
    assert [m.text for m in people] == ["Qatar's Emir Sheikh Tamim bin Hamad Al Thani"]
    assert people[0].code == "QATGOV"


def test_particle_needs_a_capitalised_name_after_it(nlp):
    particles = ActorDictionary.load().attach["name_particles"]
    doc = nlp("Amos Kiprono de facto conceded, and Amos Kiprono bin Salim agreed.")
    assert particle_end(doc, 2, particles, set()) == 2  # "de facto": no name after the particle
    assert particle_end(doc, 9, particles, set()) == 11  # "bin Salim"
    assert particle_end(doc, 9, particles, {10}) == 9  # the name after it is another piece's


def test_hyphenated_surname_is_not_the_known_half(run):
    res = run("Chilean diplomat Paula Ortega-Valdivia arrived in Lima. Ortega-Valdivia said talks would go on.")
    codes = {m.text: m.code for m in res.mentions}
    assert "Ortega" not in codes  # not Daniel Ortega (NICGOV)
    assert codes["Ortega-Valdivia"] == "CHLGOV"
    assert all(not c.startswith("NIC") for c in codes.values())


def test_two_known_names_joined_by_a_hyphen_stay_two(run):
    codes = {m.text: m.code for m in run("The Putin-Xi summit ended without a statement.").mentions}
    assert codes == {"Putin": "RUSGOV", "Xi": "CHNGOV"}


def test_name_after_its_title_is_the_titled_person(run):
    res = run("Ghana's central bank governor, Kwabena Asante-Mensah, said rates would stay unchanged. "
              "Asante-Mensah added that inflation was easing.")
    m = by_text(res)
    title, name = m["Ghana's central bank governor"], m["Kwabena Asante-Mensah"]
    assert name.via == "apposition" and name.code == "GHAGOV"
    assert title.actor == name.actor
    assert res.actors[name.actor].name == "Kwabena Asante-Mensah"
    assert res.actors[name.actor].country == "GHA"
    assert m["Asante-Mensah"].actor == name.actor


def test_name_before_its_description_still_takes_it(run):
    m = by_text(run("Ruth Wanjala, a Kenyan diplomat, said talks would resume."))
    assert m["Ruth Wanjala"].code == "KENGOV" and m["Ruth Wanjala"].via == "apposition"


def test_namesake_of_a_known_surname_is_the_articles_own_person(run):
    # "Johnson" alone is in the table (Mike Johnson, Boris Johnson); "Bill Johnson" is someone else,
    # who keeps his title, and the bare surname later is him again
    res = run("SAN FRANCISCO (Reuters) - Regulators wrote to Chief Executive Bill Johnson on Monday.\n\n"
              "Johnson apologized on Thursday for the utility's failures.")
    people = [m for m in res.mentions if res.actors[m.actor].kind == "person"]
    assert [m.text for m in people] == ["Chief Executive Bill Johnson", "Johnson"]
    assert {m.code for m in people} == {"USABUS"}
    assert people[0].actor == people[1].actor


def test_namesake_leaves_the_known_person_named_in_full(run):
    res = run("Former Prime Minister Boris Johnson met Bill Johnson, a farmer, in Kent. Johnson said the talks went well.")
    codes = [m.code for m in res.mentions if m.text == "Johnson"]
    assert codes and all(c.startswith("GBR") for c in codes)


def test_a_known_surname_leading_an_unknown_name_is_a_given_name(nlp):
    # "Johnson Sakaja": Johnson is his given name, not Mike or Boris Johnson
    from detente.actors import ActorDictionary, resolve_actors
    res = resolve_actors(nlp("NAIROBI (Reuters) - Nairobi Governor Johnson Sakaja accused the national "
                             "government of withholding funds."), dictionary=ActorDictionary.load())
    codes = [m.code for m in res.mentions if "Johnson" in m.text]
    assert codes and all(c.startswith("KEN") for c in codes), codes


@pytest.mark.parametrize("text, phrase, code", [
    # a capitalised word no table reads, glued before a known group's name, makes another group
    # (context.py `_glued_name`): the known one's role, the country of its story, not the known one's
    ("BAGHDAD (Reuters) - Kataib Hezbollah fighters fired rockets at a U.S. base on Tuesday.",
     "Kataib Hezbollah fighters", "IRQREB"),
    ("Kataib Hezbollah accused the United States of killing its commanders.", "Kataib Hezbollah", "REB"),
    # a people, a place or a title before the name, or a headline's capitals: the known group
    ("Lebanese Hezbollah fighters fired rockets at Israel on Monday.", "Lebanese Hezbollah fighters", "LBNREBHEZ"),
    ("Shiite Hezbollah accused Israel of violating the truce.", "Hezbollah", "LBNREBHEZ"),
    ("Hamas official Osama Hamdan accused Israel of stalling the talks.", "Hamas official Osama Hamdan", "PSEREBHMS"),
    # an acronym before the name says what the group is ("PMC": a private military company)
    ("The PMC Wagner group denied attacking civilians in Mali.", "Wagner group", "RUSMILWAG"),
])
def test_a_name_glued_before_a_known_groups_is_another_group(mention_codes, text, phrase, code):
    assert mention_codes(text).get(phrase) == code
