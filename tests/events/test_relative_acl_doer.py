"""An act noun's doer told in a relative clause the parser calls the noun's "acl" ("the
accusations that Australia made against it") is its doer, as in "the accusations made by
Australia"; a content clause ("the accusation that it had interfered") names no doer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("China rejected the accusations that Australia made against it.", "AUS", "CHN"),
    ("Iran denied the allegations that the United States made about its nuclear programme.", "USA", "IRN"),
])
def test_accusation_maker_in_relative_clause(story, text, src, tgt):
    assert (src, tgt, "112") in [e[:3] for e in story(text)]


def test_content_clause_names_no_accuser(story):
    assert not any(e[2] == "112" for e in story(
        "China rejected the accusation that it had interfered in Australian politics."))
