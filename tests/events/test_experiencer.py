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
