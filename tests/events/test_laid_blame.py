"""Blame laid, placed or shifted on someone accuses them (112), as "put the blame on" does: "Moscow
laid the blame on Kyiv", "Washington placed the blame squarely on Beijing", "shifted the blame onto
Ukraine"; laying or placing anything else ("laid a wreath", "placed an order") is no event."""

from __future__ import annotations


def test_blame_laid_on_someone_accuses_them(story):
    assert ("RUSGOV", "UKR", "112", "asserted") in story("Moscow laid the blame on Kyiv for the shelling.")
    assert ("USAGOV", "CHN", "112", "asserted") in story("Washington placed the blame squarely on Beijing.")
    assert ("RUS", "UKR", "112", "asserted") in story("Russia shifted the blame onto Ukraine.")


def test_other_things_laid_or_placed_are_no_event(story):
    assert story("Israel laid a wreath at the memorial.") == []
    assert story("The government placed an order for jets with Boeing.") == []
