"""A wish leaves the act undone: "longs to meet Putin" (parsed with "longs" as a noun),
"aspires to sign a deal", "dreams of meeting Trump", "longs for talks", "craves negotiations"
tell of no meeting, signing or talks (cues.yaml `future_governors`, `wish_verbs`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Zelensky longs to meet Putin face to face.", {"Zelensky": "UKRGOV", "Putin": "RUSGOV"}),
        ("Ukraine aspires to sign a free trade agreement with the European Union.",
         {"Ukraine": "UKR", "the European Union": "IGOEUREEC"}),
        ("Modi aspires to host talks between Russia and Ukraine.",
         {"Modi": "INDGOV", "Russia": "RUS", "Ukraine": "UKR"}),
        ("Hamas has long aspired to destroy Israel.", {"Hamas": "PSEREBHMS", "Israel": "ISR"}),
        ("Serbia longs to cooperate more closely with Russia.", {"Serbia": "SRB", "Russia": "RUS"}),
        ("Erdogan dreams of meeting Trump at the White House.", {"Erdogan": "TURGOV", "Trump": "USAGOV"}),
        ("Iran craves negotiations with the United States.", {"Iran": "IRN", "the United States": "USA"}),
    ],
)
def test_a_wished_act_is_not_asserted(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted"], got


def test_the_act_done_stays_asserted(code):
    got = code("Erdogan met Trump at the White House.", {"Erdogan": "TURGOV", "Trump": "USAGOV"})
    assert ("TURGOV", "USAGOV", "040", "asserted") in got


def test_plans_named_by_a_noun_are_future(code):
    got = code("Modi's plans to visit Moscow drew criticism.", {"Modi": "INDGOV", "Moscow": "RUS"})
    assert not [e for e in got if e[0] == "INDGOV" and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Britain was poised to impose sanctions on Iran.", {"Britain": "GBR", "Iran": "IRN"}),
        ("Russian troops are poised to invade Ukraine.", {"Russian troops": "RUSMIL", "Ukraine": "UKR"}),
    ],
)
def test_an_act_one_is_poised_to_do_is_not_yet_done(code, text, phrases):
    # the tagger reads "poised" as the participle of "poise": the lemma is the cue
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Officials hope that Serbia will recognize Kosovo.", {"Officials": "GOV", "Serbia": "SRB", "Kosovo": "XKX"}),
        ("The EU hoped that Russia would withdraw its troops from Kherson.",
         {"The EU": "IGOEUREEC", "Russia": "RUS", "Kherson": "UKR"}),
    ],
)
def test_an_act_hoped_for_in_a_that_clause_is_wished_not_promised(code, text, phrases):
    # what one hopes another will do is no intent of the other's (03, future): a wish, hypothetical
    got = code(text, phrases)
    assert got and all(e[3] == "hypothetical" for e in got), got
