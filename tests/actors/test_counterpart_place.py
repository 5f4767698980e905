"""A counterpart with no country of its own, met in a country or its capital, is of that country
when whoever meets them is of another ("met his counterpart in Beijing": CHNGOV)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e.get("target"), e["cameo"][:2]) for e in out["events"]}


@pytest.mark.parametrize("text, want", [
    ("Pakistan's foreign minister met his counterpart in Beijing on Monday.", ("PAKGOV", "CHNGOV", "04")),
    ("The Indian foreign minister met his counterpart in Moscow.", ("INDGOV", "RUSGOV", "04")),
    ("Wang Yi spoke by phone with his counterpart in Washington.", ("CHNGOV", "USAGOV", "04")),
])
def test_a_counterpart_met_in_a_capital_is_of_its_country(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "The French president met his counterpart in Paris.",
    "The Egyptian foreign minister met his counterpart in New York on the sidelines of the UN General Assembly.",
])
def test_a_counterpart_met_at_home_or_in_a_city_stays_unplaced(text):
    assert not any(t and len(t) > 3 and t.endswith("GOV") for _, t, _ in _events(text))
