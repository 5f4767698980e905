"""A deployment announced to a country named as its host is a future show of force there (154),
not a threat to the host (138); one aimed toward or near a country, or at its border, stays a threat."""

from __future__ import annotations

import pytest

PHRASES = {"Britain": "GBR", "Estonia": "EST", "The United States": "USA", "Poland": "POL", "Taiwan": "TWN",
           "Russia": "RUS", "Ukrainian": "UKR", "Romania": "ROU"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain will send 5,000 troops to Estonia.", ("GBR", "EST", "154", "future")),
        ("The United States will deploy 3,000 troops to Poland.", ("USA", "POL", "154", "future")),
        ("The United States will deploy fighter jets in Romania.", ("USA", "ROU", "154", "future")),
    ],
)
def test_a_deployment_announced_to_a_host_is_no_threat_to_it(code, text, expected):
    got = code(text, PHRASES)
    assert expected in got, got
    assert not any(e[2].startswith("13") for e in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States will deploy warships near Taiwan.", ("USA", "TWN", "138", "future")),
        ("Russia will send troops to the Ukrainian border.", ("RUS", "UKR", "138", "future")),
    ],
)
def test_a_deployment_aimed_near_a_country_stays_a_threat(code, text, expected):
    assert expected in code(text, PHRASES)
