"""Domestic politics as wire services write it: impeachments, courts striking down or
overturning what governments did, bans on politicians and parties, and the reactions of one power
of a state to another's act ("Police arrested former President Duterte. Duterte condemned the
arrest"). Both sides are of one country; each side's role tells them apart."""

from __future__ import annotations


def test_impeachment_is_a_formal_accusation(code):
    got = code("South Korea's parliament impeached President Yoon Suk Yeol on Saturday.",
               {"South Korea's parliament": "KORLEG", "President Yoon Suk Yeol": "KORGOV"})
    assert got == [("KORLEG", "KORGOV", "1121", "asserted")]


def test_voted_to_impeach_is_an_impeachment(code):
    got = code("The House of Representatives voted to impeach President Trump on charges of abuse of power.",
               {"The House of Representatives": "USALEG", "President Trump": "USAGOV"})
    assert ("USALEG", "USAGOV", "1121", "asserted") in got


def test_struck_down_is_a_rejection_of_the_laws_owner_not_force(code):
    got = code("Mexico's Supreme Court struck down the government's electoral reform on Thursday.",
               {"Mexico's Supreme Court": "MEXJUD", "government": "MEXGOV"})
    assert got == [("MEXJUD", "MEXGOV", "120", "asserted")]


def test_struck_down_a_law_passed_by_a_government_is_no_force(code):
    got = code("Israel's Supreme Court struck down a law passed by the government.",
               {"Israel's Supreme Court": "ISRJUD", "the government": "ISRGOV"})
    assert not any(e[2].startswith("19") for e in got)


def test_overturned_and_annulled_decisions_are_rejections(code):
    actors = {"The Constitutional Court": "COLJUD", "the government": "COLGOV"}
    assert code("The Constitutional Court overturned the decision of the government.", actors) == [
        ("COLJUD", "COLGOV", "120", "asserted")]
    assert code("The Constitutional Court annulled the decree of the government.", actors) == [
        ("COLJUD", "COLGOV", "120", "asserted")]
    # overturning a conviction eases a sanction: no rejection
    got = code("The appeals court overturned his conviction.", {"The appeals court": "PAKJUD", "his": "PAKELI"})
    assert not any(e[2].startswith("12") for e in got)


def test_barring_and_disqualifying_politicians_are_bans(code):
    got = code("Venezuela's government barred opposition leader Maria Corina Machado from running for office.",
               {"Venezuela's government": "VENGOV", "opposition leader Maria Corina Machado": "VENOPP"})
    assert len(got) == 1 and got[0][:2] == ("VENGOV", "VENOPP") and got[0][2].startswith("172")
    got = code("The election commission disqualified Imran Khan from running.",
               {"The election commission": "PAKGOV", "Imran Khan": "PAKELI"})
    assert got == [("PAKGOV", "PAKELI", "1722", "asserted")]


def test_dissolving_a_party_bans_it_but_dissolving_parliament_does_not(code):
    got = code("Thailand's Constitutional Court dissolved the opposition Move Forward Party.",
               {"Thailand's Constitutional Court": "THAJUD", "the opposition Move Forward Party": "THAOPP"})
    assert got == [("THAJUD", "THAOPP", "1722", "asserted")]
    assert code("The king dissolved parliament ahead of the election.", {"The king": "THAGOV", "parliament": "THALEG"}) == []


def test_former_leader_condemning_his_arrest_targets_the_police(code):
    got = code("Police arrested former President Rodrigo Duterte. Duterte condemned the arrest.",
               {"Police": "PHLCOP", "former President Rodrigo Duterte": "PHLELI", "Duterte": "PHLELI"})
    assert ("PHLELI", "PHLCOP", "111", "asserted") in got


def test_government_denouncing_a_courts_ruling_targets_the_court(code):
    got = code("The Supreme Court struck down the government's electoral reform. "
               "The president denounced the ruling.",
               {"The Supreme Court": "MEXJUD", "government": "MEXGOV", "The president": "MEXGOV"})
    assert ("MEXGOV", "MEXJUD", "111", "asserted") in got
    # the executive's own plan is still no counterpart of the executive
    got = code("The foreign ministry announced a plan to expand trade with China. The president praised the plan.",
               {"The foreign ministry": "RUSGOV", "China": "CHN", "The president": "RUSGOV"})
    assert not any(e[2].startswith("05") for e in got)


def test_official_condemning_an_impeachment_targets_the_legislature(code):
    got = code("The House of Representatives impeached Vice President Sara Duterte. Duterte condemned the impeachment.",
               {"The House of Representatives": "PHLLEG", "Vice President Sara Duterte": "PHLGOV", "Duterte": "PHLGOV"})
    assert ("PHLGOV", "PHLLEG", "111", "asserted") in got


def test_a_former_leaders_attack_is_words(code):
    got = code("Former President Donald Trump attacked the Justice Department.",
               {"Former President Donald Trump": "USAELI", "the Justice Department": "USAJUD"})
    assert got == [("USAELI", "USAJUD", "111", "asserted")]


def test_unfit_for_office_is_criticism(code):
    got = code("Keir Starmer said Johnson was unfit for office.", {"Keir Starmer": "GBROPP", "Johnson": "GBRGOV"})
    assert got == [("GBROPP", "GBRGOV", "111", "asserted")]
