"""Who speaks in "the paper quoted X as saying ...": X, the object of "quoted", not the paper that
quotes; a gerund after "as" tells what the object is said or seen to do (events/roles.py
`_OBJECT_CONTROL_PREPS`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "A Moscow newspaper quoted Russian officials as saying Ukraine was behind the explosion at the bridge.",
    "The news agency quoted Russian officials as saying that Ukraine was responsible for the attack on the depot.",
])
def test_the_one_quoted_accuses(text):
    got = _events(text)
    assert any(e[0].startswith("RUS") and e[1].startswith("UKR") and e[2] == "112" for e in got), got
    assert not any(e[0] and "MED" in e[0] and e[2] == "112" for e in got), got


def test_the_quoted_speaker_in_the_passive_stays():
    got = _events("Russian officials were quoted as saying Ukraine was behind the explosion at the bridge.")
    assert any(e[0].startswith("RUS") and e[1].startswith("UKR") and e[2] == "112" for e in got), got


def test_an_accusation_of_doing_stays_with_the_object():
    got = _events("The French president accused Italy of blocking the rescue ship.")
    assert any(e[:2] == ("FRAGOV", "ITA") and e[2].startswith("112") for e in got), got
