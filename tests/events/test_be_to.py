"""A bare "be" with a "to"-infinitive says an act is arranged or due ("France is to withdraw its
troops", "the leaders were to meet on Friday"): planned, not done, so future. "Be" with a
complement of its own ("is ready to mediate") or "is yet to" keeps its own reading."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "France is to withdraw its troops from Niger by the end of the year.",
    "Brazil is to sign a trade agreement with Argentina.",
    "Putin was to meet Erdogan in Sochi on Friday.",
])
def test_an_act_a_bare_be_puts_before_its_subject_is_future(story, text):
    got = story(text)
    assert got and all(e[3] == "future" for e in got), (text, got)


def test_what_is_yet_to_be_done_stays_negated(story):
    assert [e[3] for e in story("Russia is yet to recognise the Taliban government.")] == ["negated"]


def test_readiness_stays_an_intent_told(story):
    assert ("TUR", "RUS", "039", "asserted") in story("Turkey is ready to mediate between Russia and Ukraine.")


@pytest.mark.parametrize("text", [
    "US to send more troops to Middle East",
    "Russia to expel US diplomats",
    "Brazil to sign trade agreement with Argentina",
])
def test_a_headline_drops_the_be_of_an_arrangement(story, text):
    # headline English: "US to send troops" says "the US is to send troops", a plan, not a mere
    # purpose (hypothetical) nor an act done
    got = story(text)
    assert got and all(e[3] == "future" for e in got), (text, got)


def test_a_bare_infinitive_names_no_plan(story):
    assert all(e[3] != "future" for e in story("To impose sanctions on Russia"))
