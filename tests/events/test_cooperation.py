"""Diplomacy and cooperation as wire services write it (the diplo10 genre): texts issued in a
state's name, messages, aid announced and guests welcomed."""

from __future__ import annotations

import pytest

from detente import code_records


# ---------------------------------------------------------------- a text speaks for its author (arguments._author)
@pytest.mark.parametrize("text, phrases, want", [
    ("The Group of Seven issued a joint statement urging China to release the activists.",
     {"The Group of Seven": "IGOG07", "China": "CHN"}, ("IGOG07", "CHN", "0253")),
    ("The State Department released a statement praising India for its election.",
     {"The State Department": "USAGOV", "India": "IND"}, ("USAGOV", "IND", "051")),
    ("Japan and Australia issued a joint statement criticising North Korea's missile tests.",
     {"Japan": "JPN", "Australia": "AUS", "North Korea": "PRK"}, ("AUS", "PRK", "111")),
    ("Russia's foreign ministry issued a statement accusing Britain of provocation.",
     {"Russia's foreign ministry": "RUSGOV", "Britain": "GBR"}, ("RUSGOV", "GBR", "112")),
    ("The General Assembly adopted a resolution condemning Russia's annexation of four Ukrainian regions.",
     {"The General Assembly": "IGOUNO", "Russia": "RUS", "Ukrainian": "UKR"}, ("IGOUNO", "RUS", "111")),
    ("Egypt's statement welcoming the agreement between Sudan and South Sudan was read out on Monday.",
     {"Egypt": "EGY", "Sudan": "SDN", "South Sudan": "SSD"}, ("EGY", "SSD", "051")),
])
def test_a_statement_issued_speaks_for_its_author(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_a_statement_warning_that_names_no_addressee(code):
    # the subject of what a statement reports is no one it is aimed at
    got = code("The commission issued a statement warning that voters are entitled to transparency.",
               {"The commission": "GBRGOV", "voters": "GBRCVL"})
    assert not any(t == "GBRCVL" for _, t, _, _ in got)


def test_a_statement_someone_else_issued_is_not_the_critics(code):
    # only its issuer speaks through a text: criticising a statement is no appeal of the critic's
    got = code("Beijing criticised a statement urging Japan to release the crew.",
               {"Beijing": "CHN", "Japan": "JPN"})
    assert not any(s == "CHN" and c.startswith("02") for s, _, c, _ in got)


# ---------------------------------------------------------------- aid announced is aid committed (patterns.tsv)
@pytest.mark.parametrize("text, phrases, want", [
    ("The European Union announced 100 million euros in aid for Gaza on Monday.",
     {"The European Union": "IGOEUREEC", "Gaza": "PSE"}, ("IGOEUREEC", "PSE", "03")),
    ("Seoul announced $10 million in humanitarian aid for Gaza.",
     {"Seoul": "KOR", "Gaza": "PSE"}, ("KOR", "PSE", "03")),
    ("Germany announced a new military aid package for Ukraine.",
     {"Germany": "DEU", "Ukraine": "UKR"}, ("DEU", "UKR", "03")),
    ("Canada unveiled $500 million in aid to Haiti.",
     {"Canada": "CAN", "Haiti": "HTI"}, ("CAN", "HTI", "03")),
])
def test_aid_announced_is_aid_committed_now(code, text, phrases, want):
    got = [(s, t, c[:2]) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_an_aid_conference_announced_is_no_aid(code):
    got = code("France announced an aid conference for Lebanon.", {"France": "FRA", "Lebanon": "LBN"})
    assert not any(c.startswith(("03", "07")) for _, _, c, _ in got)


# ---------------------------------------------------------------- condolences and congratulations sent (patterns.tsv)
@pytest.mark.parametrize("text, phrases, want", [
    ("Putin sent a message of condolences to Xi over the floods.", {"Putin": "RUSGOV", "Xi": "CHNGOV"},
     ("RUSGOV", "CHNGOV", "018")),
    ("The Mexican president sent a condolence message to Turkey after the earthquake.",
     {"The Mexican president": "MEXGOV", "Turkey": "TUR"}, ("MEXGOV", "TUR", "018")),
    ("Modi extended his condolences to Nepal over the plane crash.", {"Modi": "INDGOV", "Nepal": "NPL"},
     ("INDGOV", "NPL", "018")),
    ("Erdogan sent a letter of congratulations to the Iranian president.",
     {"Erdogan": "TURGOV", "the Iranian president": "IRNGOV"}, ("TURGOV", "IRNGOV", "051")),
    ("Xi sent a congratulatory message to Vietnam's new president.",
     {"Xi": "CHNGOV", "Vietnam's new president": "VNMGOV"}, ("CHNGOV", "VNMGOV", "051")),
])
def test_condolences_and_congratulations_sent(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


# ---------------------------------------------------------------- a guest welcomed to a place is hosted (patterns.tsv)
@pytest.mark.parametrize("text, phrases, want", [
    ("Biden welcomed Kishida to the White House on Wednesday.",
     {"Biden": "USAGOV", "Kishida": "JPNGOV", "the White House": "USAGOV"}, ("USAGOV", "JPNGOV", "043")),
    ("Xi welcomed Putin to Beijing for a two-day state visit.",
     {"Xi": "CHNGOV", "Putin": "RUSGOV", "Beijing": "CHN"}, ("CHNGOV", "RUSGOV", "043")),
])
def test_a_guest_welcomed_to_a_place_is_hosted(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_refugees_welcomed_to_a_country_are_no_guests(code):
    got = code("Germany welcomed 500 Afghan refugees to the country last year.",
               {"Germany": "DEU", "Afghan refugees": "AFGREF"})
    assert not any(c.startswith("04") for _, _, c, _ in got)


def test_welcoming_a_return_to_talks_is_still_praise(code):
    got = code("Britain welcomed Iran's return to the nuclear talks.", {"Britain": "GBR", "Iran": "IRN"})
    assert ("GBR", "IRN", "051", "asserted") in got


def test_the_place_a_guest_is_welcomed_to_is_never_the_target():
    # a guest that is no actor (a team) leaves no one received: the place is not the host's counterpart
    (rec,) = code_records([{"id": "1", "text":
                            "WASHINGTON (Reuters) - Biden welcomed the Golden State Warriors to the White House on Monday."}])
    assert not [e for e in rec["events"] if e["cameo"] == "043"]
