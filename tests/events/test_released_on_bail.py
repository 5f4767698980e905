"""One "released on bail" or "freed on bond" with no doer named is released by a court of the
country in context (its understood agent, keyed by the verb with its prepositional phrase); a
release with no such phrase invents no one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("LONDON (Reuters) - The man was released on bail.", "GBRJUD"),
    ("NEW DELHI (PTI) - The MLA was freed on bail on Friday.", "INDJUD"),
    ("HOUSTON (AP) - The suspect was released on a $50,000 bond.", "USAJUD"),
])
def test_released_on_bail_is_released_by_a_court(story, text, source):
    assert any(s == source and code == "0841" for s, _, code, _ in story(text))


def test_a_bare_release_has_no_understood_doer(story):
    assert not [e for e in story("LONDON (Reuters) - The hostages were released on Sunday.") if e[0]]
