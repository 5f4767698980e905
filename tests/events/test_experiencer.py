"""A verb of feeling is the feeling of its object about its subject: "X's remarks infuriated Y" is Y's disapproval."""

from __future__ import annotations


def test_the_one_angered_disapproves_of_who_angered_it(story):
    assert ("MEX", "USAGOV", "110", "asserted") in story("Trump's remarks infuriated Mexico.")
    assert ("CHN", "USA", "110", "asserted") in story("China was infuriated by Washington's arms sale to Taiwan.")
    assert ("CHN", "USA", "110", "asserted") in story("Washington's arms sale to Taiwan has enraged Beijing.")


def test_anger_with_a_side_unnamed_or_no_actor_codes_nothing(story):
    for text in ("The decision angered Beijing.", "The defeat angered Liverpool fans.",
                 "The referee's decision infuriated Chelsea."):
        assert not story(text), text


def test_a_deed_done_by_someone_angers_about_its_doer_not_what_it_was_done_to(story):
    # the subject's "by" phrase names whose deed it was: "of Kosovo" is what it was done to
    assert ("SRB", "BTN", "110", "asserted") in story("The recognition of Kosovo by Bhutan angered Serbia.")
    assert ("SRB", "XKX", "110", "asserted") not in story("The recognition of Kosovo by Bhutan angered Serbia.")
