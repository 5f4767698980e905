"""Workers who "walk off the job" stop work: a labour strike (143), against their employer or their
state, when every doer is of a striking role; an army walking off is no strike."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text", [
    "Thousands of Australian construction workers walked off the job to protest the new industrial relations law.",
    "Canadian teachers walked off the job on Monday over the province's new pension law.",
])
def test_walking_off_the_job_is_a_labour_strike(text):
    got = _events(text)
    assert any(e[2] == "143" and e[0][3:] in ("LAB", "EDU") for e in got), got


def test_workers_walking_off_the_job_at_a_firm_strike_against_it():
    got = _events("About 5,000 Australian bank workers walked off the job at Westpac Banking Corp on Tuesday.")
    assert any(e[:1] == ("AUSLAB",) and e[2] == "143" and "BUS" in (e[1] or "") for e in got), got


def test_an_army_walking_off_the_job_is_no_strike():
    got = _events("The Australian army walked off the job.")
    assert not any(e[2].startswith("14") for e in got), got
