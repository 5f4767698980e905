"""A province's or state's office and its country's government share a code (CANGOV, DEUGOV) but
are two actors: a title its province names ("Quebec's premier", "Ontario Premier Doug Ford",
"Bavaria's premier") acts on the federal government; a national premier does not act on his own."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_provincial_premier_acts_on_the_federal_government():
    assert _events("Alberta's premier condemned the federal government on Monday.") == [
        ("CANGOV", "CANGOV", "111", "asserted")]
    assert _events("Ontario Premier Doug Ford criticised the federal government over the budget.") == [
        ("CANGOV", "CANGOV", "111", "asserted")]
    assert _events("The premier of New South Wales criticised the Australian government on Friday.") == [
        ("AUSGOV", "AUSGOV", "111", "asserted")]
    assert _events("MUNICH (Reuters) - Bavaria's premier criticised the German government on Monday.") == [
        ("DEUGOV", "DEUGOV", "111", "asserted")]


def test_a_national_premier_and_his_government_are_one():
    assert _events("China's premier praised the Chinese government's response on Monday.") == []
