"""Figurative senses of force words are no force (patterns.tsv rows of "strike", "shoot down",
"kill", "launch", "offensive", "war", "fight", "bombard", "hammer out"): "struck a defiant tone",
"a trade war", "a charm offensive", "shot down the proposal" hurt no one."""

from __future__ import annotations

import pytest

_FORCE = ("18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's army chief struck a defiant tone against India.",
        "Merkel struck a balance between Washington and Moscow.",
        "Iran struck a defiant pose against the United States.",
        "Russia and Ukraine engaged in a war of words.",
        "The trade war between the United States and China escalated.",
        "The United States and China are in a trade war.",
        "Brazil and Argentina fought a price war over beef exports.",
        "China launched a charm offensive in Africa.",
        "Russia launched a diplomatic offensive against Ukraine at the UN.",
        "Pakistan shot down India's claim.",
        "Germany shot down the French proposal.",
        "The Senate killed the bill proposed by the White House.",
        "The minister was bombarded with questions by reporters.",
        "Beijing bombarded Taiwan with disinformation.",
        "Pakistan's prime minister launched a scathing attack on India.",
        "The Chinese foreign ministry launched a blistering attack on the United States.",
        "Hamas mounted a scathing attack on the Palestinian Authority.",
    ],
)
def test_figurative_force_is_no_force(story, text):
    got = story(text)
    assert not [e for e in got if e[2][:2] in _FORCE], got


@pytest.mark.parametrize(
    "text, event",
    [
        ("Germany shot down the French proposal.", ("DEU", "FRA", "120", "asserted")),
        ("India and Japan struck a compromise on the nuclear deal.", ("IND", "JPN", "030", "asserted")),
        ("Negotiators hammered out a deal with Iran.", ("GOV", "IRN", "030", "asserted")),
        ("Pakistan's prime minister launched a scathing attack on India.", ("PAKGOV", "IND", "111", "asserted")),
        ("In a blistering attack on Washington, Lavrov accused the US of hypocrisy.", ("RUSGOV", "USA", "111", "asserted")),
    ],
)
def test_figurative_senses_code_their_own_act(story, text, event):
    assert event in story(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("Russia struck Kyiv with missiles.", ("RUS", "UKR", "190", "asserted")),
        ("Israeli jets bombarded Gaza.", ("ISR", "PSE", "194", "asserted")),
        ("Russia launched an offensive against Ukraine.", ("RUS", "UKR", "190", "asserted")),
    ],
)
def test_literal_force_stays(story, text, event):
    assert event in story(text)
