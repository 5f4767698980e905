"""What one is praised, thanked or blamed for is one's own act, never the judge's; blamed for, it
is only alleged (events/build.py `_judged_for`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2025-02-21"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_the_war_one_is_blamed_for_is_the_blamed_ones_and_alleged():
    got = _events("WASHINGTON (Reuters) - President Donald Trump on Friday blamed Ukrainian President Volodymyr Zelenskiy "
                  "for the war with Russia.")
    assert ("UKRGOV", "RUS", "190", "hypothetical") in got, got
    assert not any(s == "USAGOV" and c == "190" for s, t, c, m in got), got
