"""A release asked for of people the sentence says someone holds is asked of the captor, not of
those to be freed (events/arguments.py `captors`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The United Nations called for the release of hostages held by Hamas.", ("IGOUNO", "PSEREBHMS", "0253", "asserted")),
    ("Washington demanded the release of the journalist jailed by Russia.", ("USAGOV", "RUS", "1053", "asserted")),
    ("The EU urged the release of activists detained by Belarusian authorities.", ("IGOEUREEC", "BLRGOV", "0253", "asserted")),
    ("France demanded the immediate release of two French nationals held in Iran.", ("FRA", "IRN", "1053", "asserted")),
    ("Germany pressed for the release of the detained journalists held by Iran.", ("DEU", "IRN", "1053", "asserted")),
    ("Israel demanded the return of hostages held by Hamas in Gaza.", ("ISR", "PSEREBHMS", "100", "asserted")),
])
def test_a_release_is_asked_of_the_captor(story, text, want):
    assert want in story(text)


def test_the_freed_are_no_target_when_a_captor_is_named(story):
    events = story("Amnesty called for the release of all political prisoners held by Egypt.")
    assert all(target == "EGY" for _, target, code, _ in events if code.startswith("02"))


def test_a_demand_made_to_its_addressee_keeps_it(story):
    # the clause names whom it is made to: a prison "in" a city is no captor
    assert ("GBR", "IRN", "1053", "asserted") in story("Britain demanded that Iran release the sailors held in Tehran's Evin prison.")
