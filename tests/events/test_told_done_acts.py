"""Acts named by nouns whose sentence names no doer, as news tells them: the arrest, detention or
jailing of people told as done ("The arrest of three activists sparked protests", "since the
annexation of Crimea") is done by its understood agent, of the country the article places the
victims in; never by whoever judges the act ("the detention of Uighurs was condemned by rights
groups") and never by the act's own subject phrase ("the detention of dissidents drew criticism")."""

from __future__ import annotations


def test_agent_of_a_judging_passive_does_not_do_the_act_its_subject_names(code):
    got = code("The detention of the activists has been condemned by Amnesty International.",
               {"the activists": "CHNOPP", "Amnesty International": "NGOAMN"})
    assert not any(e[0] == "NGOAMN" and e[2] == "173" for e in got)
    assert ("NGOAMN", "CHNOPP", "111", "asserted") in got or any(e[2] == "111" for e in got)


def test_agent_of_a_doing_passive_still_does_the_act(code):
    got = code("Sanctions on Russia were imposed by the European Union.",
               {"Russia": "RUS", "the European Union": "IGOEUREEC"})
    assert any(e[0] == "IGOEUREEC" and e[1] == "RUS" and e[2].startswith("16") for e in got)


def test_an_act_inside_what_dates_or_remembers_it_is_not_the_verbs_subjects(story):
    got = story("WASHINGTON (Reuters) - Washington marked the anniversary of the invasion of Ukraine.")
    assert not any(e[0].startswith("USA") and e[2].startswith("19") for e in got), got


def test_an_act_inside_a_measure_of_it_is_still_the_verbs_subjects(story):
    got = story("Russia launched a wave of missile strikes on Ukraine.")
    assert any(e[0] == "RUS" and e[1] == "UKR" and e[2].startswith("19") for e in got), got


def test_an_arrest_told_as_done_is_by_the_police_of_the_victims_country(story):
    assert ("CHNCOP", "CHNOPP", "173", "asserted") in story(
        "BEIJING (Reuters) - The arrest of three activists on Monday sparked protests.")
    assert ("CHNCOP", "CHNOPP", "173", "asserted") in story(
        "BEIJING (Reuters) - Protests erupted after the arrest of three activists.")
    assert ("CHNCOP", "CHNOPP", "173", "asserted") in story(
        "BEIJING (Reuters) - The detention of dissidents drew criticism.")
    assert ("CHNCOP", "CHNMED", "173", "asserted") in story(
        "BEIJING (Reuters) - Since the detention of the journalists, their families have heard nothing.")


def test_a_jailing_told_as_done_is_by_a_court_of_the_victims_country(story):
    got = story("HONG KONG (Reuters) - The jailing of opposition leader Joshua Wong angered his supporters.")
    assert any(e[:3] == ("HKGJUD", "HKGOPP", "173") for e in got), got


def test_an_act_on_people_of_a_country_the_sentence_names_may_be_abroad(story):
    for text in ("WASHINGTON (Reuters) - The arrest of two Chinese nationals sparked a row.",
                 "WASHINGTON (Reuters) - The arrest of two Canadians sparked a diplomatic row.",
                 "LONDON (Reuters) - The arrest of two British tourists sparked outrage."):
        assert not any(e[2] == "173" for e in story(text)), text


def test_an_arrest_not_told_as_done_has_no_understood_doer(story):
    for text in ("BEIJING (Reuters) - The arrest of three activists would spark protests, analysts said.",
                 "BEIJING (Reuters) - The arrest of three activists is unlikely, analysts said.",
                 "BEIJING (Reuters) - He avoided arrest by fleeing abroad."):
        assert not any(e[2][:2] in ("17", "13") and e[0] == "CHNCOP" for e in story(text)), text


def test_an_annexation_noun_codes_as_the_verb(story):
    got = story("KIEV (Reuters) - Since the 2014 annexation of Crimea by Russia, relations have soured.")
    assert ("RUS", "UKR", "192", "asserted") in got, got


def test_a_judgement_of_an_act_done_to_a_possessor_targets_its_doer_not_that_person(story):
    got = story("LONDON (Reuters) - Britain condemned Navalny's arrest.")
    assert ("GBR", "RUSCOP", "111", "asserted") in got, got
    assert not any(e[1] == "RUSELI" for e in got), got


def test_a_possessor_with_an_of_phrase_still_does_the_act(story):
    assert ("GBR", "RUS", "111", "asserted") in story("LONDON (Reuters) - Britain condemned Russia's arrest of Navalny.")


def test_a_ban_or_a_bill_given_up_told_as_done_is_the_government_in_context(story):
    assert ("HKGGOV", "HKGOPP", "1721", "asserted") in story(
        "HONG KONG (Reuters) - Despite the ban on protests, thousands marched.")
    assert ("HKGGOV", "HKGOPP", "1721", "asserted") in story(
        "HONG KONG (Reuters) - Banning most rallies has not stopped the protests.")
    got = story("HONG KONG (Reuters) - The withdrawal of the extradition bill failed to calm protesters.")
    assert any(e[0] == "HKGGOV" and e[2] == "0832" for e in got), got


def test_a_restriction_not_told_as_done_or_with_no_country_in_context_has_no_doer(story):
    for text in ("HONG KONG (Reuters) - Banning rallies would be a mistake, critics said.",
                 "HONG KONG (Reuters) - A ban on protests would be unconstitutional, lawyers said.",
                 "Banning most rallies has not stopped the protests."):
        assert not any(e[2] == "1721" for e in story(text)), text


def test_a_withdrawal_of_troops_is_still_a_leaving(story):
    got = story("The withdrawal of U.S. troops from Afghanistan was completed in August.")
    assert any(e[0].startswith("USA") and e[1] == "AFG" and e[2] == "087" for e in got), got


def test_an_act_of_force_a_state_did_that_is_condemned_is_coded_beside_the_condemnation(story):
    got = story("BEIJING (Reuters) - Britain condemned China's detention of three activists.")
    assert ("GBR", "CHN", "111", "asserted") in got and ("CHN", "CHNOPP", "173", "asserted") in got, got
    got = story("WASHINGTON (Reuters) - Biden condemned Russia's invasion of Ukraine.")
    assert ("RUS", "UKR", "190", "asserted") in got, got


def test_an_act_recognised_is_not_coded_through_the_recognition(story):
    got = story("WASHINGTON (Reuters) - The United States does not recognize Russia's annexation of Crimea.")
    assert not any(e[2] == "192" for e in got), got


def test_the_people_a_state_coerces_are_its_own_not_the_datelines(story):
    got = story("WASHINGTON (Reuters) - The United States condemned China's jailing of activists.")
    assert ("CHN", "CHNOPP", "173", "asserted") in got, got
    assert not any(e[1] == "USAOPP" for e in got), got


def test_a_gerund_subject_of_a_present_be_is_a_general_claim_no_act(story):
    for text in ("BEIJING (Reuters) - Detaining journalists is a crime, the group said.",
                 "WASHINGTON (Reuters) - Attacking Iran is not an option, the minister said."):
        assert not any(e[2][:2] in ("17", "19") for e in story(text)), text


def test_an_annexation_in_a_trailing_clause_is_coded(story):
    assert ("RUS", "UKR", "192", "asserted") in story("Relations have been frozen since Russia annexed Crimea.")


def test_a_restriction_in_an_agentless_passive_is_the_states_of_its_place(story):
    assert ("BGDGOV", "BGDCVL", "1723", "asserted") in story(
        "DHAKA (Reuters) - A curfew was imposed in the capital on Friday.")
    assert ("KORGOV", "KORCVL", "1724", "asserted") in story(
        "SEOUL (Reuters) - Martial law was declared on Tuesday night.")
    # the place its phrase names comes before the dateline's country
    got = story("PARIS (Reuters) - A curfew was imposed in Dakar after clashes.")
    assert any(e[0] == "SENGOV" and e[2] == "1723" for e in got), got


def test_a_restriction_whose_by_phrase_names_its_doer_gets_no_understood_state(story):
    got = story("MIAMI (Reuters) - A curfew was imposed by the storm.")
    assert not any(e[2].startswith("17") for e in got), got
