"""A wish told of what another is to do ("Washington wants Ankara to abandon the deal") is an
appeal to them (020), as "asked Ankara to" is; so is seeking an explanation or assurances from
someone ("India sought an explanation from Pakistan"). Wanting a thing, or to do something
oneself, asks no one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Washington wants Ankara to abandon the Russian missile deal.", ("USAGOV", "TUR")),
    ("The European Union wants Britain to pay its bills.", ("IGOEUREEC", "GBR")),
    ("India has sought an explanation from Pakistan over the drone incursion.", ("IND", "PAK")),
    ("Britain is seeking assurances from Iran that the tanker will not go to Syria.", ("GBR", "IRN")),
])
def test_wanting_of_another_is_an_appeal(story, text, want):
    assert (*want, "020", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Iran wants to talk.",
    "Russia wants the sanctions lifted.",
    "Trump wants a wall on the border.",
    "Putin said he wants good relations with Japan.",
])
def test_wanting_a_thing_asks_no_one(story, text):
    assert not any(e[2].startswith("02") for e in story(text)), text
