"""Verbal and material cooperation as wire copy words it (an inquiry received, help given to an
act, an apology offered). Sentences written for these tests, not taken from the dev gold."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- an inquiry from someone is a question asked
@pytest.mark.parametrize("text, phrases", [
    ("The Kenyan embassy received an inquiry from the Ugandan government about the shipment.",
     {"The Kenyan embassy": "KENGOV", "the Ugandan government": "UGAGOV"}),
    ("The Chinese embassy did not respond to an inquiry from the State Department.",
     {"The Chinese embassy": "CHNGOV", "the State Department": "USAGOV"}),
])
def test_an_inquiry_from_someone_is_no_investigation(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2][:2] == "09"]


def test_an_inquiry_by_someone_is_still_an_investigation(code):
    got = code("An inquiry by Britain into the conduct of Iraqi police found abuses.", {"Britain": "GBR", "Iraqi police": "IRQCOP"})
    assert ("GBR", "IRQCOP", "090", "asserted") in got


# ---------------------------------------------------------------- help with no one helped joins the act it helps in
SIDES = {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS", "Britain": "GBR", "Ukrainian soldiers": "UKRMIL",
         "The United States": "USA", "Ukraine": "UKR"}


def test_helping_to_broker_is_brokering_not_aid(code):
    got = code("Egypt helped broker a ceasefire between Israel and Hamas.", SIDES)
    helped = {(s, t, c) for s, t, c, _ in got if s == "EGY"}
    assert helped == {("EGY", "ISR", "045"), ("EGY", "PSEREBHMS", "045")}


def test_helping_to_train_soldiers_is_the_training(code):
    assert code("Britain helped to train Ukrainian soldiers.", SIDES) == [("GBR", "UKRMIL", "062", "asserted")]


def test_helping_someone_is_still_aid_to_them(code):
    got = code("The United States helped Ukraine rebuild its power grid.", SIDES)
    assert got == [("USA", "UKR", "070", "asserted")]


# ---------------------------------------------------------------- an apology offered is made
@pytest.mark.parametrize("text, phrases, want", [
    ("Japan offered an apology to South Korea.", {"Japan": "JPN", "South Korea": "KOR"}, ("JPN", "KOR", "055", "asserted")),
    ("Germany extended an apology to Namibia.", {"Germany": "DEU", "Namibia": "NAM"}, ("DEU", "NAM", "055", "asserted")),
])
def test_an_apology_offered_is_an_apology(code, text, phrases, want):
    assert code(text, phrases) == [want]


# ---------------------------------------------------------------- a mediation promised is an intent to mediate
@pytest.mark.parametrize("text, phrases", [
    ("India offered to mediate between Russia and Ukraine.", {"India": "IND", "Russia": "RUS", "Ukraine": "UKR"}),
    ("Qatar will mediate between Russia and Ukraine.", {"Qatar": "QAT", "Russia": "RUS", "Ukraine": "UKR"}),
])
def test_a_mediation_offered_or_announced_is_an_intent_to_mediate(code, text, phrases):
    got = code(text, phrases)
    assert got and all(c == "039" for _, _, c, _ in got), got
