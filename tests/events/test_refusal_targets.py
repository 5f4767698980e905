"""A refusal is aimed at whom the refused act was for, never at the refuser's own people that
the act would have moved or let go ("refused to extradite the suspects to Argentina")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SANTIAGO (Reuters) - Chile refused to extradite the suspects to Argentina.", ("CHL", "ARG")),
        ("KYIV (Reuters) - Ukraine refused to hand over the soldiers to Russia.", ("UKR", "RUS")),
    ],
)
def test_a_refusal_is_aimed_at_whom_the_act_was_for_not_the_refusers_own_people(story, text, expected):
    got = story(text)
    assert any(e[:2] == expected and e[2].startswith("12") for e in got), got
    assert not any(e[0] and e[1] and e[1][:3] == e[0][:3] for e in got), got


def test_a_refusal_keeping_its_own_people_back_names_no_target_from_them(story):
    got = story("JERUSALEM (Reuters) - Israel refused to allow journalists into Gaza.")
    assert not any(e[1] and e[1].startswith("ISR") for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("Pakistan refused to extradite the suspects to India.", ("PAK", "IND")),  # no country in context for the suspects
    ("Chile refused to extradite the suspects to Argentina.", ("CHL", "ARG")),
])
def test_a_refusal_is_aimed_at_whom_the_act_was_for_not_a_group_of_no_country(story, text, expected):
    got = story(text)
    assert any(e[:2] == expected and e[2].startswith("12") for e in got), got
    assert not any(e[1] == "CRM" for e in got), got
