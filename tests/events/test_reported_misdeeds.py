"""A reported clause that tells its subject did a misdeed CAMEO has no code for accuses it (112):
harbouring terrorists, stalling talks, fabricating evidence, persecuting a people, stealing
(cues.yaml `misdeed_verbs`); not when negated or only possible."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("Afghanistan said Iran was harbouring Taliban commanders.", "AFG", "IRN"),
    ("Egypt said Ethiopia was stalling the negotiations on the dam.", "EGY", "ETH"),
    ("Venezuela said Colombia had fabricated the documents.", "VEN", "COL"),
    ("Germany said Belarus was exploiting the migrants at the border.", "DEU", "BLR"),
    ("Moldova said Russia had bribed the voters.", "MDA", "RUS"),
])
def test_a_reported_misdeed_is_an_accusation(text, source, target):
    got = _events(text)
    assert any(e[0].startswith(source) and e[1].startswith(target) and e[2] == "112" for e in got), got


@pytest.mark.parametrize("text", [
    "Afghanistan said Iran was not harbouring Taliban commanders.",
    "Afghanistan said Iran could be harbouring Taliban commanders.",
])
def test_no_accusation_when_denied_or_only_possible(text):
    assert not any(e[2] == "112" for e in _events(text)), _events(text)
