"""A noun row that requires modifiers picks the word's sense by them, as a verb row's object does:
"air strikes" are no labour strike, so the event gets no `ambiguous_trigger` doubt; a bare
"strike" still does."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return rec["events"]


def test_air_strikes_are_not_ambiguous():
    got = [e for e in _events("The ceasefire collapsed after a wave of Israeli air strikes against Syrian army positions.")
           if e["cameo"].startswith("19")]
    assert got and all("ambiguous_trigger" not in e["confidence_factors"] for e in got), got


def test_a_bare_strike_stays_ambiguous():
    got = [e for e in _events("The ceasefire collapsed after a wave of Israeli strikes on Syrian army positions.")
           if e["cameo"].startswith("19")]
    assert got and all("ambiguous_trigger" in e["confidence_factors"] for e in got), got
