"""A gerund the parser hangs on its own object as a modifier ("denied holding meetings with US
officials", read as "holding" an adjective of "meetings", the object of "denied") is still the
complement of the verb before it: what a denial, an avoidance or a refusal says of the gerund it
says of the act noun (events/modality.py `_gerund_object`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Egypt denied hosting talks between Israel and Hamas.",
         {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"}),
        ("Russia denied launching air strikes on civilians in Idlib.",
         {"Russia": "RUS", "civilians in Idlib": "SYRCVL"}),
        ("Venezuela denied holding meetings with US officials.",
         {"Venezuela": "VEN", "US officials": "USAGOV"}),
        ("Japan avoided holding meetings with Chinese officials.",
         {"Japan": "JPN", "Chinese officials": "CHNGOV"}),
    ],
)
def test_an_act_denied_or_avoided_through_a_gerund_is_not_asserted(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] in ("04", "19")], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Venezuela confirmed holding meetings with US officials.",
         {"Venezuela": "VEN", "US officials": "USAGOV"}, ("VEN", "USAGOV", "040", "asserted")),
        ("Egypt hosted talks between Israel and Hamas.",
         {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"}, ("ISR", "PSEREBHMS", "046", "asserted")),
    ],
)
def test_the_same_act_confirmed_or_told_stays_asserted(code, text, phrases, expected):
    assert expected in code(text, phrases)
