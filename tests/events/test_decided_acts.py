"""An approval, authorisation, bill or motion to act is not the act: "parliament approved sending
troops", "passed a bill to impose sanctions" tell of an act to come (future), "voted against
sending troops" of one not done. A decision or vote its doer makes to act commits it, as an accord
does ("agreed to impose sanctions" is 163): "the EU decided to impose sanctions", "in 2014 Russia
decided to annex Crimea" are done as decided, a cooperative act decided a commitment made now (03),
never a threat. What the vote itself does stays done: a condemnation, a recognition, an
impeachment, a removal from office, and a court's ruling (cues.yaml `decision_governors`,
`committing_governors`, `decided_done`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Hungary's parliament voted in favour of sending troops to Bosnia.",
         {"Hungary's parliament": "HUNLEG", "Bosnia": "BIH"}),
        ("Turkey's parliament voted against sending troops to Syria.",
         {"Turkey's parliament": "TURLEG", "Syria": "SYR"}),
        ("The cabinet's decision to send troops to Mali drew criticism from Algeria.",
         {"The cabinet": "FRAGOV", "Mali": "MLI", "Algeria": "DZA"}),
        ("The EU may decide to impose sanctions on Turkey.", {"The EU": "IGOEUREEC", "Turkey": "TUR"}),
        ("Brussels will decide next week whether to impose sanctions on Minsk.",
         {"Brussels": "IGOEUREEC", "Minsk": "BLR"}),
    ],
)
def test_an_act_voted_for_or_only_to_be_decided_is_not_yet_done(code, text, phrases):
    got = code(text, phrases)
    deciders = {phrases[p] for p in phrases if text.startswith(p)}
    assert not [e for e in got if e[0] in deciders and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The European Parliament voted on Tuesday to impose sanctions on Russia.",
         {"The European Parliament": "IGOEUREEC", "Russia": "RUS"}, ("IGOEUREEC", "RUS", "163", "asserted")),
        ("The Israeli cabinet decided to impose a blockade on Gaza.",
         {"The Israeli cabinet": "ISRGOV", "Gaza": "PSE"}, ("ISRGOV", "PSE", "163", "asserted")),
        ("Last year the EU decided to impose sanctions on Belarus and did so in June.",
         {"the EU": "IGOEUREEC", "Belarus": "BLR"}, ("IGOEUREEC", "BLR", "163", "asserted")),
        ("In 2014 Russia decided to annex Crimea.", {"Russia": "RUS", "Crimea": "UKR"}, ("RUS", "UKR", "192", "asserted")),
        ("Germany decided to withdraw its ambassador from Turkey.",
         {"Germany": "DEU", "Turkey": "TUR"}, ("DEU", "TUR", "161", "asserted")),
        ("The African Union resolved to suspend Mali's membership.",
         {"The African Union": "IGOAFRAFU", "Mali": "MLI"}, ("IGOAFRAFU", "MLI", "160", "asserted")),
        # a cooperative act decided is a commitment made now, as one agreed to is
        ("Colombia decided to resume talks with the ELN rebels.",
         {"Colombia": "COL", "the ELN rebels": "COLREB"}, ("COL", "COLREB", "036", "asserted")),
        ("Japan and South Korea agreed to resume talks.", {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR", "036", "asserted")),
        # agreed to, the same act is coded the same way
        ("The EU agreed to impose sanctions on Russia.", {"The EU": "IGOEUREEC", "Russia": "RUS"}, ("IGOEUREEC", "RUS", "163", "asserted")),
    ],
)
def test_an_act_its_doer_decided_or_agreed_to_is_done_as_decided(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got, got
    assert not [e for e in got if e[2][:2] == "13"], got  # a decision threatens no one


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


@pytest.mark.parametrize(
    "text, phrases, root",
    [
        ("The Turkish parliament approved sending troops to Libya.", {"The Turkish parliament": "TURLEG", "Libya": "LBY"}, "15"),
        ("Hungary's parliament voted in favour of sending troops to Bosnia.",
         {"Hungary's parliament": "HUNLEG", "Bosnia": "BIH"}, "15"),
        ("The Kenyan cabinet's decision to send troops to Somalia drew criticism from Mogadishu.",
         {"The Kenyan cabinet": "KENGOV", "Somalia": "SOM", "Mogadishu": "SOM"}, "15"),
    ],
)
def test_an_act_approved_or_voted_for_is_decided_on_not_threatened(code, text, phrases, root):
    # a future act announced to someone is a threat ("said it would attack Ukraine": 138); one a
    # body approves or votes for is decided on, and keeps its own code
    got = code(text, phrases)
    assert [e for e in got if e[2][:2] == root and e[3] == "future"], got
    assert not [e for e in got if e[2][:2] == "13"], got


def test_an_attack_announced_is_still_a_threat(code):
    assert ("RUS", "UKR", "138", "future") in code("Russia said it would attack Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"})
