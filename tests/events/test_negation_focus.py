"""A "not" whose focus is an adjunct, not the act: a past "not ... until" says the act was done
later; "not announced in advance" of an event noun says the event took place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("French President Emmanuel Macron did not visit Algeria until Friday.", ("FRAGOV", "DZA", "042", "asserted")),
    ("The Iranian foreign minister did not meet his Saudi counterpart until last week.", ("IRNGOV", "SAUGOV", "040", "asserted")),
    ("The visit by Indian Prime Minister Narendra Modi to Nepal was not announced in advance.", ("INDGOV", "NPL", "042", "asserted")),
])
def test_a_negated_adjunct_leaves_the_act_done(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text, want", [
    ("German Chancellor Olaf Scholz did not visit Kyiv.", ("DEUGOV", "UKR", "042", "negated")),
    ("Indian officials did not meet the Chinese delegation.", ("INDGOV", "CHNGOV", "040", "negated")),
    ("Israel did not warn residents in advance.", ("ISR", "ISRCVL", "130", "negated")),
])
def test_a_plain_negation_still_negates(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text, want", [
    ("The Japanese prime minister's visit to Seoul was not announced.", ("JPNGOV", "KOR", "042", "asserted")),
    ("Modi's trip to Nepal was not publicised.", ("INDGOV", "NPL", "042", "asserted")),
])
def test_a_definite_act_not_made_known_took_place(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", ["The meeting was not held.", "The visit was not confirmed."])
def test_an_act_not_held_or_not_confirmed_is_not_asserted(story, text):
    assert not any(m == "asserted" for *_, m in story(text))


@pytest.mark.parametrize("text, want", [
    ("The minister did not only criticise Israel but also threatened sanctions.", ("GOV", "ISR", "111", "asserted")),
    ("Russia did not hesitate to attack Ukrainian positions.", ("RUS", "UKR", "190", "asserted")),
    ("The president did not hesitate to criticise China.", ("GOV", "CHN", "111", "asserted")),
])
def test_not_only_and_not_hesitate_leave_the_act_done(story, text, want):
    assert want in story(text)


def test_a_plain_not_still_negates_the_attack(story):
    assert ("RUS", "UKR", "190", "negated") in story("Russia did not attack Ukraine.")
