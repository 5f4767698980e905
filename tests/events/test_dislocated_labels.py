"""A label whose pronoun subject takes up a noun phrase the speaker put first ("These rioters,
they are criminals") labels what that phrase names (events/clauses.py `_dislocated`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ('HONG KONG (Reuters) - "These protesters, they are thugs," the police chief said.', ("HKGCOP", "HKGOPP", "112")),
    ('CARACAS (Reuters) - "The opposition, they are traitors," Maduro said.', ("VENGOV", "VENOPP", "112")),
    ('LONDON (Reuters) - Labour leader Jeremy Corbyn said: "This government, it is a disgrace."', ("GBRLEG", "GBRGOV", "111")),
])
def test_a_dislocated_subject_is_labelled(story, text, want):
    assert _has(story(text), want), text


def test_a_fronted_adverb_is_no_subject(story):
    assert not any(e[2][:2] == "11" for e in story('LONDON (Reuters) - "Frankly, it is a disgrace," Corbyn said.'))


def _has(events, want) -> bool:
    """Whether an asserted event has the wanted source and target countries and code."""
    return any((e[0][:3], e[1][:3], e[2], e[3]) == (want[0][:3], want[1][:3], want[2], "asserted") for e in events if e[0] and e[1])
