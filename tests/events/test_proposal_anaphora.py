"""A proposal made codes no event, but a later reaction to "the plan", "the proposal" or "it" is
aimed at whoever made it (events/anaphora.py `proposed`, `_pronoun_antecedent`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Washington put forward a plan last week.\nMoscow rejected the plan on Tuesday.", ("RUSGOV", "USAGOV", "120", "asserted")),
    ("The plan was put forward by Washington last week.\nMoscow rejected the plan on Tuesday.",
     ("RUSGOV", "USA", "120", "asserted")),
    ("The resolution was drafted by France.\nRussia vetoed it.", ("RUS", "FRA", "129", "asserted")),
    ("Israel has floated a proposal for a ceasefire.\nHamas dismissed it.", ("PSEREBHMS", "ISR", "120", "asserted")),
])
def test_a_reaction_to_a_proposal_is_aimed_at_its_maker(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "The United States proposed a peace plan for Gaza.\nHamas rejected it.",
    "Parliament passed the law on Monday.\nThe president vetoed it.",
])
def test_it_names_the_act_of_the_sentence_before(story, text):
    assert any(code[:2] == "12" and target for _, target, code, _ in story(text))


@pytest.mark.parametrize("text", [
    "The United States may propose a new plan.\nRussia rejected it.",  # no plan was made
    "Washington did not put forward a plan.\nMoscow rejected it.",
    "The company presented a new plan to investors.\nShareholders rejected it.",
    "Russia said Ukraine shelled the plant.\nKyiv rejected it.",  # words said: no act "it" names
    "France proposed a resolution at the United Nations.\nThe talks went on for hours.\nRussia vetoed it.",  # too far back
])
def test_no_proposal_made_no_target(story, text):
    assert not any(code[:2] == "12" and target for _, target, code, _ in story(text))
