"""A text vetoed, rejected or criticised is its maker's: the act is aimed at whoever made it (its
possessor, modifier or agent) before what the text is against or about, and never at an actor
of what the text says."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_package_vetoed_is_its_makers_not_whom_it_is_against():
    got = _events("BUDAPEST (Reuters) - Hungary vetoed the EU sanctions package against Russia.")
    assert ("HUN", "IGOEUREEC", "129") in got, got
    assert not any(t == "RUS" for s, t, c in got), got


def test_a_plan_rejected_is_its_makers():
    got = _events("BUDAPEST (Reuters) - Hungary rejected the EU sanctions package against Russia.")
    assert any(s == "HUN" and t == "IGOEUREEC" and c.startswith("12") for s, t, c in got), got
    assert not any(t == "RUS" for s, t, c in got), got


def test_what_a_vetoed_resolution_calls_for_is_not_the_target():
    got = _events("WASHINGTON (Reuters) - The United States vetoed a resolution calling for a ceasefire in Gaza.")
    assert not any(s == "USA" and t[:3] == "PSE" for s, t, c in got), got


def test_a_vetoed_resolution_names_its_body():
    got = _events("WASHINGTON (Reuters) - The United States vetoed a U.N. resolution calling for a ceasefire in Gaza.")
    assert ("USA", "IGOUNO", "129") in got, got


def test_a_text_rejected_is_not_aimed_at_what_it_condemns():
    got = _events("WASHINGTON (Reuters) - The United States rejected a statement condemning Israel.")
    assert not any(s == "USA" and t[:3] == "ISR" for s, t, c in got), got
