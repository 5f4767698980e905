"""Police and security-force repression, and threats of force, as the news tells them."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"][:2], e["modality"]) for e in rec["events"]]


def test_a_repression_that_names_only_what_it_stops_is_done_to_the_doers_own_opposition(code):
    assert ("RUSGOV", "RUSOPP", "175", "asserted") in code(
        "Russian authorities crushed the protests within days.", {"Russian authorities": "RUSGOV"})
    assert code("The government banned most rallies after the violence escalated.",
                {"The government": "HKGGOV"}) == [("HKGGOV", "HKGOPP", "1721", "asserted")]
    assert code("The Egyptian government has waged a crackdown on dissent since 2013.",
                {"The Egyptian government": "EGYGOV"}) == [("EGYGOV", "EGYOPP", "175", "asserted")]
    assert code("Iran's government cracked down on dissent after the protests.",
                {"Iran's government": "IRNGOV"}) == [("IRNGOV", "IRNOPP", "175", "asserted")]
    # no people are named by what is stopped, or no state stops it: no act on anyone
    assert code("The Nigerian government cracked down on illegal mining.", {"The Nigerian government": "NGAGOV"}) == []
    assert code("Apple cracked down on protests by its workers.", {"Apple": "USABUS"}) == []


def test_a_curfew_is_imposed_on_the_doers_own_civilians(code):
    assert code("Sri Lankan authorities imposed a nationwide curfew on Sunday.",
                {"Sri Lankan authorities": "LKAGOV"}) == [("LKAGOV", "LKACVL", "1723", "asserted")]
    assert code("The junta declared martial law on Monday.",
                {"The junta": "MMRMIL"}) == [("MMRMIL", "MMRCVL", "1724", "asserted")]


def test_a_state_of_emergency_is_the_emergency_it_frames(code):
    # "state" only frames the condition its "of" phrase names (cues.yaml frame_nouns)
    assert code("Ecuador's president declared a state of emergency on Thursday after protests over fuel prices.",
                {"Ecuador's president": "ECUGOV"}) == [("ECUGOV", "ECUCVL", "1724", "asserted")]
    assert code("The Thai government imposed emergency rule in the capital on Thursday.",
                {"The Thai government": "THAGOV"}) == [("THAGOV", "THACVL", "1724", "asserted")]
    # "emergency measures" are as often a health or budget step as a state of emergency: none
    assert all(e[2] != "1724" for e in code("The Thai government imposed emergency measures to curb the virus.",
                                            {"The Thai government": "THAGOV"}))
    # a state the sentence names as a polity is no emergency
    assert all(e[2] != "1724" for e in code("The rebels declared an independent state in the north.",
                                            {"The rebels": "SSDREB"}))


def test_tear_gas_fired_round_after_round_is_repression_not_an_armed_attack(code):
    assert code("Riot police fired round after round of tear gas at students.",
                {"Riot police": "HKGCOP", "students": "HKGEDU"}) == [("HKGCOP", "HKGEDU", "175", "asserted")]
    assert code("Police fired volley after volley of tear gas at protesters.",
                {"Police": "HKGCOP", "protesters": "HKGOPP"}) == [("HKGCOP", "HKGOPP", "175", "asserted")]


def test_an_act_that_names_no_one_is_done_to_whom_its_adjunct_names(code):
    # the tear gas is fired at the protesters it disperses: one event, not one on all civilians
    assert code("Kenyan police fired tear gas to disperse opposition supporters.",
                {"Kenyan police": "KENCOP", "opposition supporters": "KENOPP"}) == [
        ("KENCOP", "KENOPP", "175", "asserted")]
    assert code("Egyptian security forces stormed a protest camp, killing hundreds of demonstrators.",
                {"Egyptian security forces": "EGYCOP", "demonstrators": "EGYOPP"}) == [
        ("EGYCOP", "EGYOPP", "1823", "asserted")]


def test_a_threat_of_repression_or_force_takes_its_kind(code):
    assert code("Hong Kong police threatened to use live ammunition on the students.",
                {"Hong Kong police": "HKGCOP", "the students": "HKGEDU"}) == [("HKGCOP", "HKGEDU", "137", "asserted")]
    assert code("Lukashenko threatened to crush the protests.",
                {"Lukashenko": "BLRGOV"}) == [("BLRGOV", "BLROPP", "137", "asserted")]


def test_a_threats_own_condition_is_no_doubt_about_it_but_a_forecasts_would_is(code):
    found = code("The police warned protesters that they would use force if necessary.",
                 {"The police": "HKGCOP", "protesters": "HKGOPP"}, full=True)
    (threat,) = [e for e in found if e.modality == "asserted"]
    assert threat.cameo == "130" and threat.confidence >= 0.5
    found = code("Doctors warned the government that children would face serious risks.",
                 {"Doctors": "USAHLH", "the government": "USAGOV", "children": "USACVL"}, full=True)
    assert found and all(e.confidence < threat.confidence for e in found)


def test_generic_groups_of_protesters_and_mourners_are_the_countrys_people():
    # (police beating their own unarmed people is violent repression, 17: cues.yaml repression_force)
    assert ("ZWECOP", "ZWEOPP", "17", "asserted") in _events("HARARE - Zimbabwean police beat opposition supporters in Harare.")
    assert ("ZWECOP", "ZWEOPP", "17", "asserted") in _events("HARARE - Zimbabwean police beat marchers in Harare.")
    assert ("ZWECOP", "ZWECVL", "17", "asserted") in _events("HARARE - Zimbabwean police beat mourners in Harare.")


def test_a_contested_measure_withdrawn_is_a_concession_to_the_doers_own_people(code):
    # a bill, a law, a decree or a tax given up is a policy concession (0832), not a military withdrawal (087)
    assert code("The government withdrew the fuel-price decree on Sunday after eleven days of protests.",
                {"The government": "ECUGOV"}) == [("ECUGOV", "ECUCVL", "0832", "asserted")]
    assert code("Hong Kong's leader formally withdrew the extradition bill, conceding to the protesters' demands.",
                {"Hong Kong's leader": "HKGGOV", "protesters": "HKGOPP"}) == [("HKGGOV", "HKGOPP", "0832", "asserted")]
    assert code("The Nigerian government scrapped the tax hike after a week of strikes.",
                {"The Nigerian government": "NGAGOV"}) == [("NGAGOV", "NGACVL", "0832", "asserted")]
    # troops withdrawn are still a military de-escalation
    assert code("Russia withdrew its troops from the border.", {"Russia": "RUS"})[0][2] == "087"


def test_fire_by_police_or_troops_on_their_own_unarmed_people_is_repression(code):
    # soldiers or police firing on their own country's protesters repress them (175); no battle (19)
    assert code("Nigerian soldiers opened fire on protesters at the toll gate on Tuesday.",
                {"Nigerian soldiers": "NGAMIL", "protesters": "NGAOPP"}) == [("NGAMIL", "NGAOPP", "175", "asserted")]
    assert code("Malian security forces fired live rounds at demonstrators in the capital.",
                {"Malian security forces": "MLICOP", "demonstrators": "MLIOPP"}) == [("MLICOP", "MLIOPP", "175", "asserted")]
    assert code("Soldiers in Eswatini shot dead two students on Thursday.",
                {"Soldiers": "SWZMIL", "students": "SWZEDU"}) == [("SWZMIL", "SWZEDU", "175", "asserted")]
    # fire on armed men, on another country's people, or a clash both sides fight stays force
    assert code("Nigerian soldiers opened fire on the gunmen at the toll gate.",
                {"Nigerian soldiers": "NGAMIL", "the gunmen": "NGAUAF"})[0][2] == "190"
    assert code("Israeli soldiers opened fire on Palestinian protesters near the fence.",
                {"Israeli soldiers": "ISRMIL", "Palestinian protesters": "PSEOPP"})[0][2] == "190"
    assert ("MEXCOP", "MEXEDU", "190", "asserted") in code(
        "Mexican police clashed with teachers in Oaxaca on Sunday.", {"Mexican police": "MEXCOP", "teachers": "MEXEDU"})


def test_police_or_troops_beating_their_own_unarmed_people_is_repression(code):
    assert code("Zimbabwean riot police beat protesters with batons in central Harare.",
                {"Zimbabwean riot police": "ZWECOP", "protesters": "ZWEOPP"}) == [("ZWECOP", "ZWEOPP", "175", "asserted")]
    assert code("Soldiers assaulted opposition supporters at the rally.",
                {"Soldiers": "UGAMIL", "opposition supporters": "UGAOPP"}) == [("UGAMIL", "UGAOPP", "175", "asserted")]
    # a suspect beaten, or police beaten by protesters, is an assault
    assert code("Police beat a burglary suspect during the raid.",
                {"Police": "GBRCOP", "a burglary suspect": "GBRCRM"})[0][2] == "182"
    assert code("Protesters beat a police officer.", {"Protesters": "GBROPP", "a police officer": "GBRCOP"})[0][2] == "182"


def test_an_internet_shutdown_restricts_the_doers_own_people(code):
    # a state cutting its people off the internet or the phone network restricts their freedoms (1721)
    assert code("Iraqi authorities shut down the internet across much of the country on Wednesday.",
                {"Iraqi authorities": "IRQGOV"}) == [("IRQGOV", "IRQCVL", "1721", "asserted")]
    assert code("Pakistani authorities suspended mobile phone services in the capital on Monday.",
                {"Pakistani authorities": "PAKGOV"}) == [("PAKGOV", "PAKCVL", "1721", "asserted")]
    assert code("Indian authorities cut phone lines in parts of Kashmir on Friday.",
                {"Indian authorities": "INDGOV"}) == [("INDGOV", "INDCVL", "1721", "asserted")]
    # supplies cut off, or a road blocked, are no censorship
    assert all(e[2] != "1721" for e in code("Russia cut off gas supplies to Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"}))


def test_dissent_that_names_no_one_is_against_the_protesters_own_government(code):
    assert code("Thousands of students marched through the capital on Thursday to demand free university education.",
                {"students": "CHLEDU"}) == [("CHLEDU", "CHLGOV", "141", "asserted")]
    assert code("Truck drivers blocked highways on Monday.",
                {"Truck drivers": "CHLLAB"}) == [("CHLLAB", "CHLGOV", "144", "asserted")]
    # a named target stays
    assert code("Students protested outside the U.S. embassy on Friday.",
                {"Students": "PAKEDU", "the U.S. embassy": "USAGOV"}) == [("PAKEDU", "USAGOV", "140", "asserted")]


def test_stones_and_petrol_bombs_thrown_are_a_violent_protest_and_arson_destroys_property(code):
    assert code("Protesters hurled stones at police outside parliament on Saturday.",
                {"Protesters": "LBNOPP", "police": "LBNCOP"}) == [("LBNOPP", "LBNCOP", "145", "asserted")]
    assert code("Demonstrators threw petrol bombs at officers overnight.",
                {"Demonstrators": "HKGOPP", "officers": "HKGCOP"}) == [("HKGOPP", "HKGCOP", "145", "asserted")]
    assert code("Protesters set fire to the ruling party's offices in Atbara.",
                {"Protesters": "SDNOPP", "the ruling party": "SDNPTY"}) == [("SDNOPP", "SDNPTY", "1712", "asserted")]
    # thrown during a protest against someone: against them, not the throwers' own government
    assert code("Palestinian youths threw stones during demonstrations against the Israeli military.",
                {"Palestinian youths": "PSECVL", "the Israeli military": "ISRMIL"}) == [
        ("PSECVL", "ISRMIL", "145", "asserted")]
    # a ball thrown, or a fire set in a hearth, is no protest
    assert code("The president threw the first pitch at the stadium.", {"The president": "USAGOV"}) == []


def test_a_reform_or_a_price_increase_reversed_rolled_back_or_abandoned_is_a_concession(code):
    assert code("Zimbabwe's government reversed a 150 percent fuel price increase on Friday following a week of protests.",
                {"Zimbabwe's government": "ZWEGOV"}) == [("ZWEGOV", "ZWECVL", "0832", "asserted")]
    assert code("Colombia's president withdrew a proposed tax reform on Sunday after days of deadly protests.",
                {"Colombia's president": "COLGOV"}) == [("COLGOV", "COLCVL", "0832", "asserted")]
    assert code("The French government abandoned the pension reform after weeks of strikes.",
                {"The French government": "FRAGOV"}) == [("FRAGOV", "FRACVL", "0832", "asserted")]


def test_police_charging_at_a_crowd_is_a_physical_charge_not_a_legal_one(code):
    assert code("Police in Bangladesh charged at opposition activists with batons on Saturday.",
                {"Police in Bangladesh": "BGDCOP", "opposition activists": "BGDOPP"}) == [
        ("BGDCOP", "BGDOPP", "175", "asserted")]
    assert code("Prosecutors charged the activists with sedition on Monday.",
                {"Prosecutors": "BGDJUD", "the activists": "BGDOPP"}) == [("BGDJUD", "BGDOPP", "173", "asserted")]


def test_a_states_forces_blocking_their_own_people_restrict_their_movement(code):
    assert code("Venezuelan troops blocked opposition lawmakers from entering the National Assembly on Sunday.",
                {"Venezuelan troops": "VENMIL", "opposition lawmakers": "VENOPP"}) == [
        ("VENMIL", "VENOPP", "191", "asserted")]
    # police blocking roads protest against no one
    assert ("KENCOP", "KENGOV", "144", "asserted") not in code(
        "Kenyan police blocked roads leading to the opposition rally.", {"Kenyan police": "KENCOP"})
    # protesters blocking roads still protest
    assert code("Protesters blocked the highway on Monday.",
                {"Protesters": "LBNOPP"}) == [("LBNOPP", "LBNGOV", "144", "asserted")]


def test_a_march_the_police_prevented_did_not_happen(code):
    got = code("Police prevented opposition supporters from marching to parliament on Monday.",
               {"Police": "KENCOP", "opposition supporters": "KENOPP", "parliament": "KENLEG"})
    assert ("KENOPP", "KENLEG", "141", "asserted") not in got
    assert ("KENOPP", "KENLEG", "141", "negated") in got
    got = code("Security forces stopped students from rallying outside the ministry.",
               {"Security forces": "ZMBCOP", "students": "ZMBEDU"})
    assert all(e[3] != "asserted" for e in got if e[2].startswith("14"))


def test_a_curfew_a_ban_or_an_emergency_lifted_or_the_internet_restored_is_eased_for_the_doers_own_people(code):
    assert code("Sri Lanka's government lifted the nationwide curfew on Monday.",
                {"Sri Lanka's government": "LKAGOV"}) == [("LKAGOV", "LKACVL", "081", "asserted")]
    assert code("Ecuador's president lifted the state of emergency on Sunday.",
                {"Ecuador's president": "ECUGOV"}) == [("ECUGOV", "ECUCVL", "0814", "asserted")]
    assert code("Iraqi authorities restored internet access on Saturday.",
                {"Iraqi authorities": "IRQGOV"}) == [("IRQGOV", "IRQCVL", "0811", "asserted")]
    # a ban on another country's goods is eased for that country
    assert code("The United States lifted its ban on Chinese drones.",
                {"The United States": "USA", "Chinese": "CHN"}) == [("USA", "CHN", "081", "asserted")]


def test_protest_leaders_and_organisers_are_the_opposition():
    # agents.tsv: "protest leader" (title), "protest organiser" (group) are OPP, as protesters are
    assert ("THACOP", "THAOPP", "17", "asserted") in _events(
        "BANGKOK (Reuters) - Thai police arrested three protest leaders on Friday.")


def test_a_restriction_on_trade_lifted_or_kept_is_no_act_on_the_doers_own_people():
    # trade restrictions bind trade partners: not lifting them is no refusal to the doer's civilians
    got = _events("However, Indian officials accused Pakistan of sheltering militant groups, and New Delhi said "
                  "it would not lift the trade restrictions it imposed last month.")
    assert not [e for e in got if e[1] and e[1].endswith("CVL")]
    # a curfew lifted still eases life for the doer's own people
    assert ("INDGOV", "INDCVL", "08", "asserted") in _events("Authorities lifted the curfew in Srinagar on Monday.")


def test_a_ban_on_exports_or_imports_lifted_is_no_act_on_the_doers_own_people():
    # the traded goods are named by the ban's "on" phrase, not a modifier: still outward
    for s in ("NEW DELHI (Reuters) - India lifted the ban on sugar exports on Friday.",
              "MOSCOW (Reuters) - Russia eased restrictions on grain imports, the ministry said."):
        assert not [e for e in _events(s) if e[1] and e[1].endswith("CVL")], s
    # a ban on gatherings lifted still eases life for the doer's own people
    assert ("EGY", "EGYCVL", "08", "asserted") in _events("CAIRO (Reuters) - Egypt lifted its ban on gatherings.")


def test_a_states_forces_blocking_a_place_restrict_movement_and_never_protest():
    # police or troops blocking a crossing or a road abroad or with no one named: 191, no blockade by protesters (144)
    got = _events("ANKARA (Reuters) - Turkish soldiers blocked a border crossing with Syria on Monday.")
    assert not [e for e in got if e[2] == "14"] and [e for e in got if e[2] == "19"]
    # protesters blocking a road stay a protest
    assert [e for e in _events("NAIROBI (Reuters) - Striking nurses blocked the entrance to the hospital in Nairobi.")
            if e[2] == "14"]


@pytest.mark.parametrize("text, actors, expected", [
    # a contested bill or a rise in what people pay, suspended, is given up as when withdrawn (0832)
    ("The president suspended the fare increase on Saturday evening.", {"The president": "CHLGOV"},
     ("CHLGOV", "CHLCVL", "0832", "asserted")),
    ("The city's leader suspended the extradition bill after a week of protests.", {"The city's leader": "HKGGOV"},
     ("HKGGOV", "HKGCVL", "0832", "asserted")),
    ("The government announced the suspension of the tax.", {"The government": "LBNGOV"},
     ("LBNGOV", "LBNCVL", "0832", "asserted")),
])
def test_a_suspended_bill_or_price_rise_is_a_concession(code, text, actors, expected):
    assert expected in code(text, actors)


def test_a_suspended_sanction_is_still_eased_sanctions(code):
    assert code("The government suspended the sanctions on Iran.", {"The government": "USAGOV", "Iran": "IRN"}) \
        == [("USAGOV", "IRN", "085", "asserted")]


def test_crowd_control_force_undergone_is_the_polices_on_whom_underwent_it():
    # "faced tear gas", "were met with rubber bullets": force undergone, by the police understood
    assert ("HKG", "HKGOPP", "17", "asserted") in [
        (s[:3], t, c, m) for s, t, c, m in _events("HONG KONG (Reuters) - Protesters faced rubber bullets and tear gas on Sunday.")]
    got = _events("HONG KONG (Reuters) - Protesters were met with tear gas and rubber bullets.")
    assert ("HKGCOP", "HKGOPP", "17", "asserted") in got, got
    assert not any(c == "04" for s, t, c, m in got), got  # no meeting
    assert not _events("PARIS (Reuters) - The factory makes rubber bullets and tear gas for export to the region.")


def test_a_crowd_control_weapon_used_in_a_passive_names_the_police_as_its_user():
    got = _events("HONG KONG (Reuters) - Tear gas was fired at protesters.")
    assert any(s and s.endswith("COP") and t == "HKGOPP" and c == "17" for s, t, c, m in got), got


@pytest.mark.parametrize("text,want", [
    ("CARACAS (AP) - Maduro's government has jailed hundreds of critics since the disputed vote in July.",
     ("VENGOV", "VENOPP", "17", "asserted")),
    ("MINSK (Reuters) - Several critics were arrested on Sunday.", ("BLRCOP", "BLROPP", "17", "asserted")),
])
def test_critics_a_state_jails_are_its_opposition(text, want):
    # "critics" alone name no one they oppose ("film critics"); jailed or arrested, they oppose the state
    assert want in _events(text)


def test_critics_who_name_no_one_and_suffer_nothing_are_no_actor():
    assert _events("Film critics praised the movie. Critics said the plan would fail.") == []


def test_critics_of_a_field_stay_no_actor_when_arrested():
    assert _events("Police in Moscow arrested two film critics.") == []


def test_an_organisation_silencing_its_own_outlet_is_no_state_act():
    assert _events("Amnesty International shut down its news site.") == []
