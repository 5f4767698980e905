"""Money, business or a ballot received is no visit hosted: the generic "receive" 043 row is for guests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Chelsea received a transfer fee of 50 million euros from Real Madrid.",
    "Toyota received an order from Indian Railways.",
    "The club received a bid from Manchester United for the striker.",
    "Samsung received a record order from Apple.",
    "Boeing received approval from the US Federal Aviation Administration.",
    "Siemens received a payment from the Egyptian government last month.",
    "The opposition candidate received 40 percent of the vote.",
])
def test_business_received_is_no_visit(story, text):
    assert not any(e[2] == "043" for e in story(text)), text


def test_guests_received_are_still_hosted(story):
    assert ("RUSGOV", "HUNGOV", "043", "asserted") in story(
        "Putin received Hungarian Prime Minister Viktor Orban in the Kremlin on Tuesday.")
    assert any(e[2] == "043" for e in story("Erdogan received a delegation from Iran in Ankara."))
