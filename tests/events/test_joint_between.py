"""A joint act told with no doer, whose "between X and Y" phrase the parser hung on the verb of
which the act is the subject, or on the subject of the act's passive verb, is the two sides'
act, both ways round (roles.joint_between)."""

from __future__ import annotations

import pytest

SIDES = {"Iran": "IRN", "the United States": "USA", "Armenia": "ARM", "Azerbaijan": "AZE",
         "Egypt": "EGY", "Ethiopia": "ETH", "the army": "LBNMIL", "Islamist militants": "LBNREB",
         "Iraq": "IRQ"}


@pytest.mark.parametrize("text, pair, cameo", [
    ("Talks were held between Iran and the United States in Oman on Saturday.", ("IRN", "USA"), "046"),
    ("Fighting erupted between the army and Islamist militants on Sunday.", ("LBNMIL", "LBNREB"), "190"),
    ("A deal between Egypt and Ethiopia was signed on Thursday.", ("EGY", "ETH"), "057"),
    ("A ceasefire agreement between Armenia and Azerbaijan was signed in Moscow.", ("ARM", "AZE"), "057"),
])
def test_a_joint_act_with_its_sides_on_the_verb_or_the_passive_subject(code, text, pair, cameo):
    got = code(text, SIDES)
    assert (pair[0], pair[1], cameo, "asserted") in got and (pair[1], pair[0], cameo, "asserted") in got, got


@pytest.mark.parametrize("text, mod", [
    ("Talks could resume between Iran and the United States next week.", "hypothetical"),
    ("A deal was not signed between Iran and the United States.", "negated"),
])
def test_the_verb_still_says_whether_it_happened(code, text, mod):
    got = code(text, SIDES)
    assert got and all(m == mod for *_, m in got), got


def test_a_verb_with_a_doer_of_its_own_keeps_it(code):
    got = code("A deal between Egypt and Ethiopia was criticised by Iran.", SIDES)
    assert not any(e[2].startswith("05") for e in got), got
