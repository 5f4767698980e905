"""A capital's name joined by a place particle to capitalised words is part of another town's name
(actors/context.py `_in_town_name`): "Mocimboa da Praia" is in Mozambique, not Cape Verde's Praia."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _codes(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2025-03-02"}])
    return {a["code"] for a in out["actors"]}


@pytest.mark.parametrize("text, gone", [
    ("MAPUTO (Reuters) - Islamist insurgents attacked the town of Mocimboa da Praia on Wednesday.", "CPV"),
    ("Pilgrims gathered in Santiago de Compostela as Spain condemned the attack.", "CHL"),
])
def test_a_capital_inside_another_towns_name_is_no_capital(text, gone):
    assert not any(c.startswith(gone) for c in _codes(text))


def test_the_capital_alone_is_still_its_country():
    assert "CPV" in _codes("Protesters gathered in Praia on Wednesday.")
    assert "CHLGOV" in _codes("SANTIAGO (Reuters) - Chile's president criticised Argentina on Monday.")
