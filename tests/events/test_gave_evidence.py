"""Evidence or testimony given "to" or "before" a court, an inquiry or a legislature's committee is
testimony, which shares information (CAMEO 064), as "testified before" is."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, pair", [
    ("The Pakistani foreign minister gave testimony before a Senate committee in Washington.", ("PAKGOV", "USALEG")),
    ("A Kenyan police officer gave evidence to a court in Nairobi on Monday.", ("KENCOP", "KENJUD")),
])
def test_evidence_given_to_a_body_is_testimony(text, pair):
    got = _events(text)
    assert any(e[:2] == pair and e[2] == "064" for e in got), got


def test_evidence_of_a_deed_handed_over_is_no_testimony():
    got = _events("Britain gave evidence of the plot to Pakistan.")
    assert not any(e[2] == "064" for e in got), got
