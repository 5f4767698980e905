"""Force, a force posture or coercion that an approval or authorisation names as its object
("Congress authorized the use of force against Iraq", "parliament approved the deployment of
troops to Libya", "approved air strikes") is allowed, not yet used: future, as after "approved
sending troops" (cues.yaml `authorised_roots`, modality.py `authorised`). A measure approved
("approved sanctions against North Korea") is taken by the approval, and a decision or vote to
act commits its doer as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The Senate authorized the use of force against Iraq.",
         {"The Senate": "USALEG", "Iraq": "IRQ"}, ("USALEG", "IRQ", "future")),
        ("The Turkish parliament approved the deployment of troops to Libya.",
         {"The Turkish parliament": "TURLEG", "Libya": "LBY"}, ("TURLEG", "LBY", "future")),
        ("The British cabinet approved air strikes on Syria.",
         {"The British cabinet": "GBRGOV", "Syria": "SYR"}, ("GBRGOV", "SYR", "future")),
    ],
)
def test_force_approved_or_authorised_is_not_yet_used(code, text, phrases, expected):
    got = code(text, phrases)
    src, tgt, mod = expected
    assert [e for e in got if e[0] == src and e[2][:2] in ("15", "17", "18", "19", "20") and e[3] == mod], got
    assert not [e for e in got if e[0] == src and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The Security Council approved sanctions against North Korea.",
         {"The Security Council": "IGOUNO", "North Korea": "PRK"}, ("IGOUNO", "PRK", "163", "asserted")),
        ("The Israeli cabinet decided to impose a blockade on Gaza.",
         {"The Israeli cabinet": "ISRGOV", "Gaza": "PSE"}, ("ISRGOV", "PSE", "163", "asserted")),
    ],
)
def test_a_measure_approved_or_an_act_decided_stays_done(code, text, phrases, expected):
    assert expected in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("The UN Security Council authorized military action against Libya.",
         {"The UN Security Council": "IGOUNO", "Libya": "LBY"}, ("IGOUNO", "LBY", "190", "future")),
        ("Turkey took military action against Kurdish fighters in Syria.",
         {"Turkey": "TUR", "Kurdish fighters": "SYRREB", "Syria": "SYR"}, ("TUR", "SYRREB", "190", "asserted")),
        ("Macron did not rule out military action against Syria.",
         {"Macron": "FRAGOV", "Syria": "SYR"}, ("FRAGOV", "SYR", "190", "hypothetical")),
    ],
)
def test_military_action_is_force(code, text, phrases, expected):
    assert expected in code(text, phrases)


def test_legal_action_stays_a_lawsuit(code):
    got = code("Hungary took legal action against the European Commission.",
               {"Hungary": "HUN", "the European Commission": "IGOEUREEC"})
    assert not [e for e in got if e[2][:2] == "19"], got
