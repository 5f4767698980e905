"""Aid, arms and loans received, got, obtained or accepted from a named giver are the giver's
aid to the receiver (07x), not a visit hosted (043) nor an agreement (030); things got from no
political giver, and messages or visits received, are not aid."""

import pytest


@pytest.mark.parametrize("text, phrases, want", [
    ("Ukraine received weapons from the United States.",
     {"Ukraine": "UKR", "the United States": "USA"}, ("USA", "UKR", "072")),
    ("The Houthis obtained missiles from Iran, the UN panel said.",
     {"The Houthis": "YEMREBHTH", "Iran": "IRN", "the UN panel": "IGOUNO"}, ("IRN", "YEMREBHTH", "072")),
    ("Russia has received drones from Iran.", {"Russia": "RUS", "Iran": "IRN"}, ("IRN", "RUS", "072")),
    ("The Ukrainian army got tanks from Germany last spring.",
     {"The Ukrainian army": "UKRMIL", "Germany": "DEU"}, ("DEU", "UKRMIL", "072")),
    ("Pakistan obtained loans from the IMF to avoid default.",
     {"Pakistan": "PAK", "the IMF": "IGOIMF"}, ("IGOIMF", "PAK", "071")),
    ("Sudan accepted humanitarian aid from the United Nations.",
     {"Sudan": "SDN", "the United Nations": "IGOUNO"}, ("IGOUNO", "SDN", "073")),
    ("Egypt has received billions of dollars in military aid from the United States.",
     {"Egypt": "EGY", "the United States": "USA"}, ("USA", "EGY", "072")),
])
def test_aid_received_is_the_givers(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got
    assert not [e for e in got if e[2] in ("043", "030")]


@pytest.mark.parametrize("text, phrases", [
    ("Zelenskyy received a letter from Biden on Tuesday.", {"Zelenskyy": "UKRGOV", "Biden": "USAGOV"}),
    ("The army received artillery fire from rebel positions.", {"The army": "UKRMIL", "rebel": "UKRREB"}),
    ("Police found weapons in the house of the Hamas commander.", {"Police": "ISRCOP", "Hamas": "PSEREBHMS"}),
    ("Israel used missiles against Hezbollah.", {"Israel": "ISR", "Hezbollah": "LBNREBHEZ"}),
])
def test_no_aid(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2].startswith("07")]


# ---------------------------------------------------------------- arms and aid given, or provided "with"
@pytest.mark.parametrize("text, phrases, want", [
    ("The United States gave Ukraine weapons.", {"The United States": "USA", "Ukraine": "UKR"}, ("USA", "UKR", "072")),
    ("Germany provided Ukraine with air defence systems.", {"Germany": "DEU", "Ukraine": "UKR"}, ("DEU", "UKR", "072")),
    ("Germany provided Ukraine with military aid.", {"Germany": "DEU", "Ukraine": "UKR"}, ("DEU", "UKR", "072")),
    ("Japan provided Sri Lanka with a loan.", {"Japan": "JPN", "Sri Lanka": "LKA"}, ("JPN", "LKA", "071")),
    ("Ukraine was provided with air defence systems by Germany.", {"Germany": "DEU", "Ukraine": "UKR"}, ("DEU", "UKR", "072")),
])
def test_arms_and_aid_given_are_aid(code, text, phrases, want):
    assert want in [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]


@pytest.mark.parametrize("text, phrases", [
    ("Samsung provided Apple with new chips.", {"Samsung": "KORBUS", "Apple": "USABUS"}),
    ("The Italian coach gave the French players a rest.", {"The Italian coach": "ITACVL", "the French players": "FRACVL"}),
])
def test_things_given_that_are_no_aid(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2].startswith("07")]


def test_a_passive_keeping_its_object_names_the_giver_by(code):
    got = code("Ukraine was given weapons by the United States.", {"Ukraine": "UKR", "the United States": "USA"})
    assert ("USA", "UKR", "072", "asserted") in got


@pytest.mark.parametrize("text, phrases", [
    ("Modi received an invitation from Putin to visit Moscow.", {"Modi": "INDGOV", "Putin": "RUSGOV", "Moscow": "RUS"}),
    ("The Polish ministry received a diplomatic note from Moscow.", {"The Polish ministry": "POLGOV", "Moscow": "RUSGOV"}),
    ("Israel received a proposal from Hamas.", {"Israel": "ISR", "Hamas": "PSEREBHMS"}),
])
def test_a_message_received_is_no_visit_hosted(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2] == "043"]
