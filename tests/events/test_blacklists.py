"""Sanctions lists and supply cuts: adding a company to a blacklist, an entity list or a sanctions
list is a sanction on it (CAMEO 163), whatever the list's preposition says; halting or cutting
supplies to a country is a cut in material aid (162)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2022-05-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_adding_to_a_blacklist_sanctions_what_is_added():
    assert ("USAGOV", "CHNBUSHUA", "163") in _events(
        "WASHINGTON (Reuters) - The Commerce Department added Huawei to its trade blacklist on Tuesday.")
    got = _events("China's Commerce Ministry added Lockheed Martin and Raytheon to its unreliable entity list"
                  " over arms sales to Taiwan.")
    assert got == {("CHNGOV", "USABUSLMT", "163"), ("CHNGOV", "USABUSRTN", "163")}
    assert ("USAGOV", "IRNBUS", "163") in _events(
        "The Treasury added three Iranian shipping companies to its sanctions list on Friday.")


def test_adding_to_another_list_is_no_sanction():
    assert _events("He added a line to the list of demands.") == set()


def test_halting_supplies_to_a_country_cuts_aid():
    got = _events("MOSCOW (Reuters) - Gazprom halted gas supplies to Poland and Bulgaria on Wednesday.")
    assert got == {("RUSBUSGAZ", "POL", "162"), ("RUSBUSGAZ", "BGR", "162")}
    assert ("RUS", "UKR", "162") in _events("Russia cut gas supplies to Ukraine on Thursday.")


def test_support_stopped_is_aid_cut_not_praise():
    # "support" after a verb that stops it is material aid withdrawn (162), never support given (051)
    assert _events("BRUSSELS (Reuters) - The European Union suspended budget support to Niger after the coup.") == {
        ("IGOEUREEC", "NER", "162")}
    assert _events("The European Union cut financial support to the Palestinian Authority.") == {
        ("IGOEUREEC", "PSEGOVPLO", "162")}
    assert _events("France withdrew its military support for the Malian army on Tuesday.") == {
        ("FRA", "MLIMIL", "162")}
    assert ("DEU", "UKR", "051") in _events("Germany expressed support for Ukraine on Friday.")


def test_paused_aid_or_trade_is_suspended():
    # "pause" is "suspend": aid or shipments paused cut aid (162), imports paused are an embargo (163)
    assert _events("WASHINGTON (Reuters) - The United States paused weapons shipments to Israel on Wednesday.") == {
        ("USA", "ISR", "162")}
    assert _events("The United States paused aid to Niger after the coup.") == {("USA", "NER", "162")}
    assert ("IND", "CHN", "163") in _events("India paused imports of Chinese steel on Monday.")


def test_resumed_imports_ease_an_embargo():
    # the mirror of "suspended imports of Japanese seafood" (163)
    assert ("CHN", "AUS", "085") in _events("China resumed imports of Australian coal on Tuesday after a two-year halt.")
