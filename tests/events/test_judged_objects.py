"""A verb of judging may put its object after the judgement ("denounced as provocative Japan's
decision", "condemned as illegal the annexation of Crimea by Russia"), which the parser reads as
the "as" phrase's noun: that noun is the object, and its maker the target."""

from __future__ import annotations


def test_object_after_the_judgement(story):
    assert ("CHN", "JPN", "111", "asserted") in story("China denounced as provocative Japan's decision to buy the islands.")
    assert ("DEU", "RUS", "111", "asserted") in story("Germany condemned as illegal the annexation of Crimea by Russia.")
    assert ("IND", "PAK", "120", "asserted") in story("India dismissed as absurd Pakistan's claims.")


def test_object_after_an_adjective_hung_on_as_or_a_label_noun(story):
    # the parser hangs the adjective on "as" ("as illegal the U.S. sanctions"), or makes the object an
    # apposition of the label noun ("as a grave crime Serbia's treatment")
    assert ("CHN", "USA", "111", "asserted") in story("China denounced as illegal the U.S. sanctions on its companies.")
    got = story("Kosovo denounced as a grave crime Serbia's treatment of ethnic Albanian prisoners.")
    assert ("XKX", "SRB", "111", "asserted") in got


def test_a_role_is_no_object(story):
    assert story("The senator served as foreign minister in the Obama administration.") == []
