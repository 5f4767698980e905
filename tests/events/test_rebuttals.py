"""Acts rebutted: what a verb of rebuttal answers ("rejected U.S. criticism") is another's act, done."""

from __future__ import annotations

import pytest

PHRASES = {"China": "CHN", "U.S.": "USA", "Giuseppe Conte": "ITAGOV", "Matteo Salvini": "ITAPTY",
           "Viktor Orban": "HUNGOV", "the European Commission": "IGOEUREEC", "France's government": "FRAGOV",
           "the unions": "FRALAB", "The ministry": "RUSGOV", "Russia": "RUS", "Britain": "GBR"}


@pytest.mark.parametrize(
    "text, rebutted, rebuttal",
    [
        ("China on Monday rejected U.S. criticism of its policies in Xinjiang.",
         ("USA", "CHN", "111", "asserted"), ("CHN", "USA", "120", "asserted")),
        ("Italian Prime Minister Giuseppe Conte denied accusations by League leader Matteo Salvini that he had "
         "secretly approved the reform.", ("ITAPTY", "ITAGOV", "112", "asserted"), ("ITAGOV", "ITAPTY", "016", "asserted")),
        ("Hungarian Prime Minister Viktor Orban rebuffed criticism from the European Commission over migration.",
         ("IGOEUREEC", "HUNGOV", "111", "asserted"), ("HUNGOV", "IGOEUREEC", "120", "asserted")),
        ("France's government rejected the unions' demands on Tuesday.",
         ("FRALAB", "FRAGOV", "100", "asserted"), ("FRAGOV", "FRALAB", "120", "asserted")),
    ],
)
def test_a_rebutted_act_is_coded_by_its_own_doer_against_the_rebutter(code, text, rebutted, rebuttal):
    got = code(text, PHRASES)
    assert rebutted in got
    assert rebuttal in got


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dismissed criticism of its conduct on Friday.",  # no one named who criticised
        "Russia rejected the accusations as baseless.",
    ],
)
def test_a_rebutted_act_with_no_doer_named_is_no_event(code, text):
    assert all(e[2][:2] not in ("10", "11") for e in code(text, PHRASES))


def test_the_rebutted_act_keeps_its_own_target(code):
    got = code("China on Monday rejected U.S. criticism of Britain.", PHRASES)
    assert ("USA", "GBR", "111", "asserted") in got
    assert ("USA", "CHN", "111", "asserted") not in got
