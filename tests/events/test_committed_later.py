"""An act its doer decided or agreed to is done as decided ("the EU decided to impose sanctions on
Belarus" is 163 asserted), but one committed to for a time after now ("next year", "later this
year", "from next month", "in the coming months") is still to come: future (modality.py
`scheduled_later`). A commitment coded as one (03: "agreed to hold talks next month") is made now
and stays asserted, and a decision dated in the past ("decided last week to impose") is done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The European Union decided to impose new sanctions on Belarus next year.",
         {"The European Union": "IGOEUREEC", "Belarus": "BLR"}, ("IGOEUREEC", "BLR", "163", "future")),
        ("The EU agreed to impose sanctions on Russia from next month.",
         {"The EU": "IGOEUREEC", "Russia": "RUS"}, ("IGOEUREEC", "RUS", "163", "future")),
        ("NATO agreed to deploy more troops to Poland in the coming months.",
         {"NATO": "IGOWSTNAT", "Poland": "POL"}, ("IGOWSTNAT", "POL", "154", "future")),
        ("Washington decided to impose tariffs on Chinese goods later this year.",
         {"Washington": "USAGOV", "Chinese": "CHN"}, ("USAGOV", "CHN", "163", "future")),
        ("Germany decided to withdraw its ambassador from Turkey next week.",
         {"Germany": "DEU", "Turkey": "TUR"}, ("DEU", "TUR", "161", "future")),
    ],
)
def test_an_act_committed_to_for_a_later_time_is_future(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got, got
    assert not [e for e in got if e[2] == expected[2] and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        # the commitment itself is made now
        ("Japan and South Korea agreed to hold security talks next month.",
         {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR", "036", "asserted")),
        # a decision dated in the past, or with no time, is done as decided
        ("The EU decided last week to impose sanctions on Belarus.",
         {"The EU": "IGOEUREEC", "Belarus": "BLR"}, ("IGOEUREEC", "BLR", "163", "asserted")),
        ("The EU agreed to impose sanctions on Russia.", {"The EU": "IGOEUREEC", "Russia": "RUS"},
         ("IGOEUREEC", "RUS", "163", "asserted")),
        ("In later talks, the EU agreed to impose sanctions on Belarus.",
         {"the EU": "IGOEUREEC", "Belarus": "BLR"}, ("IGOEUREEC", "BLR", "163", "asserted")),
    ],
)
def test_a_commitment_or_an_act_decided_without_a_later_time_stays_asserted(code, text, phrases, expected):
    assert expected in code(text, phrases)
