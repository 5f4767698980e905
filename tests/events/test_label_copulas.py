"""Verbs that label their subject as "be" does ("amounted to", "constituted", "represented"): a
reported clause that calls a rival's act by a word of disapproval or accusation through them is
criticism (111) or an accusation (112) of its doer, as with "was"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Iran's foreign minister said the US sanctions amounted to economic terrorism.", ("IRNGOV", "USA", "112")),
    ("Russia said the NATO deployment constituted a threat to its security.", ("RUS", "IGOWSTNAT", "111")),
    ("China said the American move represented a serious provocation.", ("CHN", "USA", "111")),
])
def test_label_through_a_copula_verb(story, text, want):
    assert (*want, "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Russia said the sanctions did not amount to a threat.",
    "Analysts said the losses amounted to $2 billion.",
    "The minister said the new budget represented a major shift in priorities.",
])
def test_no_label_no_judgement(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text
