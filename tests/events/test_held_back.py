"""An act held back ("hesitated to attack", "balked at imposing", "stopped short of", "shied away
from", "held off on", "put off", "delayed", "dragged its feet on", "was slow to") is not done;
a negated holding back ("did not hesitate to attack") asserts it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, act", [
    ("Russia hesitated to attack Ukraine in the winter.", ("RUS", "UKR", "190")),
    ("Germany has hesitated to send tanks to Ukraine, fearing escalation.", ("DEU", "UKR", "072")),
    ("The White House balked at imposing new sanctions on Saudi Arabia after the journalist's murder.", ("USAGOV", "SAU", "163")),
    ("India has been slow to criticise Russia over the invasion.", ("IND", "RUS", "111")),
    ("Washington has shied away from recognising the Palestinian state.", ("USAGOV", "PSE", "054")),
    ("Turkey held off on launching an offensive against Kurdish fighters in Syria.", ("TUR", "SYRREB", "190")),
    ("Egypt put off sending troops to Libya.", ("EGY", "LBY", "154")),
    ("Britain dragged its feet on expelling Russian diplomats.", ("GBR", "RUSGOV", "161")),
    ("Kenya delayed deploying police officers to Haiti.", ("KEN", "HTI", "154")),
    ("Britain baulked at imposing sanctions on China.", ("GBR", "CHN", "163")),
    ("The United States backed away from imposing sanctions on Turkey.", ("USA", "TUR", "163")),
    ("Germany has resisted sending tanks to Ukraine.", ("DEU", "UKR", "072")),
    ("India has been cautious about criticising Russia.", ("IND", "RUS", "111")),
    ("Germany was wary of sending troops to Mali.", ("DEU", "MLI", "154")),
    ("Washington has stalled on recognising the new government in Niger.", ("USAGOV", "NERGOV", "054")),
])
def test_an_act_held_back_is_not_asserted(story, text, act):
    events = story(text)
    assert not any(e[:3] == act and e[3] == "asserted" for e in events)
    assert any(e[:3] == act and e[3] == "negated" for e in events)


@pytest.mark.parametrize("text, want", [
    ("Russia did not hesitate to attack Ukraine in the winter.", ("RUS", "UKR", "190", "asserted")),
    ("China did not balk at sanctioning American firms.", ("CHN", "USABUS", "163", "asserted")),
    ("Russia attacked Ukraine in the winter.", ("RUS", "UKR", "190", "asserted")),
    ("Germany sent tanks to Ukraine after months of hesitation.", ("DEU", "UKR", "072", "asserted")),
])
def test_a_negated_holding_back_or_none_leaves_the_act_done(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "The United States backed away from imposing sanctions on Turkey.",
    "Biden backed off from threatening China.",
    "France backed away from Mali.",
])
def test_backing_away_or_off_is_no_support(story, text):
    assert not any(code == "051" for _, _, code, _ in story(text))


def test_backing_stays_support(story):
    assert ("USA", "TUR", "051", "asserted") in story("The United States backed Turkey.")


def test_another_actors_act_noun_after_a_word_of_holding_back_stays(story):
    got = story("India is wary of China's deployment of troops to the border.")
    assert not any(s == "CHN" and m == "negated" for s, _, _, m in got)


def test_a_gerund_with_its_own_subject_is_not_held_back_by_the_subject(story):
    got = story("India is wary of China sending troops to the border.")
    assert not any(s == "CHN" and m == "negated" for s, _, _, m in got)
