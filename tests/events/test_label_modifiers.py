"""A reported clause whose attribute names a person or body judges its subject by the attribute's
modifier ("said Trump was the most corrupt president in history"); a modifier of a thing or an
event judges no one ("said the shooting was a terrible tragedy"). An accusing word before the
attribute accuses whatever the parser makes of it ("a brutal terrorist organisation"), unless the
attribute names an act ("a criminal investigation") (events/clauses.py `_label`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ('WASHINGTON (Reuters) - Former Vice President Joe Biden said President Donald Trump was '
     '"the most corrupt president in modern history."', ("USAELI", "USAGOV", "111")),
    ("WASHINGTON (Reuters) - Trump said Biden was a corrupt politician.", ("USAGOV", "USAELI", "111")),
    ("LONDON (Reuters) - Labour leader Jeremy Corbyn said the Conservative government was the worst government in decades.",
     ("GBRLEG", "GBRGOV", "111")),
    ("LONDON (Reuters) - Labour leader Jeremy Corbyn said Boris Johnson was a dangerous man.", ("GBRLEG", "GBRELI", "111")),
    ("JERUSALEM (Reuters) - Netanyahu said Hamas was a brutal terrorist organisation.", ("ISRGOV", "PSEREBHMS", "112")),
])
def test_a_modifier_of_an_actor_attribute_judges_the_subject(story, text, want):
    assert _has(story(text), want), text


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - Biden said the shooting by the gunman was a terrible tragedy.",
    "WASHINGTON (Reuters) - Biden said the tax bill was a corrupt deal.",
    "WASHINGTON (Reuters) - Senator Warren said the FBI's probe was a criminal investigation.",
    "LONDON (Reuters) - Corbyn said Boris Johnson was a good man.",
])
def test_a_modifier_of_a_thing_or_an_act_judges_no_one(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text


def _has(events, want) -> bool:
    """Whether an asserted event has the wanted source and target countries and code."""
    return any((e[0][:3], e[1][:3], e[2], e[3]) == (want[0][:3], want[1][:3], want[2], "asserted") for e in events if e[0] and e[1])
