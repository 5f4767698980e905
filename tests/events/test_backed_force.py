"""Backing for an act of force backs its doer, never whom the force is aimed at: "efforts to
build support for an attack on Iraq" is no support for Iraq; "voiced support for the US attack
on Iraq" backs the United States."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}


def test_support_for_an_attack_is_none_for_its_target():
    found = _events("The gap is complicating White House efforts to build support for an attack on Iraq.")
    assert not any(t.startswith("IRQ") and c[:2] == "05" for _, t, c in found)


def test_support_for_an_attack_backs_its_doer():
    found = _events("Britain voiced support for the US attack on Iraq.")
    assert ("GBR", "USA", "051") in found
    assert not any(t == "IRQ" for _, t, _ in found)


def test_support_for_a_country_stays():
    assert ("DEU", "UKR", "051") in _events("Germany expressed support for Ukraine.")


def test_backing_an_attack_by_verb_is_none_for_its_target():
    assert not any(t == "IRN" for _, t, _ in _events("Britain backed military strikes against Iran."))
    assert ("DEU", "UKR", "051") in _events("Germany backed Ukraine.")
