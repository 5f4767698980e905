"""Disapproval an act went ahead against is aimed at its doer: "Trump signed the bill despite
objections from China" is China's disapproval of Trump (events/build.py `_defied`)."""

from __future__ import annotations


def test_criticism_despite_or_amid_which_an_act_was_done_is_aimed_at_its_doer(story):
    assert ("CHN", "USAGOV", "110", "asserted") in story("President Trump signed the bill despite objections from China.")
    assert ("IGOEUREEC", "GBR", "111", "asserted") in story(
        "Britain pressed ahead with the plan amid criticism from the European Union.")
    assert ("CHN", "USAGOV", "111", "asserted") in story("Amid condemnation from Beijing, President Trump signed the bill.")
    # the passive's agent did the act
    assert ("CHN", "USAGOV", "111", "asserted") in story(
        "The bill was signed by President Trump despite criticism from China.")


def test_criticism_that_names_its_own_object_or_an_act_of_no_actor_is_not_aimed_at_the_clause(story):
    # the parser hangs "over the call" on the critics: the criticism names what it is of
    got = story("Vice President Pence defended Trump amid criticism from Democrats over the Ukraine call.")
    assert not any(c.startswith("11") and t == "USAELI" for s, t, c, m in got), got
    assert not any(c.startswith("11") for s, t, c, m in story("Prices rose despite criticism from the government."))


def test_no_target_is_looked_for_inside_in_spite_of(story):
    # "in spite of" sets a circumstance, as "despite" does: NATO is not what Turkey attacked
    got = story("Turkey launched the offensive in spite of condemnation by NATO allies.")
    assert not any(c.startswith("19") and t == "IGOWSTNAT" for s, t, c, m in got), got
