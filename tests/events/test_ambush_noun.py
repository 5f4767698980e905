"""An ambush named by its noun is an attack, as the verb is: a killing "in an ambush by" someone is
theirs (patterns.tsv `ambush` N; events/arguments.py `attack_doers`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_killing_in_an_ambush_is_the_ambushers():
    got = _events("BAMAKO (Reuters) - Three soldiers were killed in an ambush by Islamist militants in central Mali.")
    assert ("MLIREB", "MLIMIL", "1823") in got, got
