"""Talks "at", "in" or "during" which a clause's subject acted, and a call "after" which it did,
were that subject's, with whom they name (build._occasion); a fronted setting phrase is not what a
control verb agrees to (clauses._complement_trigger)."""

import pytest


@pytest.mark.parametrize("text, phrases, want", [
    ("At a meeting with Erdogan in Sochi, Putin agreed to extend the ceasefire.",
     {"Erdogan": "TURGOV", "Putin": "RUSGOV"}, ("RUSGOV", "TURGOV", "040")),
    ("During a meeting with Modi in New Delhi, Biden praised India's democracy.",
     {"Modi": "INDGOV", "Biden": "USAGOV", "India": "IND"}, ("USAGOV", "INDGOV", "040")),
    ("At talks with Iran in Vienna, the EU negotiator said progress had been made.",
     {"Iran": "IRN", "the EU negotiator": "IGOEUREEC"}, ("IGOEUREEC", "IRN", "046")),
    ("In talks with Hamas in Cairo, Israel agreed to a pause.",
     {"Hamas": "PSEREBHMS", "Israel": "ISR"}, ("ISR", "PSEREBHMS", "046")),
    ("Lula told reporters at a meeting with Sanchez that the trade deal was close.",
     {"Lula": "BRAGOV", "Sanchez": "ESPGOV"}, ("BRAGOV", "ESPGOV", "040")),
    ("Speaking after a phone call with Zelenskyy, Macron said France would send more air defence.",
     {"Zelenskyy": "UKRGOV", "Macron": "FRAGOV", "France": "FRA"}, ("FRAGOV", "UKRGOV", "041")),
])
def test_talks_the_clause_happened_at_are_its_subjects(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


@pytest.mark.parametrize("text, phrases", [
    ("Protesters rallied outside during talks with China.", {"Protesters": "THAOPP", "China": "CHN"}),
    ("At a meeting of the board, the minister announced job cuts.", {"the minister": "GBRGOV"}),
    ("Protesters gathered at Biden's meeting with Xi.", {"Protesters": "USAOPP", "Biden": "USAGOV", "Xi": "CHNGOV"}),
    ("The opposition is interested in talks with Beijing.", {"The opposition": "TWNOPP", "Beijing": "CHNGOV"}),
])
def test_talks_that_are_not_the_subjects(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[0].endswith("OPP") and e[2].startswith("04")]
    assert not [e for e in got if e[0] == "GBRGOV" and e[2].startswith("04")]


def test_a_fronted_meeting_is_not_what_was_agreed(code):
    got = code("At a meeting with Erdogan in Sochi, Putin agreed to extend the ceasefire.",
               {"Erdogan": "TURGOV", "Putin": "RUSGOV"})
    assert not [e for e in got if e[2] == "036"]


def test_talks_after_which_an_act_was_agreed_are_not_what_was_agreed(code):
    # the talks are a circumstance of the agreement, coded as talks; what was agreed is the easing
    got = code("India and China agreed to ease tensions after talks between India and China in Moscow.",
               {"India": "IND", "China": "CHN", "Moscow": "RUS"})
    assert not [e for e in got if e[2] == "036"]
    assert ("IND", "CHN", "046", "asserted") in got


# ---------------------------------------------------------------- talks that brought together (row flag `gather`)
def test_talks_that_brought_together_are_their_consultation(code):
    got = code("Hosted by Egypt, the meeting brought together Israel and Hamas.",
               {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"})
    pairs = {(s, t, c) for s, t, c, m in got if m == "asserted"}
    assert {("ISR", "PSEREBHMS", "040"), ("PSEREBHMS", "ISR", "040")} <= pairs


@pytest.mark.parametrize("text, phrases", [
    ("The festival brought together artists from France and Italy.", {"France": "FRA", "Italy": "ITA"}),
    ("The tournament brought together teams from Brazil and Argentina.", {"Brazil": "BRA", "Argentina": "ARG"}),
])
def test_no_talks_brought_together(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2].startswith("04")]


# ---------------------------------------------------------------- talks between two sides a third hosted (cues `hosting_verbs`)
@pytest.mark.parametrize("text, phrases, code_", [
    ("Egypt hosted a meeting between Israel and Hamas.", {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"}, "040"),
    ("China mediated talks between Saudi Arabia and Iran.", {"China": "CHN", "Saudi Arabia": "SAU", "Iran": "IRN"}, "046"),
])
def test_talks_hosted_between_two_sides_were_held_by_them(code, text, phrases, code_):
    got = {(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"}
    a, b = [v for k, v in phrases.items()][1:]
    assert {(a, b, code_), (b, a, code_)} <= got


@pytest.mark.parametrize("text, phrases", [
    ("Egypt proposed talks between Israel and Hamas.", {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"}),
    ("Russia rejected talks between Ukraine and NATO.", {"Russia": "RUS", "Ukraine": "UKR", "NATO": "IGOWSTNAT"}),
])
def test_talks_not_held_are_not_the_two_sides(code, text, phrases):
    got = code(text, phrases)
    a, b = [v for k, v in phrases.items()][1:]
    assert not [e for e in got if {e[0], e[1]} == {a, b} and e[3] == "asserted"]
