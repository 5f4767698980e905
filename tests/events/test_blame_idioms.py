"""Idioms a dictionary lists for blame and consultation: "held Iran responsible for the attack"
(112, the adjective small clause of its object, read by the parser as an adverbial clause), and
"exchanged views with X" (040)."""

from __future__ import annotations


def test_holding_someone_responsible_blames_them(story):
    assert ("ISR", "IRN", "112", "asserted") in story("Israel held Iran responsible for the attack on the ship.")
    assert ("USAGOV", "RUS", "112", "future") in story("Washington will hold Moscow accountable for any aggression.")


def test_exchanging_views_is_a_consultation(story):
    assert ("RUSGOV", "IRNGOV", "040", "asserted") in story(
        "Lavrov exchanged views with his Iranian counterpart on the nuclear deal.")
    got = story("Putin and Erdogan exchanged views on Syria.")
    assert ("RUSGOV", "TURGOV", "040", "asserted") in got and ("TURGOV", "RUSGOV", "040", "asserted") in got


def test_other_senses_of_the_words_code_nothing(story):
    for text in ("The company holds a responsible position in the market.",
                 "Fans exchanged views on the match on social media.",
                 "He held the door open for the Chinese delegation."):
        assert story(text) == [], text
