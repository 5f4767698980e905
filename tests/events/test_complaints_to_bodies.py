"""A complaint made to an international body is against whom its "about"/"over" phrase names; the
body is only where it is made (events/arguments.py `_complained_of`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


@pytest.mark.parametrize("text,want", [
    ("Australia complained to the WTO about China's tariffs on barley.", ("AUS", "CHN", "114")),
    ("Ukraine complained to the United Nations about Russia's strikes on its ports.", ("UKR", "RUS", "114")),
    ("Australia filed a complaint with the WTO over China's tariffs on barley.", ("AUS", "CHN", "114")),
])
def test_a_complaint_to_a_body_is_against_the_doer_it_names(text, want):
    assert want in _events(text)


def test_a_complaint_to_a_body_naming_no_one_else_is_made_to_it():
    assert ("IRN", "IGOUNO", "114") in _events("Iran complained to the U.N. Security Council.")
