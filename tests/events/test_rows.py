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
