"""An agentless legal act on private people of another nationality ("was charged", "were
arrested") is done by the state where the story is set, not by the people's own state
(`national_roles` in cues.yaml, arguments._setting_state)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"]}


@pytest.mark.parametrize("text, want", [
    ("LONDON (Reuters) - A Russian man was charged with spying on Monday.", ("GBRJUD", "RUSCRM", "17")),
    ("NEW DELHI (Reuters) - Two Pakistani nationals were arrested on Monday.", ("INDCOP", "PAKCVL", "17")),
    ("BERLIN (Reuters) - A Syrian man was sentenced to life in prison for the murder.", ("DEUJUD", "SYRCRM", "17")),
])
def test_the_setting_state_acts_on_foreigners(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    ("MOSCOW (Reuters) - A Russian man was charged with treason.", ("RUSJUD", "RUSCRM", "17")),
    ("A Russian man was charged with spying on Monday.", ("RUSJUD", "RUSCRM", "17")),  # no setting
    ("WASHINGTON (Reuters) - Russian opposition leader Alexei Navalny was arrested.", ("RUSCOP", "RUSOPP", "17")),
    ("WASHINGTON (Reuters) - An American journalist was detained in Moscow.", ("RUSCOP", "USAMED", "17")),
])
def test_own_state_officials_and_named_places_keep_theirs(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    ("BEIJING (Reuters) - A Canadian businessman was sentenced to 11 years in prison for spying.", ("CHNJUD", "CANBUS", "17")),
    ("MOSCOW (Reuters) - An American journalist was sentenced to 16 years in prison.", ("RUSJUD", "USAMED", "17")),
    ("ATHENS (AP) - Dozens of Syrian refugees were detained on Monday.", ("GRCCOP", "SYRREF", "17")),
])
def test_people_of_a_private_trade_or_standing_are_foreigners_too(text, want):
    assert want in _events(text)
