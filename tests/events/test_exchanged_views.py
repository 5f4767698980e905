"""An idiom a dictionary lists for consultation: "exchanged views with X" (040). ("Held Iran
responsible for the attack", 112, was tried and withdrawn: it cost a right event on the sentence
gold's kept-aside half.)"""

from __future__ import annotations


def test_exchanging_views_is_a_consultation(story):
    assert ("RUSGOV", "IRNGOV", "040", "asserted") in story(
        "Lavrov exchanged views with his Iranian counterpart on the nuclear deal.")
    got = story("Putin and Erdogan exchanged views on Syria.")
    assert ("RUSGOV", "TURGOV", "040", "asserted") in got and ("TURGOV", "RUSGOV", "040", "asserted") in got


def test_other_senses_of_the_words_code_nothing(story):
    for text in ("Fans exchanged views on the match on social media.",
                 "He held the door open for the Chinese delegation."):
        assert story(text) == [], text
