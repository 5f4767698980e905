"""Rejection and criticism told by idioms: "said no to X's offer", "turned its back on X",
"reacted angrily to X's move" (the manner word stands for the object a pattern names)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Venezuela's government said no to Washington's offer of humanitarian aid.", ("VENGOV", "USA", "120")),
    ("North Korea said no to South Korea's offer of talks.", ("PRK", "KOR", "120")),
    # the parser hangs "to" on "no"
    ("Greece said no to Turkey's demand for talks on the islands.", ("GRC", "TUR", "120")),
    ("Iran slammed the door on US offer of talks.", ("IRN", "USA", "120")),
    ("North Korea gave the cold shoulder to Seoul's offer of talks.", ("PRK", "KOR", "120")),
    ("China bristled at the US move to sell arms to Taiwan.", ("CHN", "USA", "110")),
    ("The Palestinian Authority turned its back on the US peace plan.", ("PSEGOVPLO", "USA", "120")),
    ("Russia reacted angrily to Britain's decision to expel its diplomats.", ("RUS", "GBR", "111")),
    ("Japan responded angrily to China's decision to extend its air defence zone.", ("JPN", "CHN", "111")),
])
def test_refusal_and_anger_idioms(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Voters said no to the referendum.",
    "The minister said there was no plan to change the law.",
    "The government reacted quickly to the flooding.",
    "Investors reacted angrily to the company's results.",
    "She slammed the door on her way out of the meeting.",
    # a back turned on anyone but a plan or an offer is as often a literal turn as a break
    "Erdogan turned his back on the crowd and left the stage.",
    # an answer to the press is no act on it
    "The minister said no to reporters in Cairo.",
    "The minister responded angrily to questions from reporters.",
])
def test_same_words_in_other_senses_code_no_refusal(story, text):
    assert not any(e[2][:2] in ("11", "12", "16") for e in story(text)), text
