"""Where a meeting's or a call's doer took part from is no counterpart (cues.yaml `origin_preps`,
events/build.py `_called_from`): "spoke by phone from the White House" held no talks with the US
government; a "from" phrase of a call received still names the caller."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Biden spoke by phone from the White House.", {"Biden": "USAELI", "the White House": "USAGOV"}),
        ("Phoning in from London, Harper remembered the anxiety.", {"Harper": "USACVL", "London": "GBR"}),
        ("Erdogan spoke by video link from London.", {"Erdogan": "TURGOV", "London": "GBR"}),
    ],
)
def test_the_place_one_called_from_is_no_counterpart(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[2].startswith("04")], got


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Biden spoke by phone from the White House with Zelenskyy.", {"Biden": "USAGOV", "the White House": "USAGOV", "Zelenskyy": "UKRGOV"},
         ("USAGOV", "UKRGOV", "041", "asserted")),
        ("Merkel phoned Putin from Berlin.", {"Merkel": "DEUGOV", "Putin": "RUSGOV", "Berlin": "DEU"},
         ("DEUGOV", "RUSGOV", "041", "asserted")),
        ("Turkey received a call from Russia.", {"Turkey": "TUR", "Russia": "RUS"}, ("RUS", "TUR", "041", "asserted")),
    ],
)
def test_the_one_called_is_still_the_counterpart(code, text, phrases, want):
    assert want in code(text, phrases)
