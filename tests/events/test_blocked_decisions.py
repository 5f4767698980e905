"""Blocking a decision, a sale or a transfer is a political rejection (120), as blocking a bid is;
a relative pronoun object ("which Hungary blocked") is read as the noun it stands for."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_court_blocking_a_sale_rejects_it():
    got = _events("WASHINGTON (Reuters) - A federal court blocked the sale of the steelmaker to a Japanese rival.")
    assert any(s == "USAJUD" and c == "120" for s, t, c in got), got
    assert not any(c == "144" for s, t, c in got), got


def test_a_relative_object_is_the_thing_blocked():
    got = _events("The sanctions package, which Hungary blocked, targeted Russian banks.")
    assert not any(c == "144" for s, t, c in got), got  # no road blocked


def test_a_road_blocked_stays_an_obstruction():
    got = _events("KYIV (Reuters) - Protesters blocked the road to the airport.")
    assert any(c == "144" for s, t, c in got), got
