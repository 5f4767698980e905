"""Regulators, prosecutors and legislatures acting on companies: instructions, summonses and subpoenas.
An instruction or summons to another actor is a demand (CAMEO 10) whose "to"-clause has not
happened; what is ordered as an act ("ordered an investigation into X") is that act, done."""

from __future__ import annotations


def test_what_a_company_is_ordered_to_do_is_not_done(code):
    got = code("France's competition authority ordered Google to negotiate with news publishers over payment.",
               {"France's competition authority": "FRAGOV", "Google": "USABUS", "news publishers": "FRAMED"})
    assert not any(e[0] == "USABUS" and e[3] == "asserted" for e in got)


def test_instructed_a_lender_to_halt_is_a_demand(code):
    got = code("The central bank instructed Kotak Bank to halt new online customers.",
               {"The central bank": "INDGOV", "Kotak Bank": "INDBUS"})
    assert got == [("INDGOV", "INDBUS", "100", "asserted")]


def test_an_ordered_investigation_is_an_investigation_by_whoever_ordered_it(code):
    got = code("India's antitrust body ordered an investigation into Google over its app store rules.",
               {"India's antitrust body": "INDGOV", "Google": "USABUS"})
    assert got == [("INDGOV", "USABUS", "090", "asserted")]


def test_summoned_an_executive_to_appear_is_a_demand_not_a_consultation(code):
    got = code("British lawmakers summoned the chief executive of Thames Water to appear before a committee.",
               {"British lawmakers": "GBRLEG", "the chief executive of Thames Water": "GBRBUS"})
    assert ("GBRLEG", "GBRBUS", "100", "asserted") in got
    assert code("Beijing summoned the Japanese ambassador on Friday.",
                {"Beijing": "CHNGOV", "the Japanese ambassador": "JPNGOV"}) == [("CHNGOV", "JPNGOV", "040", "asserted")]


def test_subpoena_is_a_demand_for_information(code):
    got = code("A House committee subpoenaed Deutsche Bank for records on Wednesday.",
               {"A House committee": "USALEG", "Deutsche Bank": "DEUBUS"})
    assert got == [("USALEG", "DEUBUS", "101", "asserted")]


def test_a_court_ordering_the_government_to_act_makes_a_demand_on_it(code):
    got = code("Pakistan's Supreme Court on Tuesday ordered the government to release the opposition leader within 48 hours.",
               {"Pakistan's Supreme Court": "PAKJUD", "the government": "PAKGOV", "the opposition leader": "PAKOPP"})
    assert ("PAKJUD", "PAKGOV", "1053", "asserted") in got
    assert not any(e[2].startswith("08") and e[3] == "asserted" for e in got)  # the release is not done
    got = code("A judge in Nairobi ordered police to return the phones seized from two journalists.",
               {"A judge in Nairobi": "KENJUD", "police": "KENCOP", "two journalists": "KENMED"})
    assert ("KENJUD", "KENCOP", "100", "asserted") in got
    got = code("The High Court in Harare ordered the Zimbabwean government to reinstate the dismissed nurses.",
               {"The High Court in Harare": "ZWEJUD", "the Zimbabwean government": "ZWEGOV"})
    assert got == [("ZWEJUD", "ZWEGOV", "100", "asserted")]


def test_an_ordered_arrest_is_an_arrest_not_a_demand(code):
    got = code("A Turkish court ordered the arrest of 82 soldiers over alleged links to Gulen.",
               {"A Turkish court": "TURJUD", "82 soldiers": "TURMIL"})
    assert got == [("TURJUD", "TURMIL", "173", "asserted")]


def test_orders_down_a_states_own_chain_of_command_are_no_demand(code):
    got = code("President Putin ordered the army to withdraw from the border on Monday.",
               {"President Putin": "RUSGOV", "the army": "RUSMIL"})
    assert not any(e[2] == "100" for e in got)
    got = code("Kenya's president ordered the army to help police restore calm.",
               {"Kenya's president": "KENGOV", "the army": "KENMIL", "police": "KENCOP"})
    assert not any(e[2] == "100" for e in got)
    got = code("The Nigeria Labour Congress and the Trade Union Congress ordered their members to stay at home.",
               {"The Nigeria Labour Congress": "NGALAB", "the Trade Union Congress": "NGALAB", "their": "NGALAB"})
    assert not any(e[2] == "100" for e in got)
