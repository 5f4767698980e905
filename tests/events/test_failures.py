"""A reported clause that tells its subject failed at what it had to do judges it (111)."""

from __future__ import annotations


def test_a_reported_failure_is_criticism_of_who_failed(story):
    assert ("FRAGOV", "IRN", "111", "asserted") in story(
        "The French foreign ministry said Iran had failed to honour its commitments under the nuclear deal.")
    assert ("DEU", "RUS", "111", "asserted") in story(
        "Germany said Russia had neglected to inform its partners about the exercise.")


def test_a_failure_of_no_one_denied_joint_or_possible_judges_no_one(story):
    for text in ("Analysts said the market had failed to price in the risk of a recession.",
                 "Germany said the talks had failed.",
                 "France said Iran had not failed to honour its commitments.",
                 "The EU said Hungary might fail to meet the deadline.",
                 "Britain said Russia and Ukraine had failed to agree on a ceasefire."):
        assert not any(e[2].startswith("11") for e in story(text)), text
