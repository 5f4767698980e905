"""People a state's police act on are of that police's country, whatever the dateline
(attachment.yaml `home_force_roles`): "WASHINGTON - The killing of protesters by Iranian police"
is of Iran's protesters. An army strikes abroad as often as at home: its victims keep the dateline's
country; so do people who act on the police themselves ("protesters ... denounce Chinese police")."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e.get("cameo")[:2], e.get("target")) for e in out["events"]}


@pytest.mark.parametrize("text, want", [
    ("WASHINGTON (Reuters) - The killing of protesters by Iranian police shocked the world.", ("IRNCOP", "18", "IRNOPP")),
    ("LONDON (Reuters) - The detention of students by Turkish police drew criticism.", ("TURCOP", "17", "TUREDU")),
    ("WASHINGTON (Reuters) - Chinese police detained dozens of protesters on Sunday.", ("CHNCOP", "17", "CHNOPP")),
])
def test_people_a_police_force_acts_on_are_of_its_country(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    ("KYIV (Reuters) - Civilians were killed by Russian troops in the town.", ("RUSMIL", "18", "UKRCVL")),
    ("WASHINGTON (Reuters) - Protesters gathered outside the embassy to denounce Chinese police.", ("USAOPP", "11", "CHNCOP")),
])
def test_an_army_or_a_subject_keeps_the_dateline(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    ("WASHINGTON (Reuters) - Security forces opened fire on protesters in Baghdad.", "IRQCOP"),
    ("LONDON (Reuters) - Police arrested protesters in Nairobi on Sunday.", "KENCOP"),
    ("GENEVA (Reuters) - The United Nations said security forces killed 100 protesters in Iran.", "IRNCOP"),
])
def test_bare_police_acting_in_a_place_are_of_its_country(text, want):
    assert any(s == want for s, _, _ in _events(text))


@pytest.mark.parametrize("text, want", [
    # another country named as an actor, or the police not the doer of the act placed
    ("WASHINGTON (Reuters) - Police detained two Americans in Moscow.", "USACOP"),
    ("LONDON (Reuters) - Soldiers fired on protesters in Khartoum.", "GBRMIL"),
])
def test_other_police_and_armies_are_placed_as_before(text, want):
    assert any(s == want for s, _, _ in _events(text))
