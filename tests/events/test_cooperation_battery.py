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
