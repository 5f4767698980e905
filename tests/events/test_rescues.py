"""A rescue ("firefighters rescued 20 people trapped in the building", "police rescued the
kidnapped girl") has no CAMEO code; relief teams sent abroad are aid by the send/dispatch rows of
patterns.tsv."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "JOHANNESBURG (Reuters) - South African firefighters rescued 20 people trapped in a collapsed building.",
    "Australian police rescued two hikers stranded in the mountains near Sydney.",
    "The Norwegian freighter rescued 400 Afghan asylum seekers from a sinking ferry.",
])
def test_a_rescue_codes_no_event(text):
    assert not any(e[2].startswith("07") for e in _events(text)), _events(text)


def test_a_rescue_team_sent_abroad_stays_aid():
    got = _events("LONDON (Reuters) - Britain dispatched a rescue team to Turkey after the earthquake.")
    assert ("GBR", "TUR", "073") in got, got
