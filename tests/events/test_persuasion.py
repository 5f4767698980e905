"""Persuading someone to act makes them mean to, no more: "Washington persuaded Egypt to
mediate", "the EU is trying to persuade Turkey to cooperate with Greece" tell of no mediation or
cooperation yet (cues.yaml `future_governors`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, persuaded",
    [
        ("The EU is trying to persuade Turkey to cooperate with Greece.",
         {"The EU": "IGOEUREEC", "Turkey": "TUR", "Greece": "GRC"}, "TUR"),
        ("Washington persuaded Egypt to mediate between Israel and Hamas.",
         {"Washington": "USA", "Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"}, "EGY"),
        ("Berlin convinced Poland to accept the refugees from Syria.",
         {"Berlin": "DEU", "Poland": "POL", "Syria": "SYR"}, "POL"),
        ("France tried to convince Germany to send more troops to Mali.",
         {"France": "FRA", "Germany": "DEU", "Mali": "MLI"}, "DEU"),
    ],
)
def test_the_act_someone_is_persuaded_to_is_not_yet_done(code, text, phrases, persuaded):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and e[0] == persuaded], got


def test_a_belief_one_is_persuaded_of_keeps_its_act(code):
    got = code("Kyiv is convinced that Russia attacked the Ukrainian embassy.",
               {"Kyiv": "UKR", "Russia": "RUS", "Ukrainian": "UKR"})
    assert ("RUS", "UKR", "190", "asserted") in got


@pytest.mark.parametrize(
    "text, phrases, persuaded",
    [
        ("France cajoled Germany into sending more troops to Mali.", {"France": "FRA", "Germany": "DEU", "Mali": "MLI"}, "DEU"),
        ("Moscow coaxed Belgrade into recognising Crimea.", {"Moscow": "RUS", "Belgrade": "SRB", "Crimea": "UKR"}, "SRB"),
        ("Britain talked Qatar into hosting talks with the Taliban.",
         {"Britain": "GBR", "Qatar": "QAT", "the Taliban": "AFGREBTAL"}, "QAT"),
        ("Beijing is nudging Pyongyang to resume talks with Seoul.",
         {"Beijing": "CHN", "Pyongyang": "PRK", "Seoul": "KOR"}, "PRK"),
        ("The US prodded Saudi Arabia to restore ties with Qatar.",
         {"The US": "USA", "Saudi Arabia": "SAU", "Qatar": "QAT"}, "SAU"),
    ],
)
def test_the_act_someone_is_talked_into_or_nudged_to_is_not_yet_done(code, text, phrases, persuaded):
    # the act is the persuaded party's, though the parse may give it the persuader: neither asserts it
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and (e[0] == persuaded or e[2][:2] not in ("02", "04"))], got


def test_what_one_is_forced_into_was_done(code):
    got = code("Russia forced Ukraine into withdrawing its troops from Bakhmut.",
               {"Russia": "RUS", "Ukraine": "UKR", "Bakhmut": "UKR"})
    assert not [e for e in got if e[3] == "future"], got
