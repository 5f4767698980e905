"""Election campaigns and party politics: what rivals do to each other is done with words."""

from __future__ import annotations

import pytest


def test_a_politician_attacking_a_rival_by_name_criticises(code):
    # a head of government attacking a rival, a party or a court named by name: words, not force
    got = code("Prime Minister Boris Johnson attacked Labour leader Jeremy Corbyn over his Brexit policy.",
               {"Prime Minister Boris Johnson": "GBRGOV", "Labour leader Jeremy Corbyn": "GBROPP"})
    assert got == [("GBRGOV", "GBROPP", "111", "asserted")]
    got = code("Narendra Modi attacked the Congress party at a rally in Bihar.",
               {"Narendra Modi": "INDGOV", "the Congress party": "INDPTYINC"})
    assert got == [("INDGOV", "INDPTYINC", "111", "asserted")]
    got = code("President Jair Bolsonaro attacked former President Lula on Monday.",
               {"President Jair Bolsonaro": "BRAGOV", "former President Lula": "BRAELI"})
    assert got == [("BRAGOV", "BRAELI", "111", "asserted")]


def test_an_attack_on_a_country_or_by_the_police_stays_force(code):
    got = code("President Vladimir Putin attacked Ukraine in February 2022.",
               {"President Vladimir Putin": "RUSGOV", "Ukraine": "UKR"})
    assert got == [("RUSGOV", "UKR", "190", "asserted")]
    got = code("Police attacked opposition supporters in Nairobi.",
               {"Police": "KENCOP", "opposition supporters": "KENOPP", "Nairobi": "KEN"})
    assert [g[2] for g in got] == ["190"]


def test_a_date_is_not_the_preposition_a_pattern_asks_for(code):
    # "on Wednesday" is no "call on" (an appeal): the naming is what codes
    got = code("Keir Starmer called Boris Johnson a liar in parliament on Wednesday.",
               {"Keir Starmer": "GBROPP", "Boris Johnson": "GBRGOV"})
    assert got == [("GBROPP", "GBRGOV", "112", "asserted")]
    assert code("Biden called Trump on Tuesday.", {"Biden": "USAGOV", "Trump": "USAELI"}) == [
        ("USAGOV", "USAELI", "041", "asserted")]  # no label, no appeal: a phone call
    # an appeal with its date still is one
    got = code("Biden called on Congress on Tuesday to pass the bill.", {"Biden": "USAGOV", "Congress": "USALEG"})
    assert got == [("USAGOV", "USALEG", "020", "asserted")]


def test_the_insults_of_campaigns_are_labels(code):
    got = code("Trump called Warren a fraud.", {"Trump": "USAGOV", "Warren": "USALEG"})
    assert got == [("USAGOV", "USALEG", "112", "asserted")]
    got = code("The Peoples Democratic Party called President Muhammadu Buhari a failure.",
               {"The Peoples Democratic Party": "NGAPTYPDP", "President Muhammadu Buhari": "NGAGOV"})
    assert got == [("NGAPTYPDP", "NGAGOV", "111", "asserted")]
    got = code("Biden described Trump as a danger to democracy.", {"Biden": "USAELI", "Trump": "USAGOV"})
    assert got == [("USAELI", "USAGOV", "111", "asserted")]


def test_condemning_the_arrest_of_a_politician_targets_his_own_state(code):
    # a country's politicians are held by their own state: its police, with no doer named
    got = code("Brazil's Workers' Party denounced the arrest of former President Lula.",
               {"Brazil's Workers' Party": "BRAPTY", "former President Lula": "BRAELI"})
    assert got == [("BRAPTY", "BRACOP", "111", "asserted")]
    got = code("The European Union condemned the arrest of opposition leader Bobi Wine.",
               {"The European Union": "IGOEUREEC", "opposition leader Bobi Wine": "UGAOPP"})
    assert got == [("IGOEUREEC", "UGACOP", "111", "asserted")]
    # private people may be held abroad: no doer is guessed
    assert code("Canada condemned the arrest of two Canadian nationals.",
                {"Canada": "CAN", "two Canadian nationals": "CANCVL"}) == []


def test_an_attack_a_politician_launches_on_a_rival_is_words(code):
    # the attack named as the object of "launch", "mount": the same words as "attacked"
    got = code("Matteo Salvini launched a scathing attack on Prime Minister Giuseppe Conte on Sunday.",
               {"Matteo Salvini": "ITAPTY", "Prime Minister Giuseppe Conte": "ITAGOV"})
    assert got == [("ITAPTY", "ITAGOV", "111", "asserted")]
    got = code("House Democrats launched an attack on President Trump over his tax returns.",
               {"House Democrats": "USAPTYDEM", "President Trump": "USAGOV"})
    assert got == [("USAPTYDEM", "USAGOV", "111", "asserted")]
    # a country's or an armed group's attack stays force
    got = code("Russia launched an attack on Ukraine on Thursday.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert [g[2] for g in got] == ["190"]
    got = code("The Taliban launched an attack on Afghan police in Kunduz.",
               {"The Taliban": "AFGREBTAL", "Afghan police": "AFGCOP", "Kunduz": "AFG"})
    assert [g[2][:2] for g in got] == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "Conservative lawmakers rounded on Boris Johnson after the defeat in parliament.",
        "Conservative lawmakers tore into Boris Johnson over the deal.",
        "Conservative lawmakers laid into Boris Johnson at the party conference.",
        "Conservative lawmakers ripped into Boris Johnson's plan on Tuesday.",
    ],
)
def test_phrasal_verbs_of_criticism_criticise(code, text):
    got = code(text, {"Conservative lawmakers": "GBRLEG", "Boris Johnson": "GBRGOV"})
    assert got == [("GBRLEG", "GBRGOV", "111", "asserted")]


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WARSAW (Reuters) - The Polish government attacked the judges who ruled against its reform.", "POL"),
        ("BRASILIA (Reuters) - President Jair Bolsonaro attacked the press again on Monday.", "BRA"),
        ("ANKARA (Reuters) - Turkish Interior Minister Suleyman Soylu attacked the Istanbul Bar Association.", "TUR"),
    ],
)
def test_a_government_attacking_courts_press_or_civic_bodies_criticises(text, expected):
    got = _events(text)
    assert any(e[0].startswith(expected) and e[2] == "111" for e in got), got
    assert not any(e[2].startswith("19") for e in got)


def test_a_government_attacking_protesters_or_rebels_stays_force():
    assert any(e[2] == "190" for e in _events("TEHRAN (Reuters) - The Iranian government attacked protesters in Tehran."))
    assert any(e[2] == "190" for e in _events("The Syrian government attacked rebel positions in Idlib province."))


@pytest.mark.parametrize("text, expected", [
    ("Israel's prime minister attacked the UN for its resolution on Gaza.", ("ISRGOV", "IGOUNO")),
    ("Trump attacked China for failing to stop the virus.", ("USAGOV", "CHN")),
])
def test_an_attack_for_what_someone_did_or_said_is_words(text, expected):
    got = _events(text)
    assert (*expected, "111", "asserted") in got
    assert not any(e[2].startswith("19") for e in got)


@pytest.mark.parametrize("text", [
    "Russian forces attacked Kharkiv for the third night in a row.",  # no reason: a span of time
    "Israel attacked Hamas for its role in the massacre.",  # a country's attack on an armed group
    "The government attacked the rebels for their refusal to disarm.",  # an armed target
])
def test_an_attack_with_a_reason_by_no_political_person_or_on_armed_men_stays_force(text):
    assert any(e[2] == "190" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Chile's interior minister called the protesters criminals.",  # the parser glues "protesters" to "criminals"
    "Chile's interior minister called the protesters vandals and criminals.",  # the label is a conjunct
])
def test_a_label_read_through_the_parsers_gluing_and_conjuncts(code, text):
    got = code(text, {"Chile's interior minister": "CHLGOV", "the protesters": "CHLOPP"})
    assert got == [("CHLGOV", "CHLOPP", "112", "asserted")]


def test_a_plural_compound_that_is_no_label_stays_no_event(code):
    # no label: a phone call to them (041), no accusation
    assert code("Chile's interior minister called the protesters' leaders on Tuesday.",
                {"Chile's interior minister": "CHLGOV", "the protesters": "CHLOPP"}) == [
        ("CHLGOV", "CHLOPP", "041", "asserted")]
