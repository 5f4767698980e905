"""Force done to the doer's own, named as the one it was done to ("US soldiers killed by a stray
US bomb"), is no force on the place it happened in (events/build.py `verb_event`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "") for e in rec["events"]]


@pytest.mark.parametrize("text", [
    "The three US soldiers killed by a misguided US bomb in Afghanistan were from a special forces unit.",
    "Two Russian soldiers were killed by Russian artillery fire near Bakhmut, the ministry said.",
])
def test_friendly_fire_strikes_no_place(text):
    got = _events(text)
    assert not any(c[:2] in ("18", "19", "20") for s, c, t in got), got


@pytest.mark.parametrize("text, source, target", [
    ("Ten Afghan policemen were killed by a US airstrike in Helmand.", "USA", "AFGCOP"),
    ("Two Israeli soldiers were shot dead by Palestinian gunmen near Hebron.", "PSE", "ISRMIL"),
])
def test_force_on_anothers_people_stands(text, source, target):
    got = _events(text)
    assert any(s.startswith(source) and c[:2] in ("18", "19") and t == target for s, c, t in got), got


def test_where_a_bomb_went_off_is_no_doer():
    # "in Iraq" places the bomb: the attacker is unnamed, Iraq's unidentified forces by convention
    got = _events("The two British soldiers killed by a roadside bomb in Iraq were from a Scottish regiment.")
    assert not any(s == "IRQ" for s, c, t in got), got
    assert any(s == "IRQUAF" and c[:2] in ("18", "19") and t == "GBRMIL" for s, c, t in got), got
