"""A clash with an international body that has no arms of its own ("Australia and the UN clashed
over how to deal with asylum seekers", "Hungary clashed with the EU over migration quotas") is
fought with words (111); a clash with its peacekeepers or between two states stays force."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _codes(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Australia and the United Nations have openly clashed in Geneva over how best to deal with asylum seekers.",
     ("AUS", "IGOUNO", "11")),
    ("Hungary clashed with the European Union over migration quotas.", ("HUN", "IGOEUREEC", "11")),
])
def test_a_clash_with_an_unarmed_international_body_is_words(text, want):
    got = _codes(text)
    assert want in got and not any(e[2] == "19" for e in got), got


@pytest.mark.parametrize("text, want", [
    ("UN peacekeepers clashed with rebels in eastern Congo.", ("IGOUNOMIL", "CODREB", "19")),
    ("India and Pakistan clashed over Kashmir.", ("IND", "PAK", "19")),
])
def test_clashes_of_armed_sides_stay_force(text, want):
    assert want in _codes(text)
