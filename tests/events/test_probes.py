"""Investigations and criticism told as nouns, idioms and passives: "came under fire from X",
"is under investigation", "took aim at X", "was taken to task by X", "is the target of an
investigation by X"; the undergoer of such an act is its target, never its doer."""

from __future__ import annotations

import pytest


def test_under_fire_from_politicians_is_criticism(code):
    got = code("Israel has come under fire from the United Nations over the strikes.",
               {"Israel": "ISR", "the United Nations": "IGOUNO"})
    assert got == [("IGOUNO", "ISR", "111", "asserted")]


def test_under_fire_from_armed_forces_is_force(code):
    got = code("Ukrainian troops came under fire from Russian forces near Bakhmut.",
               {"Ukrainian troops": "UKRMIL", "Russian forces": "RUSMIL"})
    assert got == [("RUSMIL", "UKRMIL", "190", "asserted")]


def test_under_fire_from_weapons_is_force(code):
    got = code("Kyiv came under fire from Russian artillery overnight.", {"Kyiv": "UKR", "Russian": "RUS"})
    assert got == [("RUS", "UKR", "190", "asserted")]


def test_under_fire_with_no_critic_named_has_no_source(code):
    got = code("Johnson is under fire for failing to deliver on his promise.", {"Johnson": "GBRGOV"})
    assert got == [(None, "GBRGOV", "111", "asserted")]


def test_undergone_criticism_with_no_doer_is_not_the_subjects_own(code):
    got = code("Iran has drawn international condemnation for its crackdown on protesters.",
               {"Iran": "IRN", "its": "IRN", "protesters": "IRNOPP"})
    assert (None, "IRN", "111", "asserted") in got
    assert not any(e[0] == "IRN" and e[2] == "111" for e in got)


def test_under_investigation_with_no_investigator_named(code):
    got = code("Prime Minister Netanyahu is under investigation for corruption.", {"Prime Minister Netanyahu": "ISRGOV"})
    assert got == [(None, "ISRGOV", "090", "asserted")]


def test_undergone_act_other_than_investigation_or_criticism_is_not_the_subjects(code):
    assert code("Russia faces new sanctions over its war in Ukraine.", {"Russia": "RUS", "its": "RUS", "Ukraine": "UKR"}) == []
    assert code("Israel has come under growing international pressure over the war in Gaza.",
                {"Israel": "ISR", "Gaza": "PSE"}) == []


def test_gerund_after_undergone_criticism_is_the_undergoers(code):
    got = code("Israel faced criticism from France for blocking aid to Gaza.", {"Israel": "ISR", "France": "FRA", "Gaza": "PSE"})
    assert ("FRA", "ISR", "111", "asserted") in got
    assert not any(e[0] == "FRA" and e[2] != "111" for e in got)


def test_took_aim_at_is_criticism(code):
    got = code("President Emmanuel Macron took aim at Russia in a speech on Tuesday.",
               {"President Emmanuel Macron": "FRAGOV", "Russia": "RUS"})
    assert got == [("FRAGOV", "RUS", "111", "asserted")]


def test_took_a_swipe_at_is_criticism(code):
    got = code("Zelensky took a swipe at Hungary.", {"Zelensky": "UKRGOV", "Hungary": "HUN"})
    assert got == [("UKRGOV", "HUN", "111", "asserted")]


def test_took_a_dig_at_is_criticism(code):
    got = code("Macron took a dig at Johnson over Brexit.", {"Macron": "FRAGOV", "Johnson": "GBRGOV"})
    assert got == [("FRAGOV", "GBRGOV", "111", "asserted")]


def test_armed_took_aim_is_force(code):
    got = code("Russian forces took aim at Ukrainian positions.", {"Russian forces": "RUSMIL", "Ukrainian": "UKR"})
    assert got == [("RUSMIL", "UKR", "190", "asserted")]


def test_taken_to_task_is_criticism_and_stays_words_with_police(code):
    got = code("Germany's chancellor was taken to task by Poland over the pipeline.",
               {"Germany's chancellor": "DEUGOV", "Poland": "POL"})
    assert got == [("POL", "DEUGOV", "111", "asserted")]
    got = code("The police were taken to task by the minister.", {"The police": "GBRCOP", "the minister": "GBRGOV"})
    assert got == [("GBRGOV", "GBRCOP", "111", "asserted")]


def test_lambasted_and_pilloried(code):
    assert code("Trump was lambasted by Democrats over his comments.", {"Trump": "USAGOV", "Democrats": "USAPTYDEM"}) == [
        ("USAPTYDEM", "USAGOV", "111", "asserted")]
    assert code("Macron was pilloried by the French press.", {"Macron": "FRAGOV", "the French press": "FRAMED"}) == [
        ("FRAMED", "FRAGOV", "111", "asserted")]


def test_come_in_for_criticism(code):
    got = code("The Chinese government has come in for criticism from Canada.",
               {"The Chinese government": "CHNGOV", "Canada": "CAN"})
    assert got == [("CAN", "CHNGOV", "111", "asserted")]


def test_target_of_an_investigation_by(code):
    got = code("Former President Jair Bolsonaro is the subject of an investigation by Brazil's Supreme Court.",
               {"Former President Jair Bolsonaro": "BRAELI", "Brazil's Supreme Court": "BRAJUD"})
    assert got == [("BRAJUD", "BRAELI", "090", "asserted")]
    got = code("Netanyahu is the target of a police investigation.", {"Netanyahu": "ISRGOV"})
    assert got == [(None, "ISRGOV", "090", "asserted")]


@pytest.mark.parametrize("text, phrases, expected", [
    # verbs of scorn that no row knew
    ("Iran's foreign minister derided the United States as a paper tiger.", {"Iran": "IRN", "the United States": "USA"}, ("IRN", "USA", "111")),
    ("The Kremlin excoriated Britain over the expulsion of its diplomats.", {"The Kremlin": "RUSGOV", "Britain": "GBR"}, ("RUSGOV", "GBR", "111")),
    ("The Saudi foreign minister disparaged Qatar's mediation efforts.", {"Saudi": "SAU", "Qatar": "QAT"}, ("SAU", "QAT", "111")),
    ("Beijing chastised Canberra for its comments on Hong Kong.", {"Beijing": "CHNGOV", "Canberra": "AUSGOV"}, ("CHNGOV", "AUSGOV", "111")),
    ("The European Commission admonished Poland over its court reforms.", {"The European Commission": "IGOEUREEC", "Poland": "POL"}, ("IGOEUREEC", "POL", "111")),
    # a preposition or an object picks the critical sense
    ("Prime Minister Scott Morrison railed against China's trade restrictions.", {"Scott Morrison": "AUSGOV", "China": "CHN"}, ("AUSGOV", "CHN", "111")),
    ("Japan took issue with South Korea's decision to end the pact.", {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR", "111")),
    ("President Erdogan questioned Sweden's commitment to fighting terrorism.", {"Erdogan": "TURGOV", "Sweden": "SWE"}, ("TURGOV", "SWE", "111")),
])
def test_verbs_of_scorn_are_criticism(code, text, phrases, expected):
    assert (*expected, "asserted") in code(text, phrases)


def test_questioning_a_suspect_is_no_criticism(code):
    got = code("Police questioned the suspect for six hours.", {"Police": "USACOP", "the suspect": "USACRM"})
    assert not any(c.startswith("11") for _, _, c, _ in got)


def test_a_rivals_move_judged_disappointing_is_criticism(code):
    got = code("The Canadian prime minister said India's response was deeply disappointing.",
               {"The Canadian prime minister": "CANGOV", "India": "IND"})
    assert ("CANGOV", "IND", "111", "asserted") in got


@pytest.mark.parametrize("text, phrases, expected", [
    ("Japan fired back at China, saying its claims were groundless.", {"Japan": "JPN", "China": "CHN"}, ("JPN", "CHN", "111")),
    ("The Kremlin fired back at Britain, insisting the charges were fabricated.", {"The Kremlin": "RUSGOV", "Britain": "GBR"}, ("RUSGOV", "GBR", "111")),
    # any verb of force hit back with: "hit back at", "struck back at"
    ("China hit back at the United States on Tuesday, saying the accusations were groundless.",
     {"China": "CHN", "the United States": "USA"}, ("CHN", "USA", "111")),
    ("Labour hit back at the Conservatives, saying the budget hurt families.",
     {"Labour": "GBRPTYLAB", "the Conservatives": "GBRPTYCON"}, ("GBRPTYLAB", "GBRPTYCON", "111")),
    ("Amnesty International hit back at the Egyptian government, saying its report was accurate.",
     {"Amnesty International": "NGOAMN", "the Egyptian government": "EGYGOV"}, ("NGOAMN", "EGYGOV", "111")),
    ("Israeli forces hit back at Hamas after rockets were fired from Gaza.",
     {"Israeli forces": "ISRMIL", "Hamas": "PSEREBHMS"}, ("ISRMIL", "PSEREBHMS", "190")),
    # no words told with it, or an armed side: fighting
    ("Russia fired back at Ukraine with artillery.", {"Russia": "RUS", "Ukraine": "UKR"}, ("RUS", "UKR", "190")),
    ("Israeli troops fired back at the gunmen, saying they had been attacked first.",
     {"Israeli troops": "ISRMIL", "the gunmen": "ISRUAF"}, ("ISRMIL", "ISRUAF", "190")),
])
def test_a_retort_told_with_what_was_said_is_words(code, text, phrases, expected):
    assert (*expected, "asserted") in code(text, phrases)


@pytest.mark.parametrize("text, phrases", [
    ("China hit back at the US over Taiwan.", {"China": "CHN", "the US": "USA"}),  # words or a blow: unsaid
    ("Manchester United hit back at Chelsea in the second half.", {}),
    # words told, but from an armed side: words or a blow
    ("The Taliban hit back at the Afghan government, saying the talks were a sham.",
     {"The Taliban": "AFGREBTAL", "the Afghan government": "AFGGOV"}),
    # an armed side hitting back at journalists or a politician: words, or unsaid; no blow
    ("Pakistani police hit back at journalists who accused them of torture.",
     {"Pakistani police": "PAKCOP", "journalists": "PAKMED"}),
    ("The military hit back at opposition leader Imran Khan over his comments.",
     {"The military": "PAKMIL", "opposition leader Imran Khan": "PAKOPP"}),
])
def test_hitting_back_with_nothing_said_codes_nothing(code, text, phrases):
    assert not any(c[:2] in ("11", "19") for _, _, c, _ in code(text, phrases))


def test_voiced_anger_is_criticism_as_expressed_anger(code):
    got = code("The Kenyan opposition has voiced anger at the government.",
               {"The Kenyan opposition": "KENOPP", "the government": "KENGOV"})
    assert ("KENOPP", "KENGOV", "111", "asserted") in got


def test_drew_fire_from_politicians_is_criticism(code):
    got = code("Hungary's veto drew fire from the European Commission.",
               {"Hungary": "HUN", "the European Commission": "IGOEUREEC"})
    assert got == [("IGOEUREEC", "HUN", "111", "asserted")]


def test_drew_fire_from_armed_men_is_force(code):
    got = code("Israeli troops drew fire from Hamas gunmen near the border.",
               {"Israeli troops": "ISRMIL", "Hamas gunmen": "PSEREBHMS"})
    assert got == [("PSEREBHMS", "ISRMIL", "190", "asserted")]
