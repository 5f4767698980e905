"""A rival's measure named short of what is needed, ill-judged or beyond pardon ("inadequate",
"unworkable", "ineffective", "vile") is criticism of the rival (111), as "unacceptable" is
(cues.yaml disapproval_words); said of a thing no actor owns, it judges no one."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("The Canadian opposition said the Canadian government's response to the fires was inadequate.", "CAN", "CAN"),
    ("Venezuela said the American sanctions were ineffective and unnecessary.", "VEN", "USA"),
    ("Greece said the Turkish proposal was unworkable.", "GRC", "TUR"),
    ("Serbia said Kosovo's decision was ill-conceived.", "SRB", "XKX"),
])
def test_shortfall_is_criticism(text, source, target):
    got = _events(text)
    assert any(e[0].startswith(source) and e[1].startswith(target) and e[2] == "111" for e in got), got


@pytest.mark.parametrize("text", [
    "Kenyan officials said the capacity of the dam was inadequate.",
    "The Kenyan minister said the rainfall had been insufficient.",
])
def test_a_thing_no_actor_owns_is_judged_by_no_one(text):
    assert not any(e[2] == "111" for e in _events(text)), _events(text)
