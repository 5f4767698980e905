"""A hyphenated modifier the parser splits ("live-fire": "live" hung on "fire") is matched whole by
a row that names it (events/triggers.py `_mod_lemmas`): "China held live-fire drills near Taiwan"
is a show of force, as "military drills" is."""

from __future__ import annotations

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2025-03-02"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in out["events"]}


def test_a_split_hyphenated_modifier_matches_the_row():
    assert ("CHN", "150", "TWN") in _events("China held live-fire drills near Taiwan on Monday.")


def test_its_last_word_alone_does_not():
    assert not _events("The ministry held a fire drill in Beijing on Monday.")
