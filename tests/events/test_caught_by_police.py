"""People "caught" with no doer named are caught by the police of the country in context (its
understood agent, as for "was arrested"); a plight one is caught in is no arrest, and a "by"
phrase that names a doer who is no actor leaves the police out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("HOUSTON (AP) - The suspect was caught two hours later.", "USACOP"),
    ("LONDON (Reuters) - The fugitive was caught in Spain.", "ESPCOP"),
])
def test_caught_with_no_doer_is_caught_by_police(story, text, source):
    assert any(s == source and code == "173" for s, _, code, _ in story(text))


@pytest.mark.parametrize("text", [
    "MANILA (Reuters) - The men were caught in a storm.",
    "LAGOS (Reuters) - Two men were caught in the crossfire.",
    "HOUSTON (AP) - The robbery was caught on camera.",
])
def test_a_plight_caught_in_is_no_arrest(story, text):
    assert not [e for e in story(text) if e[2] == "173"]
@pytest.mark.parametrize("text", [
    "HOUSTON (AP) - The man was caught by a neighbour.",
    "HOUSTON (AP) - The man was arrested by a security guard.",
])
def test_a_doer_named_but_no_actor_is_not_the_police(story, text):
    assert not [e for e in story(text) if e[0] and e[0].endswith("COP")]
