"""A noun of anger or displeasure owned by its actor and aimed "at" or "with" someone is
disapproval of them, as "angry with" is: "China's anger at the Australian inquiry" (111)."""

from __future__ import annotations


def test_owned_anger_at_someone_is_disapproval(story):
    assert ("CHN", "AUS", "111", "asserted") in story("China's anger at the Australian inquiry has hurt trade.")
    assert ("TUR", "USA", "111", "asserted") in story("Turkey's fury with Washington grew after the vote.")
    assert ("CHN", "KOR", "111", "asserted") in story("Beijing's displeasure with Seoul was evident at the meeting.")


def test_anger_of_no_actor_or_at_no_actor_codes_nothing(story):
    for text in ("Public anger at rising prices has fuelled protests.",
                 "His anger at the decision was clear."):
        assert story(text) == [], text
