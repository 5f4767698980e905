"""Verbs that report what was said ("argued", "maintained", "reiterated", "suggested", "confirmed")
code the demand or accusation their clause tells, as "said" does, but no plain statement of their
own (patterns.tsv flag `report`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("verb", ["argued", "maintained", "reiterated", "insisted"])
def test_a_reported_must_is_a_demand(verb):
    got = _events(f"Moscow {verb} that Kyiv must pull its forces back from the border.")
    assert ("RUSGOV", "UKRGOV", "100") in got or ("RUS", "UKR", "100") in got, got


def test_a_suggested_should_is_a_demand():
    got = _events("Japan suggested that South Korea should stop its drills near the islands.")
    assert any(e[:2] == ("JPN", "KOR") and e[2].startswith("10") for e in got), got


def test_a_reported_misdeed_is_an_accusation():
    got = _events("Beijing argued that Washington was trying to smear the Chinese government.")
    assert any(e[0].startswith("CHN") and e[1].startswith("USA") and e[2] == "112" for e in got), got


@pytest.mark.parametrize("text", [
    "The Kenyan minister maintained that the Ugandan delegation had arrived late.",
    "The French ambassador confirmed that the German envoy was in Paris.",
    "Officials explained that the Turkish president would travel on Monday.",
])
def test_no_plain_statement_of_their_own(text):
    assert not any(e[2] == "010" for e in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "Russia is maintaining close ties with Iran.",
    "The Pentagon confirmed the Iranian report.",
])
def test_without_a_clause_nothing_is_reported(text):
    assert not any(e[2] == "010" for e in _events(text)), _events(text)
