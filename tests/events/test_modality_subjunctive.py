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
    assert all(e["modality"] == "hypothetical" for e in done), rec["events"]
    # coded as hypothetical where it stands, or folded into the demand that asks for it
    assert done or any(e["cameo"].startswith("10") and e["modality"] == "asserted" for e in rec["events"]), rec["events"]


def test_a_reported_present_stays_asserted():
    (rec,) = code_records([{"id": "1", "text": "Officials said on Monday that rebels attack the village every night.",
                            "date": "2023-08-01"}])
    assert all(e["modality"] != "hypothetical" for e in rec["events"] if e["trigger"] == "attack"), rec["events"]


def test_a_coordinated_subject_is_plural_and_its_present_a_report():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "date": "2019-11-18",
                            "text": "MOSCOW (Reuters) - Lavrov said that Russia and China oppose the new US sanctions on Iran."}])
    assert ("CHN", "110", "asserted") in {(e["source"], e["cameo"], e["modality"]) for e in rec["events"]}, rec["events"]


@pytest.mark.parametrize("text, expected", [
    # the mandative subjunctive after a verb of demanding, as "must" is
    ("The EU insisted that Britain honour its financial commitments.", ("IGO", "100", "GBR")),
    # a verb of necessity in the present with its infinitive
    ("France said Iran needs to release the detained citizens.", ("FRA", "100", "IRN")),
    ("The IMF said Pakistan has to raise taxes.", ("IGO", "100", "PAK")),
])
def test_what_a_reported_clause_says_its_subject_must_do_is_demanded(text, expected):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-01-09"}])
    assert [(e["source"][:3], e["cameo"], (e["target"] or "")[:3]) for e in rec["events"] if e["modality"] == "asserted"] == [expected], rec["events"]


@pytest.mark.parametrize("text", [
    "Police said the suspect had to be restrained.",  # a passive necessity: nothing asked of the suspect
    "The company said it needed to cut 500 jobs.",  # the speaker's own need
    "The US said China has yet to respond to its request for talks.",  # what is not yet done, no demand
])
def test_a_necessity_that_is_no_demand(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-01-09"}])
    assert not [e for e in rec["events"] if e["cameo"].startswith("10")], rec["events"]
