"""Disapproval told by an adjective or a noun: "X was critical of Y", "X raised objections to Y's plan"."""

from __future__ import annotations

import pytest


def test_critical_of_an_actor_is_criticism(story):
    assert ("JPNGOV", "KOR", "111", "asserted") in story(
        "Japanese Prime Minister Shinzo Abe was critical of South Korea's handling of the wartime labour dispute.")
    assert ("DEU", "RUS", "111", "asserted") in story("Germany has been critical of Russia.")


def test_critical_in_other_senses_is_no_criticism(story):
    for text in ("The patient remained in critical condition after the attack.",
                 "Access to clean water is critical for the region.",
                 "It is critical that Iran returns to the deal."):
        assert not any(e[2].startswith("11") for e in story(text)), text


def test_an_objection_to_an_actors_act_is_disapproval_of_it(story):
    assert ("JPN", "KOR", "110", "asserted") in story("Japan raised objections to South Korea's plan.")
    assert ("USAGOV", "KOR", "110", "asserted") in story(
        "The State Department voiced strong objections to South Korea's plan.")


def test_no_objection_is_no_disapproval(story):
    assert not any(e[2].startswith("11") for e in story("The minister had no objection to the merger."))


def test_regretting_another_actors_decision_is_disapproval_of_it(story):
    assert ("KORGOV", "JPN", "110", "asserted") in story(
        "Seoul's foreign ministry said it deeply regretted Tokyo's decision.")
    assert ("CHN", "USA", "110", "asserted") in story("China regrets the US decision to sell arms to Taiwan.")


def test_regretting_a_loss_or_ones_own_decision_is_no_disapproval(story):
    for text in ("The minister regretted the loss of life.",
                 "Germany regrets its own decision to phase out nuclear power."):
        assert not any(e[2].startswith("11") for e in story(text)), text



def test_the_objects_head_picks_the_row_before_a_conjunct_does(code):
    # "support and sympathy": the head's row (051) before the conjunct's (018), whichever comes first
    got = code("Japan expressed support and sympathy for Turkey.", {"Japan": "JPN", "Turkey": "TUR"})
    assert [g[2] for g in got] == ["051"], got
    got = code("Japan expressed sympathy and support for Turkey.", {"Japan": "JPN", "Turkey": "TUR"})
    assert [g[2] for g in got] == ["018"], got


def test_anger_at_an_actor_is_criticism(story):
    assert ("CHN", "USA", "111", "asserted") in story("Beijing is furious with Washington over the arms sale to Taiwan.")
    assert ("IGOEUREEC", "GBR", "111", "asserted") in story("The EU is unhappy with Britain's approach to the talks.")
    assert ("NGACVL", "NGAGOV", "111", "asserted") in story(
        "LAGOS (Reuters) - Many Nigerians are angry with the government over the rising cost of living.")
    assert ("NGACVL", "NGAGOV", "111", "asserted") in story(
        "LAGOS (Reuters) - Nigerians took to social media to vent their anger at the president.")


def test_anger_at_no_actor_or_denied_is_no_criticism(story):
    for text in ("Investors were frustrated with the slow pace of reforms.", "Many voters are angry at the economy."):
        assert not any(e[2].startswith("11") for e in story(text)), text
    assert not any(e[2].startswith("11") and e[3] == "asserted" for e in story("He is not angry with China, the minister said."))


def test_booing_someone_is_disapproval(story):
    assert ("NGAEDU", "NGAGOV", "111", "asserted") in story("LAGOS (Reuters) - Students booed the minister during his speech.")


@pytest.mark.parametrize("text", [
    "TEHRAN (Reuters) - Iranians vented their anger at the government on social media.",
    "TEHRAN (Reuters) - Iranians expressed anger on social media at the government.",
])
def test_words_said_on_a_platform_are_not_aimed_at_the_media(story, text):
    got = story(text)
    assert ("IRNCVL", "IRNGOV", "111", "asserted") in got
    assert not any(e[1] and e[1].endswith("MED") for e in got)


def test_a_restriction_on_a_platform_keeps_it_as_target(story):
    assert any(e[1] == "IRNMED" for e in story("Iran imposed restrictions on social media."))
