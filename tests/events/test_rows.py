"""Pattern rows for common acts the lexicon missed or misread: measures undone, crimes committed,
arms delivered, envoys summoned, prisoners swapped."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Mexico scrapped tariffs on Chinese cars.", {"Mexico": "MEX", "Chinese": "CHN"}, ("MEX", "CHN", "085", "asserted")),
        ("The EU suspended sanctions on Belarus.", {"The EU": "EEC", "Belarus": "BLR"}, ("EEC", "BLR", "085", "asserted")),
        ("Canada dropped the embargo on Cuba.", {"Canada": "CAN", "Cuba": "CUB"}, ("CAN", "CUB", "085", "asserted")),
        ("Japan removed restrictions on South Korean exports.", {"Japan": "JPN", "South Korean": "KOR"}, ("JPN", "KOR", "081", "asserted")),
        ("Britain will cut tariffs on Indian textiles.", {"Britain": "GBR", "Indian": "IND"}, ("GBR", "IND", "0354", "future")),
        ("The US announced the lifting of sanctions on Syria.", {"The US": "USA", "Syria": "SYR"}, ("USA", "SYR", "085", "asserted")),
        ("The EU announced the removal of sanctions on Iran.", {"The EU": "EEC", "Iran": "IRN"}, ("EEC", "IRN", "085", "asserted")),
    ],
)
def test_a_measure_undone_is_an_easing(code, text, phrases, want):
    assert code(text, phrases) == [want]


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Russian troops are committing atrocities in Kherson.", {"Russian troops": "RUSMIL", "Kherson": "UKR"}),
        ("Russian soldiers committed war crimes in Bucha.", {"Russian soldiers": "RUSMIL", "Bucha": "UKR"}),
        ("Israel committed genocide in Gaza.", {"Israel": "ISR", "Gaza": "PSE"}),
    ],
)
def test_committing_a_crime_is_no_commitment(code, text, phrases):
    assert code(text, phrases) == []


def test_committing_money_is_still_a_commitment(code):
    assert code("The US committed $500 million to Ukraine.", {"The US": "USA", "Ukraine": "UKR"}) == [("USA", "UKR", "030", "asserted")]


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Britain delivered tanks to Ukraine.", {"Britain": "GBR", "Ukraine": "UKR"}, ("GBR", "UKR", "072", "asserted")),
        ("The US sent HIMARS launchers to Ukraine.", {"The US": "USA", "Ukraine": "UKR"}, ("USA", "UKR", "072", "asserted")),
        ("Denmark handed over fighter jets to Ukraine.", {"Denmark": "DNK", "Ukraine": "UKR"}, ("DNK", "UKR", "072", "asserted")),
        ("Iran transferred drones to Russia.", {"Iran": "IRN", "Russia": "RUS"}, ("IRN", "RUS", "072", "asserted")),
        ("Germany supplied air defence systems to Ukraine.", {"Germany": "DEU", "Ukraine": "UKR"}, ("DEU", "UKR", "072", "asserted")),
        ("Washington approved a $3bn arms sale to Taiwan.", {"Washington": "USA", "Taiwan": "TWN"}, ("USA", "TWN", "072", "asserted")),
    ],
)
def test_military_hardware_handed_over_is_military_aid(code, text, phrases, want):
    assert code(text, phrases) == [want]


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Poland summoned the Russian chargé d'affaires.", {"Poland": "POL", "Russian": "RUS"}, ("POL", "RUS", "040", "asserted")),
        ("India summoned the British high commissioner.", {"India": "IND", "British": "GBR"}, ("IND", "GBR", "040", "asserted")),
        ("China summoned the Japanese consul general.", {"China": "CHN", "Japanese": "JPN"}, ("CHN", "JPN", "040", "asserted")),
    ],
)
def test_summoning_any_envoy_is_as_an_ambassador(code, text, phrases, want):
    assert code(text, phrases) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine exchanged 390 prisoners of war.",
        "Russia and Ukraine swapped 84 prisoners.",
        "Russia and Ukraine completed a prisoner exchange.",
    ],
)
def test_a_prisoner_swap_releases_persons_both_ways(code, text):
    got = code(text, {"Russia": "RUS", "Ukraine": "UKR"})
    assert set(got) == {("RUS", "UKR", "0841", "asserted"), ("UKR", "RUS", "0841", "asserted")}


def test_exchanging_fire_and_views(code):
    # views exchanged are a consultation both ways (patterns.tsv "exchange ... view"); fire is force
    got = code("Russia and Ukraine exchanged views.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert set(got) == {("RUS", "UKR", "040", "asserted"), ("UKR", "RUS", "040", "asserted")}
    got = code("Russia and Ukraine exchanged fire.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert set(got) == {("RUS", "UKR", "190", "asserted"), ("UKR", "RUS", "190", "asserted")}
