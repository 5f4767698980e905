"""Definite descriptions linked to the person or organisation named earlier, owners after a
preposition, and unknown names spaCy cuts short (describe.py, builder.py)."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), dictionary=d)


def by_text(res):
    return {m.text: m for m in res.mentions}


def test_the_minister_is_the_minister_named_earlier(run):
    res = run("Foreign Minister Wang Yi arrived in Lagos on Monday. The minister said trade would grow.")
    m = by_text(res)
    assert m["The minister"].via == "title"
    assert m["The minister"].actor == m["Foreign Minister Wang Yi"].actor
    assert m["The minister"].code == "CHNGOV"


def test_the_description_must_end_the_title(run):
    res = run("Prime Minister Rishi Sunak met Foreign Minister Wang Yi. The prime minister spoke first.")
    m = by_text(res)
    assert m["The prime minister"].actor == m["Prime Minister Rishi Sunak"].actor


def test_latest_person_with_the_title_wins(run):
    res = run("Defence Minister Ada Brune met Foreign Minister Wang Yi. The minister left early.")
    m = by_text(res)
    assert m["The minister"].actor == m["Foreign Minister Wang Yi"].actor


def test_no_title_earlier_keeps_a_generic_agent(run):
    m = by_text(run("The minister said trade would grow."))
    assert m["The minister"].via == "agent"


def test_plural_describes_no_one(run):
    m = by_text(run("Foreign Minister Wang Yi arrived. The ministers met later."))
    assert m["The ministers"].actor != m["Foreign Minister Wang Yi"].actor


@pytest.mark.parametrize("text,first,later", [
    ("The International Atomic Energy Agency sent inspectors to Vienna. The agency said more were needed.",
     "The International Atomic Energy Agency", "The agency"),
    ("The Indian Ministry of External Affairs issued a statement. The ministry said it was concerned.",
     "The Indian Ministry", "The ministry"),
])
def test_the_agency_is_the_organisation_named_earlier(run, text, first, later):
    m = by_text(run(text))
    assert m[later].via == "description" and m[later].actor == m[first].actor and m[later].code == m[first].code


def test_a_description_of_another_kind_is_another_body(run):
    # "the foreign ministry" is not the "health ministry" named before: its paragraph places it
    text = ("JERUSALEM (Reuters) - Israeli troops killed two men, the Palestinian health ministry said.\n\n"
            "In Cairo, Egyptian officials said they were working to broker a truce. "
            "The foreign ministry called on both sides to show restraint.")
    m = by_text(run(text))
    assert m["The foreign ministry"].code == "EGYGOV"
    assert m["The foreign ministry"].actor != m["the Palestinian health ministry"].actor
    # the words that say which one are in the earlier name: the same body
    m = by_text(run("The Indian foreign ministry issued a statement. The foreign ministry said it was concerned."))
    assert m["The foreign ministry"].via == "description"


@pytest.mark.parametrize("text,first,later,code", [
    ("CARACAS (Reuters) - The opposition party accused the ruling party of rigging the vote.",
     "The opposition party", "the ruling party", "VENPTY"),
    ("NAIROBI (Reuters) - The governing party accused the opposition party of fraud.",
     "The governing party", "the opposition party", "KENOPP"),
])
def test_a_description_of_another_role_is_another_body(run, text, first, later, code):
    # "the ruling party" names the party in power, not the opposition party named before it
    m = by_text(run(text))
    assert m[later].actor != m[first].actor and m[later].code == code


def test_agent_takes_the_owner_after_its_preposition(run):
    m = by_text(run("A spokesperson for the South Korean foreign ministry said the talks would continue."))
    assert m["spokesperson"].code == "KORGOV"


def test_group_after_preposition_keeps_its_own_role(run):
    m = by_text(run("Workers of the state bus company of Iran went on strike."))
    assert m["Workers"].code == "IRNLAB" and m["company of Iran"].code == "IRNBUS"


def test_unknown_name_is_not_cut_short(run):
    res = run("Opposition leader Maria Corina Machado said the vote was stolen. Machado spoke again.")
    names = {a.name for a in res.actors}
    assert "Maria Corina Machado" in names and "Maria Corina" not in names
    m = by_text(res)
    assert m["Machado"].actor == m["Opposition leader Maria Corina Machado"].actor


def test_the_junta_is_the_military_government_named_before(run):
    res = run("Mali's military government said elections would be delayed. "
              "On Tuesday the junta expelled France's ambassador.")
    m = by_text(res)
    assert m["the junta"].code == "MLIMIL"  # not FRAMIL from the sentence's one country
    assert m["the junta"].via == "description"
    assert m["the junta"].actor == m["Mali's military government"].actor


def test_the_junta_with_two_military_governments_is_not_linked(run):
    res = run("Mali's military government and Niger's military rulers signed a pact. "
              "Analysts said the junta would struggle.")
    assert by_text(res)["the junta"].via != "description"


def test_the_junta_with_none_named_before_keeps_its_role(run):
    res = run("Analysts said the junta would struggle.")
    assert by_text(res)["the junta"].code.endswith("MIL")


def test_the_rebels_are_the_armed_group_named_earlier_not_the_sentence_country(run):
    # a definite armed-group agent refers back to the group the story named, whatever foreign
    # actor its own sentence names
    res = run("Houthi rebels fired a missile at an airport in the south of the kingdom.\n\n"
              "The Saudi-led coalition later bombed the rebels around Hodeida.")
    m = by_text(res)
    assert m["the rebels"].code == "YEMREBHTH" and m["the rebels"].via == "description"
    res = run("Hayat Tahrir al-Sham shelled villages in Hama province on Tuesday.\n\n"
              "Russia said it had struck the militants near the border.")
    assert by_text(res)["the militants"].code == "SYRREBHTS"


def test_the_rebels_with_no_group_named_before_keep_their_sentence_country(run):
    m = by_text(run("Syrian troops shelled the rebels in Idlib."))
    assert m["the rebels in Idlib"].code == "SYRREB"
    m = by_text(run("Colombian troops killed the rebels. Houthi rebels fired a missile."))
    assert m["the rebels"].code == "COLREB"  # the group named after is no antecedent


def test_a_country_led_coalition_is_that_countrys_military_and_the_coalition_later_is_it(run):
    m = by_text(run("The Saudi-led coalition bombed Hodeida.\n\nThe coalition said it had hit rebel positions."))
    assert m["The Saudi-led coalition"].code == "SAUMIL"
    assert m["The coalition"].code == "SAUMIL" and m["The coalition"].via == "description"
    assert by_text(run("The U.S.-led coalition bombed Raqqa."))["coalition"].code == "USAMIL"
    # guards: a government's coalition is no alliance at war, but the parties in power (PTY)
    m = by_text(run("The ruling coalition criticised the opposition."))
    assert m["The ruling coalition"].code == "PTY"
    assert by_text(run("ANKARA (Reuters) - The opposition accused the ruling coalition of fraud."))["the ruling coalition"].code == "TURPTY"
    assert by_text(run("Germany's coalition government criticised Russia."))["Germany's coalition government"].code == "DEUGOV"


def test_kin_of_an_actor_are_private_people_of_its_country_not_the_actor(run):
    # "soldiers' wives", "Putin's daughter": the kin are civilians (CVL), whoever they are kin to
    m = by_text(run("Malian soldiers' wives protested in Bamako."))
    assert m["wives"].code == "MLICVL"
    assert by_text(run("Putin's daughter criticised the EU."))["daughter"].code == "RUSCVL"
    m = by_text(run("The widow of the slain Egyptian activist spoke in Cairo."))
    assert m["The widow"].code[3:] == "CVL"


def test_the_group_is_the_armed_group_named_last(run):
    m = by_text(run("Hayat Tahrir al-Sham shelled villages in Hama.\n\nTurkey urged the group to stop the attacks."))
    assert m["the group"].code == "SYRREBHTS" and m["the group"].via == "description"
    m = by_text(run("Islamic State claimed the bombing. Iraq vowed to crush the militant group."))
    assert m["the militant group"].code == "IMGMOSISI"
    # guards: a company's group, an unnamed group, a group of people
    assert "The group" not in by_text(run("Volkswagen reported profits. The group said sales rose."))
    assert "the group" not in by_text(run("Police arrested the group of protesters in Paris."))


def test_the_group_is_the_advocacy_group_named_before_when_no_armed_group_is():
    from detente.engine import code_records

    text = ("ABUJA (Reuters) - The Socio-Economic Rights and Accountability Project, a Lagos-based civil society "
            "group, criticised President Bola Tinubu on Monday.\n\n"
            "The group threatened to sue the government if it failed to reverse the price increase.")
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    got = {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}
    assert ("NGANGO", "NGAGOV", "13") in got


def test_the_group_is_the_rights_organisation_named_last(run):
    m = by_text(run("BANGKOK (AP) - Human Rights Watch criticised the ruling.\n\n"
                    "The group urged the government to end prosecutions of critics of the monarchy."))
    assert m["The group"].code == "NGOHRW" and m["The group"].via == "description"
    # the kind named last wins; "the militant group" is never the NGO
    m = by_text(run("The Taliban attacked a checkpoint. Amnesty International condemned the attack.\n\n"
                    "The group called for an inquiry."))
    assert m["The group"].code == "NGOAMN"
    m = by_text(run("Amnesty International condemned the killings. Islamic State claimed the bombing.\n\n"
                    "Iraq vowed to crush the militant group."))
    assert m["the militant group"].code == "IMGMOSISI"


def test_the_bloc_is_the_union_of_states_named_last(run):
    res = run("The African Union suspended Mali on Monday. Ghana welcomed the decision, and Niger "
              "criticised the bloc's stance on the junta.")
    got = [m.code for m in res.mentions if m.text.startswith("the bloc")]
    assert got == ["IGOAFRAFU"]


def test_the_united_nations_is_no_bloc(run):
    res = run("The United Nations condemned the coup in Mali. Niger criticised the bloc's stance.")
    assert not [m for m in res.mentions if m.text.startswith("the bloc")]
    res = run("The UN Security Council condemned the coup in Mali. Niger criticised the bloc's stance.")
    assert not [m for m in res.mentions if m.text.startswith("the bloc")]


def test_the_group_is_a_national_body_named_last(run):
    # a body the tables lack, coded with its country (NGANGO), is an NGO "the group" names
    m = by_text(run("LAGOS (Reuters) - The Nigerian Bar Association condemned the arrests.\n\n"
                    "The group urged the police to free the lawyers."))
    assert m["The group"].code == "NGANGO"
