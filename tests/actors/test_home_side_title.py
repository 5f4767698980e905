"""A state's title with no owner ("the president") is of its sentence's one country when only an
opposition, protesters, students or workers name it: they address their own government."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e.get("target"), e["cameo"][:2]) for e in out["events"]}


@pytest.mark.parametrize("text, want", [
    ("The Kenyan opposition called for the president to resign.", ("KENOPP", "KENGOV", "02")),
    ("The Kenyan opposition criticised the president.", ("KENOPP", "KENGOV", "11")),
    ("Serbian students criticised the interior minister.", ("SRBEDU", "SRBGOV", "11")),
])
def test_a_home_sides_title_is_of_its_country(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "The Chinese foreign minister met the president.",
    "Kenyan opposition leaders met the president in Washington.",
    "Russian troops attacked the president's convoy.",
])
def test_beside_a_state_or_another_country_the_title_stays_unplaced(text):
    assert not any(t and t.endswith("GOV") and len(t) > 3 for _, t, _ in _events(text))
