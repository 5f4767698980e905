"""A person charged without a "with" phrase ("has been charged over the stabbing", "was charged
after the chase") is charged in law (173), as "charged X with murder" is; "charged" stays an
accusation (112) only where it tells the charge in a clause of its own ("critics charged that the
minister had lied"; patterns.tsv flag `clause`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_person_charged_over_a_crime_is_a_legal_charge():
    got = _events("SYDNEY (Reuters) - A 25-year-old man has been charged over a fatal stabbing in Brisbane.")
    assert any(c == "173" and t == "AUSCRM" for s, t, c in got) and not any(c == "112" for s, t, c in got), got


def test_a_bare_passive_charge_is_a_legal_charge():
    got = _events("SYDNEY (Reuters) - The man has been charged and will appear in court on Monday.")
    assert any(c == "173" for s, t, c in got) and not any(c == "112" for s, t, c in got), got


def test_a_charge_told_in_a_clause_is_an_accusation():
    got = _events("LONDON (Reuters) - Opposition leaders charged that the minister had lied to parliament.")
    assert any(c == "112" for s, t, c in got) and not any(c == "173" for s, t, c in got), got


def test_a_price_charged_is_no_event():
    assert _events("LONDON (Reuters) - The bank charged a fee of $5 for each withdrawal.") == []
