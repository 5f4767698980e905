"""Remembrance promised is no intent to cooperate (CAMEO 030): "vowed never to forget the
victims", "pledged to remember the soldiers who died" promise nothing to anyone."""

from __future__ import annotations

from detente.engine import code_records


def _codes(text: str) -> set[str]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {e["cameo"] for e in rec["events"]}


def test_remembrance_promised_is_no_intent():
    assert not _codes("US Defense Secretary Lloyd Austin vowed never to forget the American victims of the attack.")
    assert not _codes("Australian Prime Minister Anthony Albanese pledged to remember the Australian soldiers who died.")


def test_help_promised_stays_an_intent():
    assert "033" in _codes("Japan promised aid to the Philippines.")
