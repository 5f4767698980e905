"""Force a state uses on another state, its government, troops or the country itself is military
force (CAMEO 19), not the violent repression of a people (175): "Russia used force against
Ukraine" is 190, "police used force against protesters" stays 175 (cues.yaml `interstate_force`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Russia used force against Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"}, ("RUS", "UKR", "190", "asserted")),
        ("The Duma authorized Putin to use military force in Ukraine.",
         {"The Duma": "RUSLEG", "Putin": "RUSGOV", "Ukraine": "UKR"}, ("RUSGOV", "UKR", "190", "future")),
        ("Turkish troops used force against the Syrian army.",
         {"Turkish troops": "TURMIL", "the Syrian army": "SYRMIL"}, ("TURMIL", "SYRMIL", "190", "asserted")),
    ],
)
def test_force_used_on_another_state_is_military_force(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got, got
    assert not [e for e in got if e[2] == "175"], got


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Police used force against protesters in Minsk.", {"Police": "BLRCOP", "protesters": "BLROPP", "Minsk": "BLR"}),
        ("Soldiers used force against students in Yangon.", {"Soldiers": "MMRMIL", "students": "MMREDU", "Yangon": "MMR"}),
    ],
)
def test_force_used_on_people_stays_repression(code, text, phrases):
    got = code(text, phrases)
    assert [e for e in got if e[2] == "175"], got


def test_drones_fired_are_aerial_weapons_wherever_the_direction_hangs(code):
    # the parser hangs "towards Israel" on the drones, not on the verb
    got = code("Iran fired drones towards Israel.", {"Iran": "IRN", "Israel": "ISR"})
    assert ("IRN", "ISR", "195", "asserted") in got, got


def test_attackers_repelled_by_an_armed_side_are_its_targets(code):
    got = code("Ukrainian forces repelled Russian troops near Pokrovsk.", {"Ukrainian forces": "UKRMIL", "Russian troops": "RUSMIL"})
    assert ("UKRMIL", "RUSMIL", "190", "asserted") in got, got
    # disgust, not force
    got = code("Voters were repelled by the candidate.", {"Voters": "USACVL", "the candidate": "USAELI"})
    assert not got, got


def test_initialling_an_agreement_is_signing_it(code):
    got = code("Armenia and Azerbaijan initialled a peace agreement on Friday.", {"Armenia": "ARM", "Azerbaijan": "AZE"})
    assert ("ARM", "AZE", "057", "asserted") in got and ("AZE", "ARM", "057", "asserted") in got, got


def test_a_verb_sharing_a_weapons_subject_is_still_its_speakers_act(code):
    # "lodged" shares "the missiles" as subject with "fell", but the protest is the ministry's
    got = code("Japan's defence ministry said the missiles fell outside its exclusive economic zone and lodged a protest "
               "with Pyongyang.", {"Japan's defence ministry": "JPNGOV", "Pyongyang": "PRK"})
    assert ("JPNGOV", "PRK", "114", "asserted") in got, got
