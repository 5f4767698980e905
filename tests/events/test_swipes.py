"""Criticism told by a noun of a jibe ("in a swipe at Beijing") or of a sharp answer ("drew a
sharp response from China"), aimed at whom its "at" phrase or its occasion names."""

from __future__ import annotations


def test_a_swipe_or_jibe_criticises_whom_it_is_aimed_at(story):
    assert ("PHLGOV", "CHN", "111", "asserted") in story(
        "MANILA (Reuters) - In a swipe at Beijing, Philippine President Ferdinand Marcos said no country should claim the whole sea.")
    assert ("FRAGOV", "GBR", "111", "asserted") in story(
        "PARIS (Reuters) - Macron, in a jibe at London, said France would not be lectured.")


def test_a_sharp_response_is_criticism_of_what_drew_it(story):
    assert ("CHN", "USAGOV", "111", "asserted") in story(
        "BEIJING (Reuters) - The U.S. president's remarks drew a sharp response from China.")


def test_no_actor_no_criticism(story):
    for text in ("NEW YORK (Reuters) - The Fed's decision drew a sharp reaction from markets.",
                 "LONDON (Reuters) - Customers can pay with a swipe of their card."):
        assert not any(e[2].startswith("11") for e in story(text)), text
