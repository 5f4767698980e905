"""The mandative subjunctive: what a government demanded or insisted be done has not been done,
however the parser tags the bare verb ("that China withdraw" is often read as a plural present)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


@pytest.mark.parametrize("text, trigger", [
    ("HANOI (AFP) - Vietnam demanded on Thursday that China withdraw a survey vessel from its exclusive economic "
     "zone, the foreign ministry said.", "withdraw"),
    ("TOKYO (Reuters) - Japan insisted that Russia return the islands to Japan.", "return"),
])
def test_what_was_demanded_is_not_asserted(text, trigger):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-08-01"}])
    done = [e for e in rec["events"] if e["trigger"] == trigger]
    assert done and all(e["modality"] == "hypothetical" for e in done), rec["events"]


def test_a_reported_present_stays_asserted():
    (rec,) = code_records([{"id": "1", "text": "Officials said on Monday that rebels attack the village every night.",
                            "date": "2023-08-01"}])
    assert all(e["modality"] != "hypothetical" for e in rec["events"] if e["trigger"] == "attack"), rec["events"]


def test_a_coordinated_subject_is_plural_and_its_present_a_report():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "date": "2019-11-18",
                            "text": "MOSCOW (Reuters) - Lavrov said that Russia and China oppose the new sanctions on Iran."}])
    assert ("CHN", "110", "asserted") in {(e["source"], e["cameo"], e["modality"]) for e in rec["events"]}, rec["events"]
