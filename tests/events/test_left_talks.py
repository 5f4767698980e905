"""Talks or an agreement pulled out of, and a recognition withdrawn, reduce relations (16), no
military withdrawal (087): patterns.tsv `pull out` and `withdraw recognition` rows."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_talks_pulled_out_of_are_halted():
    assert ("USA", "IRN", "164", "asserted") in _events(
        "WASHINGTON (Reuters) - The United States pulled out of talks with Iran.")


def test_a_deal_pulled_out_of_reduces_relations():
    got = _events("WASHINGTON (Reuters) - The United States pulled out of the nuclear deal with Iran in 2018.")
    assert ("USA", "IRN", "160", "asserted") in got


def test_a_recognition_withdrawn_reduces_relations():
    assert ("VUT", "ESH", "161", "asserted") in _events(
        "PORT VILA (Reuters) - Vanuatu withdrew recognition of Western Sahara.")


def test_a_country_pulled_out_of_is_a_withdrawal():
    assert ("USA", "AFG", "087", "asserted") in _events(
        "KABUL (Reuters) - The United States pulled out of Afghanistan in 2021.")
