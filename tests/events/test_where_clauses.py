"""A "where" or "when" clause on a place or a time tells what happened there, another act with its
own doer: never whom the verb it hangs from is done to (events/arguments.py `_enters`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-12-04"}])
    return rec["events"]


@pytest.mark.parametrize("text,trigger", [
    ("BUENOS AIRES - Thousands of demonstrators marched to the Congress building, where police clashed "
     "with protesters throwing stones.", "marched"),
    ("LAGOS - Hundreds of students marched to the governor's office, where soldiers fired tear gas.", "marched"),
])
def test_whoever_acts_in_a_where_clause_is_no_target(text, trigger):
    ours = [e for e in _events(text) if e["trigger"] == trigger]
    assert ours and not any("COP" in (e["target"] or "") or "MIL" in (e["target"] or "") for e in ours), ours


def test_the_where_clause_keeps_its_own_act():
    events = _events("BUENOS AIRES - Thousands of demonstrators marched to the Congress building, where police "
                     "clashed with protesters throwing stones.")
    assert any(e["trigger"] == "clashed" and e["source"] == "ARGCOP" for e in events), events
