"""A meeting hosted "on" a country is about it: the topic is no guest ("Japan hosted talks on North
Korea"); the parties of the talks hosted, and a delegation hosted, still are."""

from __future__ import annotations


def test_the_topic_of_talks_hosted_is_no_guest(story):
    for text in ("Japan hosted talks on North Korea.", "France hosted a summit on Libya."):
        assert not any(c == "043" for _, _, c, _ in story(text)), text
    got = story("Qatar hosted talks on Afghanistan with the Taliban.")
    assert not any(c == "043" and t == "AFG" for _, t, c, _ in got)


def test_parties_and_delegations_hosted_are_guests(story):
    got = story("Egypt hosted talks between Israel and Hamas on a ceasefire.")
    assert ("EGY", "ISR", "043", "asserted") in got
    assert ("TUR", "RUSGOV", "043", "asserted") in story("Turkey hosted a delegation from Russia.")


def test_a_host_whose_name_is_also_a_noun_is_still_the_host(story):
    """"Turkey hosted talks ..." and "Chad hosted talks ..." read by the model as noun phrases
    ("turkey" modifying "hosted talks") are parsed again with the name as the subject (nlp/pipeline.py)."""
    got = story("Turkey hosted talks between Russia and Ukraine in Istanbul on Tuesday.")
    assert ("TUR", "RUS", "043", "asserted") in got and ("RUS", "UKR", "046", "asserted") in got
    assert ("TCD", "SDN", "043", "asserted") in story("Chad hosted talks between Sudan and the RSF.")


def test_a_name_modifying_a_participle_before_a_verb_stays_a_modifier(story):
    assert not any(s == "RUS" and c.startswith("05") for s, _, c, _ in story("Russia backed rebels attacked the town."))
