"""A policy or plan attacked in words is criticism aimed at whose it is, not at a country its
"on" phrase names ("attacked the government's policy on Russia" is against the government), as
for "slammed" (patterns.tsv `attack` V policy|plan ..., flag `patient`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_an_attacked_policy_on_a_country_is_its_owners():
    got = _events("LONDON (Reuters) - The opposition attacked the government's policy on Russia.")
    assert ("GBROPP", "GBRGOV", "111") in got and not any(t == "RUS" for s, t, c in got), got


def test_an_attacked_plan_of_a_state_stays_against_it():
    assert ("RUS", "UKR", "111") in _events("MOSCOW (Reuters) - Russia attacked Ukraine's plan.")
