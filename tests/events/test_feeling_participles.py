"""A participle of feeling with no "by" agent ("Berlin is frustrated with Warsaw", "Washington is
disappointed in Beijing") states its subject's stance, as its adjective does: disapproval (111)
of whom its "with"/"in"/"at" phrase names. An adjective the parser gave a passive subject
("officials were irritated with X") is no passive either."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Germany is frustrated with Poland over the delays to the pipeline project.", ("DEU", "POL")),
    ("The Indian government is frustrated with China's refusal to pull back its troops.", ("INDGOV", "CHN")),
    ("Washington is disappointed in Beijing's decision to expel American journalists.", ("USA", "CHN")),
    ("The European Commission was disappointed with Britain's response.", ("IGOEUREEC", "GBR")),
    ("Moscow is deeply displeased with Kiev's new language law.", ("RUS", "UKR")),
    ("Turkish officials were irritated with Washington over the arms embargo.", ("TURGOV", "USA")),
    ("The Trump administration has grown frustrated with Pakistan.", ("USAGOV", "PAK")),
])
def test_feeling_with_an_actor_is_disapproval(story, text, want):
    assert (*want, "111", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "The coach is frustrated with the referee after the loss.",
    "Investors are disappointed with the company's quarterly results.",
    "The minister said he was frustrated with the slow pace of reform.",
    "Netanyahu was disappointed by the result of the election.",
])
def test_feeling_at_no_actor_codes_no_disapproval(story, text):
    assert not any(e[2].startswith("11") for e in story(text)), text


def test_a_side_with_no_country_is_no_sure_disapproval():
    """The participle's unresolved subject is its doer left unknown, not critics the news leaves unsaid."""
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "The team was disappointed with the draw against Spain.", "date": "2019-11-20"}])
    assert not any(e["cameo"].startswith("11") and e["confidence"] >= 0.5 for e in rec["events"])
