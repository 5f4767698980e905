"""Hosting, welcoming or thanking between countries named with no role, in a sentence that names a
game by a word no politics uses ("stadium", "tournament", "semi-final"), is a fixture between
national teams, no cooperation (events/senses.py `_game_told`): "Brazil welcomed Argentina at the
Maracana stadium for the World Cup qualifier"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "RIO DE JANEIRO (Reuters) - Brazil welcomed Argentina at the Maracana stadium for the World Cup qualifier.",
    "PARIS (Reuters) - France thanked Germany for hosting the tournament.",
])
def test_a_fixture_between_national_teams_is_no_cooperation(story, text):
    assert not any(e[2][:2] in ("04", "05") for e in story(text))


@pytest.mark.parametrize("text, event", [
    ("BRASILIA (Reuters) - Brazil welcomed Argentina's decision to lift tariffs.", ("BRA", "ARG", "051")),
    ("BEIJING (Reuters) - China praised Pakistan for its support at the United Nations.", ("CHN", "PAK", "051")),
])
def test_cooperation_between_countries_without_a_game_stands(story, text, event):
    assert event + ("asserted",) in story(text)
