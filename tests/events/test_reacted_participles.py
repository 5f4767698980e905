"""The "by" agent of a participle hung on a subject names the subject's owner only for a verb
that makes it ("efforts made by Russia"); one who brokered it or reacted to it did not ("the
attack condemned by the UN killed 20 Palestinians" is no killing by the UN: Lexicon.third_parties)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, reactor", [
    ("The attack condemned by the UN killed 20 Palestinians.", "IGOUNO"),
    ("The attack, condemned by the UN, killed 20 people in Gaza.", "IGOUNO"),
    ("The strike, criticised by France, killed 12 civilians in Syria.", "FRA"),
    ("The raid, denounced by Amnesty International, killed three students in Lagos.", "NGOAMN"),
])
def test_who_reacted_to_an_attack_did_not_make_it(story, text, reactor):
    assert not any((s or "").startswith(reactor) and c[:2] in ("18", "19") for s, t, c, m in story(text))


def test_the_third_parties_are_the_brokers_and_the_reacting_verbs(lexicon):
    assert {"broker", "condemn", "criticise", "reject"} <= lexicon.third_parties
    assert not {"make", "impose", "launch", "order", "sign"} & lexicon.third_parties


@pytest.mark.parametrize("text, reactor", [
    ("Russia defended the strike criticised by France.", "FRA"),
    ("China defended the law condemned by Britain.", "GBR"),
    ("Israel denied carrying out the attack condemned by the UN.", "IGOUNO"),
])
def test_who_reacted_to_the_object_is_no_target_of_the_act(story, text, reactor):
    """Nor is one who reacted to an object whom the act on it is done to: the fallback target and
    a passive's subject phrase do not enter such a participle."""
    assert not any((t or "").startswith(reactor) for s, t, c, m in story(text))


def test_who_made_the_object_still_is(story):
    assert ("RUS", "SYR", "052", "asserted") in story("Russia defended the strike carried out by Syria.")
