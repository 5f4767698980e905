"""A verb of naming whose object the parser broke up, hanging the object's owner on the adjective
label ("branded [Sweden's] stance unacceptable": "Sweden" a possessive of "unacceptable"), judges
that owner, as "called Japan's decision irresponsible" does (events/clauses.py `_object_in_label`)."""

from __future__ import annotations


def test_owner_hung_on_the_label_is_the_target(story):
    assert ("TURGOV", "SWE", "111", "asserted") in story(
        "The Turkish foreign ministry branded Sweden's stance unacceptable.")
    assert ("CHN", "JPN", "111", "asserted") in story("China called Japan's decision irresponsible.")
