"""Acts rebutted through a frame of answering ("pushed back against criticism from X",
"responded angrily to the criticism from Y"): the criticism or demand was made, by its own doer
against the subject, as with a verb of rebuttal."""

from __future__ import annotations

import pytest

PHRASES = {"Israel": "ISR", "the United Nations": "IGOUNO", "China": "CHN", "the United States": "USA",
           "Canada": "CAN", "Iran": "IRN", "France": "FRA", "Moscow": "RUSGOV", "London": "GBR",
           "Britain": "GBR", "Russia": "RUS", "the opposition": "GBROPP", "The government": "GBRGOV"}


@pytest.mark.parametrize(
    "text, made",
    [
        ("Israel pushed back against criticism from the United Nations.", ("IGOUNO", "ISR", "111", "asserted")),
        ("China pushed back on the accusations by the United States.", ("USA", "CHN", "112", "asserted")),
        ("China responded angrily to the criticism from Canada.", ("CAN", "CHN", "111", "asserted")),
        ("Iran responded to criticism from France by summoning its ambassador.", ("FRA", "IRN", "111", "asserted")),
        ("Moscow hit back at accusations by London.", ("GBR", "RUSGOV", "112", "asserted")),
        ("The government reacted to demands from the opposition for an inquiry.",
         ("GBROPP", "GBRGOV", "101", "asserted")),
    ],
)
def test_an_act_answered_through_a_frame_is_coded_by_its_own_doer(code, text, made):
    assert made in code(text, PHRASES)


@pytest.mark.parametrize(
    "text, rebuttal",
    [
        ("Israel pushed back against criticism from the United Nations.", ("ISR", "IGOUNO", "120", "asserted")),
        ("China pushed back against the accusations by the United States.", ("CHN", "USA", "016", "asserted")),
    ],
)
def test_pushing_back_against_words_rejects_their_maker(code, text, rebuttal):
    assert rebuttal in code(text, PHRASES)


@pytest.mark.parametrize(
    "text",
    [
        "China responded to the sanctions by the United States with tariffs.",  # a measure, not words: no rebuttal
        "Britain responded to criticism of its policy.",  # no one named who criticised
        "Israel pushed against the door.",
    ],
)
def test_no_rebutted_act_without_words_and_a_doer(code, text):
    assert all(e[2][:2] not in ("10", "11", "12") for e in code(text, PHRASES))


@pytest.mark.parametrize(
    "text, made",
    [
        ("The Kremlin said the accusations by London were absurd.", ("GBR", "RUSGOV", "112", "asserted")),
        ("India said Pakistan's criticism was unacceptable.", ("PAK", "IND", "111", "asserted")),
    ],
)
def test_an_act_a_speaker_judges_wrong_was_made_against_the_speaker(code, text, made):
    phrases = {"The Kremlin": "RUSGOV", "London": "GBR", "India": "IND", "Pakistan": "PAK"}
    assert made in code(text, phrases)


def test_an_act_judged_not_wrong_is_no_rebuttal(code):
    got = code("The Kremlin said the accusations by London were not unfair.", {"The Kremlin": "RUSGOV", "London": "GBR"})
    assert ("GBR", "RUSGOV", "112", "asserted") not in got
