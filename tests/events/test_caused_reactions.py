"""A reaction caused by an earlier deed named by a definite noun ("The move angered Minsk", "Minsk
was angered by the move", "The decision drew sharp criticism from Minsk") is aimed at whoever did
that deed (events/anaphora.py `told_act`)."""

from __future__ import annotations

EARLIER = "The EU imposed sanctions on Belarus.\n"


def test_a_reaction_caused_by_an_earlier_deed_is_aimed_at_its_doer(story):
    for text, code in (("The move angered Minsk.", "110"),
                       ("Minsk was angered by the move.", "110"),
                       ("The sanctions infuriated Minsk.", "110"),
                       ("The decision drew sharp criticism from Minsk.", "111")):
        assert ("BLR", "IGOEUREEC", code, "asserted") in story(EARLIER + text), text


def test_no_earlier_deed_no_reaction(story):
    assert story("The weather was bad.\nThe move angered Minsk.") == []
    assert story("The team sold its best player.\nThe move angered fans.") == []


def test_a_reaction_provoked_by_or_met_by_an_earlier_deed_is_aimed_at_its_doer(story):
    for text, code in (("The decision triggered a backlash from Minsk.", "111"),
                       ("The move sparked outrage in Minsk.", "110"),
                       ("The sanctions were met with criticism from Minsk.", "111")):
        assert ("BLR", "IGOEUREEC", code, "asserted") in story(EARLIER + text), text
