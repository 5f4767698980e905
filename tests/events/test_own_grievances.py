"""Citizens, unions, students and oppositions against their own government: the criticism,
protest and demands of a country's people aimed at its state, as wire services report them."""

from __future__ import annotations


def test_asking_a_government_to_free_ones_own_is_an_appeal_to_it(code):
    got = code("Kenyan opposition leaders urged the government to free the jailed activists.",
               {"Kenyan opposition leaders": "KENOPP", "the government": "KENGOV", "activists": "KENOPP"})
    assert ("KENOPP", "KENGOV", "0253", "asserted") in got
    got = code("The Nigerian Labour Congress called on the government to release the arrested union leaders.",
               {"The Nigerian Labour Congress": "NGALAB", "the government": "NGAGOV", "union leaders": "NGALAB"})
    assert ("NGALAB", "NGAGOV", "0253", "asserted") in got


def test_an_act_on_ones_own_side_asked_of_no_one_stays_no_event(code):
    got = code("Kenyan opposition leaders urged their supporters to free the jailed activists.",
               {"Kenyan opposition leaders": "KENOPP", "activists": "KENOPP"})
    assert got == []


def test_anger_and_outrage_drawn_from_or_sparked_among_a_group_are_its_disapproval(code):
    got = code("The Iranian government's decision sparked outrage among citizens.",
               {"The Iranian government": "IRNGOV", "citizens": "IRNCVL"})
    assert ("IRNCVL", "IRNGOV", "110", "asserted") in got
    got = code("The Kenyan government's plan to raise taxes drew anger from teachers.",
               {"The Kenyan government": "KENGOV", "teachers": "KENEDU"})
    assert ("KENEDU", "KENGOV", "110", "asserted") in got
    got = code("The Chilean government's pension reform has caused an uproar among lawmakers.",
               {"The Chilean government": "CHLGOV", "lawmakers": "CHLLEG"})
    assert ("CHLLEG", "CHLGOV", "111", "asserted") in got


def test_anger_amid_which_someone_acts_is_not_their_act(code):
    got = code("Amid anger at the government over rising prices, Kenyan traders closed their shops.",
               {"the government": "KENGOV", "Kenyan traders": "KENBUS"})
    assert got == []
    got = code("The company's new pricing sparked outrage among customers.", {})
    assert got == []


def test_a_crowd_out_to_celebrate_is_no_protest(code):
    got = code("Argentines marched through Buenos Aires to celebrate the World Cup win.",
               {"Argentines": "ARGCVL", "Buenos Aires": "ARG"})
    assert not any(e[2].startswith("14") for e in got)
    got = code("Thousands of Kenyans rallied in Nairobi in celebration of the court ruling.",
               {"Kenyans": "KENCVL", "Nairobi": "KEN"})
    assert not any(e[2].startswith("14") for e in got)


def test_a_crowd_out_to_protest_stays_a_protest(code):
    got = code("Thousands of Chileans marched through Santiago to demand the resignation of the government.",
               {"Chileans": "CHLCVL", "Santiago": "CHL", "the government": "CHLGOV"})
    assert any(e[2].startswith("14") for e in got)


def test_an_armed_force_on_the_move_is_no_demonstration(code):
    got = code("Russian troops marched into the Crimean capital.", {"Russian troops": "RUSMIL"})
    assert not any(e[2].startswith("14") for e in got)
    got = code("Kenyan police officers staged a demonstration in Nairobi to demand better pay.",
               {"Kenyan police officers": "KENCOP", "Nairobi": "KEN"})
    assert any(e[2] == "141" for e in got)


def test_taking_to_the_streets_is_a_demonstration(code):
    got = code("Thousands of Chileans took to the streets against the government's pension reform.",
               {"Chileans": "CHLCVL", "the government": "CHLGOV"})
    assert ("CHLCVL", "CHLGOV", "141", "asserted") in got
    got = code("Tens of thousands of Serbians have taken to the streets of Belgrade every Saturday since December.",
               {"Serbians": "SRBCVL", "Belgrade": "SRB"})
    assert ("SRBCVL", "SRB", "141", "asserted") in got


def test_taking_to_the_streets_to_protest_is_one_protest(code):
    got = code("Opposition supporters in Zimbabwe took to the streets of Harare to protest against the government.",
               {"Opposition supporters": "ZWEOPP", "Zimbabwe": "ZWE", "Harare": "ZWE", "the government": "ZWEGOV"})
    assert [e for e in got if e[2].startswith("14")] == [("ZWEOPP", "ZWEGOV", "140", "asserted")]


def test_taking_to_the_airwaves_or_to_twitter_is_no_protest(code):
    got = code("The Kenyan president took to the airwaves to defend the reform.", {"The Kenyan president": "KENGOV"})
    assert got == []


def test_protests_against_a_state_naming_no_protesters_are_its_own_peoples(story):
    assert ("LBNOPP", "LBNGOV", "140", "asserted") in story(
        "A wave of protests against the Lebanese government swept Beirut on Thursday.")
    assert ("CHLOPP", "CHLGOV", "140", "asserted") in story(
        "The Chilean government has faced weeks of protests over inequality.")


def test_protests_placed_abroad_or_against_no_state_name_no_protesters(story):
    assert not any(e[2].startswith("14") for e in story("Protests against the U.S. government erupted in Tehran on Friday."))
    assert not any(e[2].startswith("14") for e in story("The company has faced protests over its pricing."))


def test_a_crowd_that_protests_against_a_state_is_its_own_protesters(story):
    assert ("HKGOPP", "HKGGOV", "141", "asserted") in story("Thousands rallied against the Hong Kong government on Sunday.")
    assert ("HKGOPP", "HKGGOV", "141", "asserted") in story("Tens of thousands marched against the Hong Kong government.")


def test_a_crowd_protesting_abroad_or_a_named_group_is_no_crowd_of_protesters(story):
    got = story("Thousands protested against the Russian government in London.")
    assert not any(s and s.endswith("OPP") for s, t, c, m in got), got
    assert not any(s == "FRAOPP" for s, t, c, m in story("Thousands of farmers protested against the French government."))


def test_calls_asking_someone_to_act_are_an_appeal_not_a_phone_call(code):
    got = code("The government faces growing calls from opposition parties in Kenya to resign.",
               {"The government": "KENGOV", "opposition parties": "KENOPP", "Kenya": "KEN"})
    assert ("KENOPP", "KENGOV", "0241", "asserted") in got
    assert not any(e[2] == "041" for e in got)


def test_a_call_held_to_discuss_stays_a_phone_call(code):
    got = code("Biden and Xi held a call to discuss trade.", {"Biden": "USAGOV", "Xi": "CHNGOV"})
    assert ("USAGOV", "CHNGOV", "041", "asserted") in got


def test_a_protest_held_by_named_protesters_is_against_their_own_government(code):
    got = code("Kenyan students held a protest on Tuesday.", {"Kenyan students": "KENEDU"})
    assert ("KENEDU", "KENGOV", "140", "asserted") in got
    got = code("A protest by Chilean teachers turned violent.", {"Chilean teachers": "CHLEDU"})
    assert ("CHLEDU", "CHLGOV", "140", "asserted") in got


def test_a_rally_a_party_holds_or_a_protest_by_a_places_people_is_not_against_the_state(code):
    got = code("The Ugandan opposition held a rally in Kampala to support its candidate.",
               {"The Ugandan opposition": "UGAOPP", "Kampala": "UGA"})
    assert not any(e[2].startswith("14") for e in got)
    got = code("Liverpool fans held a protest against the club owners.", {"Liverpool": "GBR"})
    assert not any(e[2].startswith("14") for e in got)


def test_a_sit_in_is_a_demonstration(code):
    got = code("Teachers staged a sit-in outside the education ministry in Nairobi.",
               {"Teachers": "KENEDU", "the education ministry": "KENGOV", "Nairobi": "KEN"})
    assert ("KENEDU", "KENGOV", "141", "asserted") in got
    got = code("Police are investigating a break-in at the Kenyan embassy.", {"Police": "KENCOP", "Kenyan": "KEN"})
    assert not any(e[2].startswith("14") for e in got)


def test_a_petition_handed_to_a_body_is_an_appeal_to_it(code):
    got = code("Chilean students have submitted a petition to parliament demanding free education.",
               {"Chilean students": "CHLEDU", "parliament": "CHLLEG"})
    assert ("CHLEDU", "CHLLEG", "020", "asserted") in got
    got = code("The Kenyan opposition launched an online petition.", {"The Kenyan opposition": "KENOPP"})
    assert got == []


def test_a_protest_the_clause_itself_holds_gets_no_unnamed_protesters(code):
    got = code("Tens of thousands of Serbians marched through Belgrade in the latest protest against President Aleksandar Vucic.",
               {"Serbians": "SRBCVL", "Belgrade": "SRB", "President Aleksandar Vucic": "SRBGOV"})
    assert [e for e in got if e[2].startswith("14")] == [("SRBCVL", "SRB", "141", "asserted")]
    got = code("The Iranian government has faced protests over fuel prices.", {"The Iranian government": "IRNGOV"})
    assert ("IRNOPP", "IRNGOV", "140", "asserted") in got


def test_protesters_vandalising_or_ransacking_a_body_damage_its_property(code):
    got = code("Hong Kong protesters vandalised the legislature.",
               {"Hong Kong protesters": "HKGOPP", "the legislature": "HKGLEG"})
    assert ("HKGOPP", "HKGLEG", "1712", "asserted") in got
    got = code("Fans vandalised the stadium after the match.", {})
    assert got == []


def test_a_protest_whose_clause_names_its_doers_gets_no_unnamed_protesters(code):
    got = code("Palestinian youths threw stones during demonstrations against the Israeli military.",
               {"Palestinian youths": "PSECVL", "the Israeli military": "ISRMIL"})
    assert not any(e[0] == "ISROPP" for e in got)


def test_a_plan_met_with_protests_or_anger_undergoes_them_and_no_meeting_is_held(code):
    got = code("The Kenyan government's plan was met with anger from teachers.",
               {"The Kenyan government": "KENGOV", "teachers": "KENEDU"})
    assert got == [("KENEDU", "KENGOV", "110", "asserted")]
    got = code("The Chilean government's reform has been met with protests from students.",
               {"The Chilean government": "CHLGOV", "students": "CHLEDU"})
    assert got == [("CHLEDU", "CHLGOV", "140", "asserted")]


def test_meeting_with_people_stays_a_meeting(code):
    got = code("The Kenyan president met with protesters.", {"The Kenyan president": "KENGOV", "protesters": "KENOPP"})
    assert ("KENGOV", "KENOPP", "040", "asserted") in got
