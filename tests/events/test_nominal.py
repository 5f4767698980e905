"""Events named by nouns in background and analysis ("Russia's capture of Bakhmut", "the
expulsion of 23 diplomats"): a noun that names a verb's act codes as the verb does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Relations soured after Russia's capture of the city of Bakhmut in May.",
         {"Russia": "RUS", "Bakhmut": "UKR"}, ("RUS", "UKR", "192")),
        ("Iran's seizure of a British tanker in the Strait of Hormuz heightened tensions.",
         {"Iran": "IRN", "British": "GBR"}, ("IRN", "GBR", "171")),
        ("The downing of a Russian jet by Turkey in 2015 plunged relations into crisis.",
         {"Russian": "RUS", "Turkey": "TUR"}, ("TUR", "RUS", "190")),
        ("Japan's export curbs on South Korea have soured ties.",
         {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR", "163")),
        ("The murder of the journalist by Saudi agents strained ties with the West.",
         {"the journalist": "SAUMED", "Saudi agents": "SAUSPY", "the West": "WST"}, ("SAUSPY", "SAUMED", "1823")),
        ("Britain's expulsion of 23 Russian diplomats was the largest since the Cold War.",
         {"Britain": "GBR", "Russian diplomats": "RUSGOV"}, ("GBR", "RUSGOV", "161")),
    ],
)
def test_a_noun_naming_a_verbs_act_codes_as_the_verb(code, text, phrases, want):
    assert want + ("asserted",) in code(text, phrases)


def test_a_nouns_act_on_the_doers_own_envoy_is_done_to_the_country_he_is_posted_to(code):
    got = code("France's recall of its ambassador to Italy was the first since the war.",
               {"France": "FRA", "its ambassador": "FRAGOV", "Italy": "ITA"})
    assert got == [("FRA", "ITA", "161", "asserted")]


def test_the_imposition_of_sanctions_on_iran_is_done_to_iran(code):
    got = code("Russia's imposition of sanctions on Iran angered Tehran.", {"Russia": "RUS", "Iran": "IRN", "Tehran": "IRN"})
    assert ("RUS", "IRN", "163", "asserted") in got


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("China's suspension of military talks with the United States came after the visit.",
         {"China": "CHN", "the United States": "USA"}, [("CHN", "USA", "164", "asserted")]),
        ("Trump's freeze of military aid to Ukraine is at the heart of the inquiry.",
         {"Trump": "USAGOV", "Ukraine": "UKR"}, [("USAGOV", "UKR", "162", "asserted")]),
        ("Pakistan's closure of the border with Afghanistan hurt traders.",
         {"Pakistan": "PAK", "Afghanistan": "AFG"}, [("PAK", "AFG", "191", "asserted")]),
    ],
)
def test_a_nouns_act_is_done_to_whom_the_thing_it_acts_on_names(code, text, phrases, want):
    assert code(text, phrases) == want


@pytest.mark.parametrize(
    "text",
    [
        "The company announced a recall of its cars in Japan.",
        "A possible seizure of Crimea by Russia would be a disaster.",
        "Ukraine demanded the withdrawal of Russian troops and an end to the seizure of its ships.",
    ],
)
def test_a_recall_of_goods_a_possible_or_demanded_act_is_no_asserted_event(code, text):
    got = code(text, {"Russia": "RUS", "Crimea": "UKR", "Ukraine": "UKR", "Russian troops": "RUSMIL", "Japan": "JPN"})
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] in ("16", "17", "19")]


def test_a_demanded_imposition_of_sanctions_is_a_demand_on_their_target(code):
    got = code("Lawmakers demanded the imposition of sanctions on Turkey.", {"Lawmakers": "USALEG", "Turkey": "TUR"})
    assert got == [("USALEG", "TUR", "100", "asserted")]


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("The West's sanctions on Russia have not stopped the Kremlin.",
         {"The West": "WST", "Russia": "RUS", "the Kremlin": "RUSGOV"}, ("WST", "RUS", "163", "asserted")),
        ("Israel's blockade of Gaza has not toppled Hamas.",
         {"Israel": "ISR", "Gaza": "PSE", "Hamas": "PSEREBHAM"}, ("ISR", "PSE", "191", "asserted")),
        ("The EU's criticism of Poland did not change its course.",
         {"The EU": "IGOEUREEC", "Poland": "POL"}, ("IGOEUREEC", "POL", "111", "asserted")),
        # whether the act took place at all
        ("Putin's visit to Beijing did not take place.", {"Putin": "RUSGOV", "Beijing": "CHN"}, ("RUSGOV", "CHN", "042", "negated")),
        ("The talks between Russia and Ukraine never happened.", {"Russia": "RUS", "Ukraine": "UKR"}, ("RUS", "UKR", "046", "negated")),
    ],
)
def test_a_named_act_stands_whatever_its_clause_denies_of_it_unless_it_denies_it_happened(code, text, phrases, want):
    assert want in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Israel's bombing of Beirut destroyed the southern suburbs.", {"Israel": "ISR", "Beirut": "LBN"}, ("ISR", "LBN", "195")),
        ("NATO's bombing of Belgrade lasted 78 days.", {"NATO": "IGOWSTNAT", "Belgrade": "SRB"}, ("IGOWSTNAT", "SRB", "195")),
        ("The Taliban's bombing of a Kabul mosque shocked the city.", {"The Taliban": "AFGREBTAL", "Kabul": "AFG"}, ("AFGREBTAL", "AFG", "183")),
    ],
)
def test_a_bombing_by_a_state_is_an_air_raid_by_rebels_a_bombing(code, text, phrases, want):
    assert want + ("asserted",) in code(text, phrases)
