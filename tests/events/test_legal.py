"""Investigations and legal action in political and business news: who opens an inquiry, on whom,
and which of them are only planned, demanded or denied."""

from __future__ import annotations


def test_noun_act_of_a_pronoun_subject_in_reported_speech_is_the_speakers(code):
    # "said it had opened an investigation": the pronoun is the speaker, as for a verb
    got = code("The European Commission said on Tuesday that it had opened an investigation into Alphabet.",
               {"The European Commission": "IGOEUREEC", "Alphabet": "USABUS"})
    assert got == [("IGOEUREEC", "USABUS", "090", "asserted")]
    got = code("Romanian prosecutors said they had launched a probe into the health minister.",
               {"Romanian prosecutors": "ROUJUD", "the health minister": "ROUGOV"})
    assert got == [("ROUJUD", "ROUGOV", "090", "asserted")]


def test_noun_act_of_a_pronoun_subject_keeps_its_modality(code):
    got = code("The regulator said it would open an inquiry into Vantor Bank.", {"The regulator": "GBRGOV", "Vantor Bank": "GBRBUS"})
    assert not any(e[3] == "asserted" for e in got)
    got = code("The ministry denied it had opened an investigation into the editor.",
               {"The ministry": "TURGOV", "the editor": "TURMED"})
    assert not any(e[3] == "asserted" for e in got)


def test_pronoun_of_a_clause_told_before_its_speaker_is_not_the_speaker(code):
    # "They opened an inquiry into X, a rights group said": "they" is not the rights group
    got = code("They opened an inquiry into the mayor, a rights group said.",
               {"the mayor": "KENGOV", "a rights group": "KENNGO"})
    assert not any(e[0] == "KENNGO" for e in got)


def test_impeachment_inquiry_with_no_doer_named_is_the_targets_legislature(code):
    got = code("The envoy testified on Tuesday in the impeachment inquiry against President Dalton.",
               {"The envoy": "USAGOV", "President Dalton": "USAGOV"})
    assert ("USALEG", "USAGOV", "091", "asserted") in got


def test_impeachment_inquiry_with_no_target_named_is_on_the_doers_government(code):
    got = code("Congresswoman Ortiz's impeachment inquiry has stalled.", {"Congresswoman Ortiz": "PERLEG"})
    assert got == [("PERLEG", "PERGOV", "091", "asserted")]
    got = code("Lawmakers in Seoul opened an impeachment inquiry on Monday.", {"Lawmakers in Seoul": "KORLEG"})
    assert got == [("KORLEG", "KORGOV", "091", "asserted")]


def test_impeachment_inquiry_keeps_its_modality_and_named_sides(code):
    got = code("Democrats would open an impeachment inquiry if the ministers refused.", {"Democrats": "USAPTY", "the ministers": "USAGOV"})
    assert not any(e[3] == "asserted" and e[2].startswith("09") for e in got)
    got = code("Senators opened an impeachment inquiry into the governor of Jalisco.",
               {"Senators": "MEXLEG", "the governor of Jalisco": "MEXGOV"})
    assert got == [("MEXLEG", "MEXGOV", "091", "asserted")]


def test_impeachment_inquiry_is_never_on_another_country(code):
    # what the inquiry is about ("the Zembla affair") is not whom it charges: its own executive
    got = code("Opposition deputies have limited their impeachment inquiry to the Zembla affair.",
               {"Opposition deputies": "PERLEG", "Zembla": "BOL"})
    assert ("PERLEG", "PERGOV", "091", "asserted") in got
    assert not any(e[1] == "BOL" for e in got)


def test_an_ordinary_inquiry_implies_no_side(code):
    assert code("Senators opened an inquiry on Monday.", {"Senators": "MEXLEG"}) == []
    assert code("The inquiry into the minister has stalled.", {"the minister": "MEXGOV"}) == []


def test_legal_action_dropped_is_eased_not_taken(code):
    got = code("Prosecutors in Sofia dropped the bribery charges against the former deputy minister on Friday.",
               {"Prosecutors in Sofia": "BGRJUD", "the former deputy minister": "BGRELI"})
    assert got == [("BGRJUD", "BGRELI", "081", "asserted")]
    got = code("The state prosecutor withdrew the case against the opposition mayor.",
               {"The state prosecutor": "GEOJUD", "the opposition mayor": "GEOOPP"})
    assert got == [("GEOJUD", "GEOOPP", "081", "asserted")]
    got = code("A court in Lahore dismissed the charges against the opposition leader.",
               {"A court in Lahore": "PAKJUD", "the opposition leader": "PAKOPP"})
    assert got == [("PAKJUD", "PAKOPP", "081", "asserted")]


def test_acquittal_eases_legal_action(code):
    got = code("A Manila court acquitted the former senator of graft on Monday.",
               {"A Manila court": "PHLJUD", "the former senator": "PHLELI"})
    assert got == [("PHLJUD", "PHLELI", "081", "asserted")]


def test_investigation_dropped_is_no_investigation_opened(code):
    got = code("Federal prosecutors dropped their investigation into the governor.",
               {"Federal prosecutors": "USAJUD", "the governor": "USAGOV"})
    assert got == [("USAJUD", "USAGOV", "080", "asserted")]


def test_placed_under_investigation_is_done_by_the_subject_to_the_object(code):
    got = code("Magistrates in Milan placed the former regional governor under investigation for graft.",
               {"Magistrates in Milan": "ITAJUD", "the former regional governor": "ITAELI"})
    assert got == [("ITAJUD", "ITAELI", "090", "asserted")]
    got = code("Police in Dhaka put the opposition leader under house arrest on Sunday.",
               {"Police in Dhaka": "BGDCOP", "the opposition leader": "BGDOPP"})
    assert got == [("BGDCOP", "BGDOPP", "173", "asserted")]


def test_placed_under_investigation_in_the_passive_is_undergone_by_the_subject(code):
    got = code("The former budget minister was placed under formal investigation on Wednesday.",
               {"The former budget minister": "FRAELI"})
    assert got == [(None, "FRAELI", "090", "asserted")]
    got = code("The former budget minister was placed under investigation by anti-fraud magistrates.",
               {"The former budget minister": "FRAELI", "anti-fraud magistrates": "FRAJUD"})
    assert got == [("FRAJUD", "FRAELI", "090", "asserted")]


def test_verbs_of_inquiry_investigate(code):
    got = code("Investigators in Lahore interrogated the former railways minister for six hours.",
               {"Investigators in Lahore": "PAKCOP", "the former railways minister": "PAKELI"})
    assert got == [("PAKCOP", "PAKELI", "090", "asserted")]
    got = code("Federal prosecutors are looking into the deputy mayor's consulting contracts.",
               {"Federal prosecutors": "USAJUD", "the deputy mayor": "USAGOV"})
    assert got == [("USAJUD", "USAGOV", "090", "asserted")]
    got = code("Tax inspectors searched the home of the opposition leader on Friday.",
               {"Tax inspectors": "INDGOV", "the opposition leader": "INDOPP"})
    assert got == [("INDGOV", "INDOPP", "090", "asserted")]
    got = code("The election regulator is examining donations to the Labour Party.",
               {"The election regulator": "GBRGOV", "the Labour Party": "GBRPTY"})
    assert got == [("GBRGOV", "GBRPTY", "090", "asserted")]


def test_searching_for_someone_is_no_inquiry(code):
    assert code("Coast guards searched for the missing Filipino sailors.",
                {"Coast guards": "JPNMIL", "the missing Filipino sailors": "PHLCVL"}) == []


def test_looking_into_whether_is_no_inquiry_into_the_questions_actors(code):
    got = code("Police are looking into whether the shopkeeper was a bystander.",
               {"Police": "USACOP", "the shopkeeper": "USACVL"})
    assert not any(e[1] == "USACVL" for e in got)


def test_a_raid_by_prosecutors_is_a_search_not_force(code):
    got = code("Prosecutors in Busan raided the offices of the shipbuilder on Tuesday.",
               {"Prosecutors in Busan": "KORJUD", "the shipbuilder": "KORBUS"})
    assert got == [("KORJUD", "KORBUS", "090", "asserted")]


def test_a_raid_by_police_or_troops_stays_force(code):
    got = code("Riot police raided the offices of the opposition party.",
               {"Riot police": "BRACOP", "the opposition party": "BRAOPP"})
    assert got == [("BRACOP", "BRAOPP", "190", "asserted")]


def test_legal_action_named_by_a_noun(code):
    got = code("The Investigative Committee said it had opened a criminal case against the blogger.",
               {"The Investigative Committee": "RUSJUD", "the blogger": "RUSMED"})
    assert got == [("RUSJUD", "RUSMED", "173", "asserted")]
    got = code("Prosecutors in Izmir issued detention warrants for 40 army officers.",
               {"Prosecutors in Izmir": "TURJUD", "40 army officers": "TURMIL"})
    assert got == [("TURJUD", "TURMIL", "173", "asserted")]


def test_a_case_of_no_legal_kind_is_no_act(code):
    assert code("The senator made the case against the nominee in a long speech.",
                {"The senator": "USALEG", "the nominee": "USAGOV"}) == []


def test_only_a_court_dismisses_a_case_in_the_legal_sense(code):
    # a party dismissing a complaint rejects it; a court or prosecutors dismissing one drop it
    got = code("The party's president dismissed the complaint filed by the Liberal Party.",
               {"The party's president": "CANPTY", "the Liberal Party": "CANPTYLIB"})
    assert ("CANPTY", "CANPTYLIB", "120", "asserted") in got, got
    got = code("The Supreme Court dismissed the complaint filed by the Liberal Party.",
               {"The Supreme Court": "CANJUD", "the Liberal Party": "CANPTYLIB"})
    assert ("CANJUD", "CANPTYLIB", "081", "asserted") in got, got
