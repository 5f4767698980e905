"""A vote or decision to act is a decision, not the act: "workers voted to go on strike",
"parliament voted to impose sanctions", "the cabinet decided to send troops" tell of an act to
come (future), "voted against sending troops" of one not done. What the vote or decision itself
does stays done: a condemnation, a recognition, an impeachment, a removal from office, and a
court's ruling (cues.yaml `decision_governors`, `decided_done`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("The European Parliament voted on Tuesday to impose sanctions on Russia.",
         {"The European Parliament": "IGOEUREEC", "Russia": "RUS"}),
        ("Lawmakers in Kenya voted to expel the Chinese ambassador.",
         {"Lawmakers in Kenya": "KENLEG", "the Chinese ambassador": "CHNGOV"}),
        ("The UN Security Council voted to send peacekeepers to Mali.",
         {"The UN Security Council": "IGOUNO", "Mali": "MLI"}),
        ("The Israeli cabinet decided to impose a blockade on Gaza.",
         {"The Israeli cabinet": "ISRGOV", "Gaza": "PSE"}),
        ("The Turkish parliament voted to deploy troops to Libya.",
         {"The Turkish parliament": "TURLEG", "Libya": "LBY"}),
        ("Colombia decided to resume talks with the ELN rebels.",
         {"Colombia": "COL", "the ELN rebels": "COLREB"}),
        ("Hungary's parliament voted in favour of sending troops to Bosnia.",
         {"Hungary's parliament": "HUNLEG", "Bosnia": "BIH"}),
        ("Turkey's parliament voted against sending troops to Syria.",
         {"Turkey's parliament": "TURLEG", "Syria": "SYR"}),
        ("The cabinet's decision to send troops to Mali drew criticism from Algeria.",
         {"The cabinet": "FRAGOV", "Mali": "MLI", "Algeria": "DZA"}),
    ],
)
def test_an_act_voted_or_decided_on_is_not_yet_done(code, text, phrases):
    got = code(text, phrases)
    deciders = {phrases[p] for p in phrases if text.startswith(p)}
    assert not [e for e in got if e[0] in deciders and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The House of Representatives voted to impeach President Trump.",
         {"The House of Representatives": "USALEG", "President Trump": "USAGOV"}, ("USALEG", "USAGOV", "1121", "asserted")),
        ("The Dutch parliament voted to condemn China's treatment of the Uighurs.",
         {"The Dutch parliament": "NLDLEG", "China": "CHN"}, ("NLDLEG", "CHN", "111", "asserted")),
        ("Sweden's parliament voted to recognise Palestine.",
         {"Sweden's parliament": "SWELEG", "Palestine": "PSE"}, ("SWELEG", "PSE", "054", "asserted")),
        ("The court decided to release the Swiss journalist.",
         {"The court": "ETHJUD", "Swiss": "CHE"}, ("ETHJUD", "CHE", "0841", "asserted")),
        ("The European Parliament imposed sanctions on Russia.",
         {"The European Parliament": "IGOEUREEC", "Russia": "RUS"}, ("IGOEUREEC", "RUS", "163", "asserted")),
    ],
)
def test_what_the_vote_itself_does_or_an_act_done_stays_asserted(code, text, phrases, expected):
    assert expected in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Lawmakers in Ankara voted against sanctions on Israel.", {"Lawmakers in Ankara": "TURLEG", "Israel": "ISR"}),
        ("The Senate voted in favour of new sanctions on Russia.", {"The Senate": "USALEG", "Russia": "RUS"}),
        ("The Senate voted for new sanctions on Russia.", {"The Senate": "USALEG", "Russia": "RUS"}),
    ],
)
def test_an_act_noun_voted_for_or_against_is_not_done(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] == "16"], got


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("The Turkish parliament approved a motion to deploy troops to Libya.",
         {"The Turkish parliament": "TURLEG", "Libya": "LBY"}),
        ("The Senate passed a bill to impose sanctions on Turkey.", {"The Senate": "USALEG", "Turkey": "TUR"}),
        ("The Security Council adopted a resolution to send peacekeepers to South Sudan.",
         {"The Security Council": "IGOUNO", "South Sudan": "SSD"}),
        ("Parliament authorised the government to send troops to Syria.",
         {"Parliament": "IRQLEG", "the government": "IRQGOV", "Syria": "SYR"}),
        ("The Turkish parliament approved sending troops to Libya.", {"The Turkish parliament": "TURLEG", "Libya": "LBY"}),
    ],
)
def test_an_act_approved_authorised_or_adopted_in_a_text_is_not_yet_done(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] in ("07", "15", "16")], got


def test_a_text_that_condemns_does_so(code):
    got = code("The UN voted to condemn Israel's settlements.", {"The UN": "IGOUNO", "Israel": "ISR"})
    assert ("IGOUNO", "ISR", "111", "asserted") in got
