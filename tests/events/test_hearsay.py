"""An asserted act told at second hand ("reportedly met", "is believed to have deployed",
"unconfirmed reports said") keeps its modality but is less sure: the `hearsay` factor. A report
the act itself rejects ("denied unconfirmed reports") is its object, no doubt about it."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def factors(text, cameo_root):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    found = [e for e in rec["events"] if e["cameo"].startswith(cameo_root) and e["modality"] == "asserted"]
    assert found, rec["events"]
    return found[0]["confidence_factors"]


@pytest.mark.parametrize("text, root", [
    ("Pakistan reportedly met Taliban officials in Doha last week.", "04"),
    ("Russia is believed to have deployed new missiles near the Ukrainian border.", "15"),
    ("France is said to have arrested a Russian spy in Marseille.", "17"),
    ("Unconfirmed reports said Sudanese troops had shelled a refugee camp in Darfur.", "19"),
])
def test_an_act_told_at_second_hand_is_less_sure(text, root):
    assert "cues.hearsay" in factors(text, root)


@pytest.mark.parametrize("text, root", [
    ("France arrested a Russian spy in Marseille, the minister said.", "17"),
    ("Sudanese troops shelled a refugee camp in Darfur, officials said.", "19"),
])
def test_an_act_told_first_hand_has_no_hearsay(text, root):
    assert "cues.hearsay" not in factors(text, root)
