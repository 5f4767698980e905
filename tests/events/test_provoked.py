"""A reaction provoked by a subject is aimed back at it: "X's decision sparked criticism from Y"."""

from __future__ import annotations


def test_criticism_sparked_or_prompted_is_aimed_at_whom_provoked_it(story):
    assert ("IGOEUREEC", "HUN", "111", "asserted") in story(
        "Hungary's decision sparked criticism from the European Union.")
    assert ("MEX", "USAGOV", "111", "asserted") in story("Trump's remarks prompted condemnation from Mexico.")
    assert ("GBR", "CHN", "111", "asserted") in story("China's new security law provoked a backlash from Britain.")
    assert ("IGOEUREEC", "POL", "111", "asserted") in story(
        "Poland's judicial reforms sparked an outcry from the European Commission.")


def test_reactions_of_no_actor_or_to_no_actor_code_nothing(story):
    for text in ("The goal sparked criticism from Liverpool fans.",
                 "The film sparked a backlash from critics.",
                 "The price hike sparked a public outcry."):
        assert not story(text), text


def test_a_deed_provoking_a_reaction_is_its_by_doers(story):
    # "the move by Ankara": the deed's "by" phrase names whom the reaction is aimed at
    assert ("GRC", "TUR", "111", "asserted") in story("The move by Ankara triggered a backlash from Athens.")
    assert ("CHN", "USA", "111", "asserted") in story("The decision by Washington drew criticism from Beijing.")


def test_disapproval_provoked_in_a_country_is_that_countrys(story):
    # "sparked outrage in Tokyo": Japan reacted, as "among teachers" names the teachers
    assert ("JPN", "PRK", "110", "asserted") in story("Pyongyang's missile test sparked outrage in Tokyo.")
    assert ("DZA", "FRAGOV", "110", "asserted") in story("The French president's remarks sparked anger in Algeria.")


def test_a_reaction_in_a_region_or_protests_in_a_city_name_no_one(story):
    assert not any(e[0] for e in story("Israel's raid sparked anger in the region."))
    assert not story("Beijing's new law sparked protests in Hong Kong.")


def test_the_ire_of_someone_is_theirs(story):
    # "drew the ire of Beijing" is Beijing's ire, as "Beijing's ire" would be
    assert ("CHN", "USAGOV", "110", "asserted") in story("Trump's visit drew the ire of Beijing.")
    assert ("CHN", "TWNGOV", "110", "asserted") in story("Taiwan's president has incurred the wrath of China.")
    assert ("IND", "PAK", "111", "asserted") in story("Pakistan's decision earned the condemnation of India.")


def test_criticism_of_an_act_names_what_is_judged_not_who_judges(story):
    assert not any(e[0] for e in story("Israel faced criticism of its settlement plan."))


def test_plaudits_won_are_praise(story):
    assert ("SRB", "RUSGOV", "051", "asserted") in story("Putin's speech earned plaudits from Belgrade.")


def test_an_angry_reaction_drawn_is_criticism(story):
    assert ("MEX", "USAGOV", "111", "asserted") in story("Trump's remarks drew a furious response from Mexico.")
    assert not story("Trump's remarks drew a swift response from Mexico.")  # a bare response judges nothing


def test_outrage_at_home_names_no_one(story):
    # "sparked outrage in Washington" at an American: whose outrage at home is left unsaid
    assert not any(e[0] for e in story("Trump's tweets sparked outrage in Washington."))


def test_a_second_reactions_doer_is_not_the_firsts(story):
    # "and praise from Taipei": the parser hangs the praise's "from" phrase on the verb
    got = story("Washington's decision drew criticism from Beijing and praise from Taipei.")
    assert ("CHN", "USA", "111", "asserted") in got
    assert not any(e[0] == "TWN" and e[2] == "111" for e in got)


def test_disapproval_met_with_in_a_country_is_that_countrys(story):
    assert ("UKR", "RUSGOV", "110", "asserted") in story("The Kremlin's announcement was greeted with anger in Kyiv.")
    assert not any(e[0] for e in story("Erdogan came under fire in Brussels."))  # where, as often as who
