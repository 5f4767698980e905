"""A (joint) press or news conference with another actor is an appearance together, coded as a
meeting (040) of the one who holds it with the other; one with reporters or investors meets no one."""

from __future__ import annotations


def test_a_joint_press_conference_is_a_meeting(story):
    assert any(s.startswith("USA") and t == "JPNGOV" and c == "040" and m == "asserted" for s, t, c, m in story(
        "Biden spoke at a joint press conference with Japanese Prime Minister Fumio Kishida."))
    assert ("DEUGOV", "FRAGOV", "040", "asserted") in story(
        "At a joint news conference with Macron, Scholz said Germany would send tanks.")


def test_a_conference_with_reporters_or_investors_meets_no_one(story):
    for text in ("Biden held a press conference with reporters at the White House.",
                 "Tesla held a conference call with analysts.",
                 "The minister told a press conference in Kabul that the government was ready.",
                 "The Chinese foreign ministry held a press conference on Tuesday."):
        assert not any(c.startswith("04") for _, _, c, _ in story(text)), text


def test_a_joint_press_conference_of_two_subjects_is_their_meeting(story):
    got = story("Merkel and Macron held a joint press conference in Berlin.")
    assert ("DEUGOV", "FRAGOV", "040", "asserted") in got and ("FRAGOV", "DEUGOV", "040", "asserted") in got


def test_a_conference_told_is_an_audience_not_a_request(story):
    got = story("Putin and Erdogan told a joint news conference that they had agreed a ceasefire in Idlib.")
    assert ("RUSGOV", "TURGOV", "040", "asserted") in got
    got = story("The US told Israel to halt its attack on Rafah.")
    assert not any(c.startswith("19") and m == "asserted" for _, _, c, m in got)
