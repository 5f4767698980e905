"""Attaching bare agents and titled officials to their country from the clause around them, and the
small data lists behind it (spellings, successor states, communities, state forms, people nouns).
Sentences written for these tests, not taken from the dev gold."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()

    def go(text, on=None):
        return resolve_actors(nlp(text), on=on, dictionary=d)

    return go


def codes(res):
    return {m.text: m.code for m in res.mentions}


@pytest.mark.parametrize("text,phrase,code", [
    # its/their: the subject of the clause, past a pronoun subject
    ("Kenya has offered its soldiers to the mission in Somalia.", "soldiers", "KENMIL"),
    ("Ghana said that it would pull their troops out of Mali next year.", "troops", "GHAMIL"),
    # his: the person coreference gave the pronoun
    ("President Paul Biya met the envoy from Nigeria and praised his government.", "government", "CMRGOV"),
])
def test_possessive_pronoun_takes_the_owner(run, text, phrase, code):
    assert codes(run(text))[phrase] == code


def test_object_of_sending_belongs_to_the_subject(run):
    got = codes(run("Brazil is willing to send up to 2,000 police to a United Nations mission in Haiti."))
    assert got["police"] == "BRACOP"


@pytest.mark.parametrize("text,phrase,code", [
    # a noun's infinitive is done by the noun's owner, not by the subject of the clause around it
    ("Malaysia praised Thailand's decision to withdraw its troops from the border.", "troops", "THAMIL"),
    ("Malaysia praised Thailand's decision to withdraw troops from the border.", "troops", "THAMIL"),
    ("Poland criticised the plan by Russia to deploy its troops in Belarus.", "troops", "RUSMIL"),
    # a noun with no owner leaves the clause's subject
    ("Kenya announced a decision to withdraw its troops from Somalia.", "troops", "KENMIL"),
])
def test_infinitive_of_an_owned_noun_takes_the_nouns_owner(run, text, phrase, code):
    assert codes(run(text))[phrase] == code


def test_possessive_of_something_unknown_gives_no_country(run):
    # "its" is the company's: no country may be guessed from the subject clause
    got = codes(run("The company said its workers in Chile and Peru went on strike."))
    assert got.get("workers", "LAB") == "LAB"


def test_rebels_fighting_a_government_are_of_its_country(run):
    got = codes(run("Kenya and Ethiopia urged President Salva Kiir to meet rebels who want to overthrow his government.",
                    date(2014, 3, 1)))
    assert got["rebels"] == "SSDREB"


def test_from_after_a_verb_of_leaving_is_a_place(run):
    got = codes(run("Uganda will withdraw its soldiers from Somalia by the end of the year."))
    assert got["soldiers"] == "UGAMIL"
    assert got["Somalia"] == "SOM"
    got = codes(run("Soldiers from Rwanda arrived in the capital."))
    assert got["Soldiers from Rwanda"] == "RWAMIL"  # without such a verb "from" still names the owner


def test_titled_official_takes_the_country_that_is_not_a_place(run):
    got = codes(run("Japan will send engineers to a reconstruction team in Iraq, Foreign Minister Ken Tanaka said."))
    assert got["Foreign Minister Ken Tanaka"].startswith("JPN")


def test_defence_minister_is_government(run):
    assert codes(run("Defence Minister Ana Silva of Portugal visited the base."))["Defence Minister Ana Silva"] == "PRTGOV"
    assert codes(run("The Chilean defence minister visited the base."))["The Chilean defence minister"] == "CHLGOV"
    assert codes(run("Polish troops crossed the river."))["Polish troops"] == "POLMIL"


def test_state_form_between_of_and_the_country(run):
    got = codes(run("The ambassador of the Hashemite Kingdom of Jordan met the delegation."))
    assert got["The ambassador of the Hashemite Kingdom of Jordan"] == "JORGOV"


def test_demonym_and_people_noun_are_civilians(run):
    got = codes(run("The minister thanked the Ghanaian people for their patience."))
    assert got.get("Ghanaian people", got.get("the Ghanaian people")) == "GHACVL"
    assert codes(run("Ghanaian officials thanked the crowd."))["Ghanaian officials"] == "GHAGOV"


@pytest.mark.parametrize("text,phrase,code", [
    ("Troops from Phillippines joined the exercise.", "Troops from Phillippines", "PHLMIL"),
    ("Talks with Afganistan resumed on Monday.", "Afganistan", "AFG"),
])
def test_common_misspellings(run, text, phrase, code):
    assert codes(run(text))[phrase] == code


@pytest.mark.parametrize("on,code", [(date(1998, 5, 1), "SDN"), (date(2015, 5, 1), "SSD")])
def test_cities_of_a_state_not_yet_independent(run, on, code):
    assert codes(run("Aid flights to Juba resumed on Tuesday.", on))["Juba"] == code


def test_successor_name_keeps_its_code_before_independence(run):
    assert codes(run("Eritrean rebels attacked the garrison.", date(1988, 5, 1)))["Eritrean rebels"] == "ERIREB"
    assert codes(run("Flights to Asmara resumed.", date(1988, 5, 1)))["Asmara"] == "ETH"


def test_community_takes_its_home_country_when_the_sentence_names_none(run):
    assert codes(run("Yoruba farmers protested against the new tax."))["Yoruba farmers"].startswith("NGA")
    # a country named in the sentence wins over the home country
    assert codes(run("Yoruba farmers in Ghana blocked the road."))["Yoruba farmers in Ghana"].startswith("GHA")
    # the plural alone has the singular's home
    assert codes(run("Uyghurs protested on Monday."))["Uyghurs"] == "CHNCVL"


def test_ethnic_group_lives_where_they_are_not_sent(run):
    got = codes(run("Hundreds of ethnic Serbs marched in Germany against plans to deport them to Kosovo."))
    assert got["Serbs"] == "DEUCVL"


def test_data_lists_are_validated(tmp_path):
    from detente.actors.dictionary import ATTACH_KEYS, _read_word_lists
    from detente.errors import DictionaryError

    bad = tmp_path / "attachment.yaml"
    bad.write_text("own_object_verbs: [Send]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="attachment.yaml"):
        _read_word_lists(bad, ATTACH_KEYS)


def test_role_shared_over_three_conjuncts(run):
    got = codes(run("The ambassadors of Peru, Chile and Bolivia met in Lima."))
    assert got["Chile"] == "CHLGOV" and got["Bolivia"] == "BOLGOV"


def test_users_title_gives_an_unknown_persons_role(tmp_path, nlp):
    actors = tmp_path / "my.actors.txt"
    actors.write_text("RURITANIA [RUR]\n", encoding="utf-8")
    agents = tmp_path / "my.agents.txt"
    agents.write_text("CHANCELLOR [~GOV]\n", encoding="utf-8")
    d = ActorDictionary.load(actors_files=[actors], agents_files=[agents])
    res = resolve_actors(nlp("Ruritania Chancellor Otto Brenner has again appealed for calm."), dictionary=d)
    assert codes(res)["Ruritania Chancellor Otto Brenner"] == "RURGOV"


@pytest.mark.parametrize("text,office,code", [
    ("The United States criticised Ukraine and its president on Monday.", "president", "UKRGOV"),
    ("China urged Japan to rein in its prime minister.", "prime minister", "JPNGOV"),
    # "its" is never a person: not the clause's subject, Trump
    ("Trump withheld aid from Ukraine while pressing its president to open an inquiry.", "president", "UKRGOV"),
    ("Russia said its foreign minister would visit Cuba.", "foreign minister", "RUSGOV"),
])
def test_its_office_belongs_to_the_nearest_state_named_before(run, text, office, code):
    assert codes(run(text, date(2019, 11, 20)))[office] == code


@pytest.mark.parametrize("text,phrase,code", [
    # an "its" that opens a sentence is the state the sentence before has as its subject
    ("Georgia rejected the claim by Russia. Its foreign ministry spokeswoman, Tamar Lomidze, said the troops had withdrawn.",
     "foreign ministry spokeswoman", "GEOGOV"),
    ("Bolivia, which borders Chile and Peru, voiced concern. Its foreign ministry said it opposed the blockade.",
     "foreign ministry", "BOLGOV"),
    ("Ghana condemned the coup in Mali. Its foreign minister said the junta must step down.", "foreign minister", "GHAGOV"),
    # "in", then "the" and adjectives, before a place (or the region noun it names): where the group is
    ("Russian-backed separatists in the eastern Luhansk region shelled a village in Ukraine.",
     "separatists in the eastern Luhansk", "UKRREB"),
    ("Rebels in the restive Idlib province attacked a convoy, Turkey said.", "Rebels in the restive Idlib", "SYRREB"),
])
def test_a_state_or_place_named_around_a_role_places_it(run, text, phrase, code):
    assert codes(run(text, date(2019, 11, 20)))[phrase] == code


def test_opening_its_after_a_person_or_a_thing_names_no_state(run):
    # "its" is never a person, and a company subject gives no country
    got = codes(run("President Ruto met President Museveni of Uganda. Its foreign ministry said nothing.", date(2019, 11, 20)))
    assert got.get("foreign ministry", "GOV") == "GOV"
    got = codes(run("The bank cut rates. Its spokesman said the move was needed.", date(2019, 11, 20)))
    assert got.get("spokesman", "GOV") == "GOV"


def test_troops_in_a_described_place_are_not_its_own(run):
    got = codes(run("Russian troops in the eastern Luhansk region fired at Ukraine.", date(2019, 11, 20)))
    assert not any(c == "UKRMIL" for c in got.values())


@pytest.mark.parametrize("text, prep, want", [
    ("Kosovo accused Serbia of massing troops on the border.", "of", True),
    ("Kyiv accused Moscow of corruption.", "of", True),
    ("Britain blamed Russia for sending troops.", "for", True),
    ("Kenya sent troops for the mission.", "for", False),  # "for" with a noun: no deed of the troops
    ("The minister spoke of a crisis.", "of", False),  # no object to have done anything
])
def test_deed_preposition_says_what_the_object_did(nlp, text, prep, want):
    from detente.actors.attach import deed_preposition

    doc = nlp(text)
    assert deed_preposition(next(t for t in doc if t.lower_ == prep)) is want
