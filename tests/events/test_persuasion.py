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
