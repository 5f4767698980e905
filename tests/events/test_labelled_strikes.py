"""A verb of naming that gives its object a label names it, whatever rows the verb has with that
object: "Iran called the Israeli strike a provocation" criticises Israel (111), it calls no
labour strike ("call" + "strike", 143), which stays where nothing labels the strike."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Iran called the Israeli strike a provocation.", "IRN", "ISR"),
    ("Iran called the Israeli strikes illegal.", "IRN", "ISR"),
    ("Turkey called the Greek strike a violation of international law.", "TUR", "GRC"),
])
def test_a_strike_given_a_label_is_judged(story, text, src, tgt):
    events = [e[:3] for e in story(text)]
    assert (src, tgt, "111") in events
    assert not any(e[2] == "143" for e in events)


@pytest.mark.parametrize("text", [
    "The union called the strike a success.",
    "The opposition called the strike a failure.",
])
def test_a_labelled_strike_is_no_strike_called(story, text):
    assert not any(e[2] == "143" for e in story(text))


@pytest.mark.parametrize("text", [
    "Teachers called a strike on Monday.",
    "The unions called a general strike.",
])
def test_a_strike_called_with_no_label_stays_a_strike(story, text):
    assert any(e[2] == "143" for e in story(text))
