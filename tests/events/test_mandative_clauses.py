"""What a verb that only ever asks ("demanded that", "urged that") asks for is not done, whatever
its subject: a plural subject's present verb is a mandative too (cues.yaml asking_only_verbs;
events/modality.py `_mandated`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("Ukraine demanded that Russian troops withdraw from Kherson.", "087"),
    ("The European Union demanded that the companies halt exports to Russia.", "163"),
    ("The United States demanded that Swiss banks freeze the assets of Russian oligarchs.", "163"),
    ("The opposition demanded that the prisoners be freed by the army.", "0841"),
])
def test_the_act_demanded_is_not_asserted(story, text, code):
    events = story(text)
    assert any(c == code for _, _, c, _ in events), events
    assert not any(c == code and mod == "asserted" for _, _, c, mod in events), events


def test_the_demand_itself_is_asserted(story):
    assert ("UKR", "RUSMIL", "1056", "asserted") in story("Ukraine demanded that Russian troops withdraw from Kherson.")


def test_a_told_present_stays_asserted(story):
    # "said" tells a fact: a present clause under it is no mandative
    events = story("Officials said the companies halt exports to Russia every winter.")
    assert not any(mod == "hypothetical" for *_, mod in events), events


@pytest.mark.parametrize("text", [
    "The president rejected calls from the opposition to resign.",  # "to resign" parsed as a relative clause of "calls"
])
def test_what_a_rejected_call_asks_for_is_not_done(story, text):
    events = story(text)
    assert not any(c.startswith("08") and mod == "asserted" for _, _, c, mod in events), events


def test_a_demand_of_an_unnamed_group_is_aimed_at_no_one_deeper_in_its_clause(story):
    events = story("The United States demanded that the banks freeze the assets of Russian oligarchs.")
    assert not any(c.startswith("10") and target == "RUS" for _, target, c, _ in events), events
    assert ("CHNGOV", "USAGOV", "100", "asserted") in story("Beijing demanded that Washington stop arms sales to Taiwan.")
