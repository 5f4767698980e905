"""A copula's subject "in custody" or "in detention" undergoes an arrest, as "under arrest" does:
done by the police of the country in context (its understood agent), never by the subject; the
custody of children is no arrest, and "in talks" stays a joint act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("HOUSTON (AP) - The suspect is in custody.", "USACOP", "USACRM"),
    ("LAGOS (Reuters) - The journalist remains in detention.", "NGACOP", "NGAMED"),
    ("WASHINGTON (Reuters) - The American journalist remains in Russian custody.", "RUS", "USAMED"),
])
def test_in_custody_is_an_arrest_of_the_subject(story, text, source, target):
    assert (source, target, "173") in {(s, t, code) for s, t, code, _ in story(text)}


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - The mother won custody of the children.",
    "HOUSTON (AP) - The father has custody of the two boys.",
    "LONDON (Reuters) - A man died in police custody on Sunday.",
])
def test_custody_of_children_or_a_death_in_custody_is_no_arrest(story, text):
    assert not [e for e in story(text) if e[2] == "173"]


def test_in_talks_stays_a_joint_act(story):
    assert any(code == "046" for _, _, code, _ in story("MOSCOW (Reuters) - Lavrov is in talks with his Turkish counterpart."))
