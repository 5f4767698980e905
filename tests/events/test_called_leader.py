"""A person or state called with no label after it is a phone call (041): "Trump called Xi on
Friday", "Merkel called Putin to discuss Syria"; a label, an appeal, a summons or a called
election, strike or meeting stays as it was."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("Trump called Xi on Friday to discuss trade.", "USAGOV", "CHNGOV"),
    ("Merkel called Putin to discuss Syria.", "DEUGOV", "RUSGOV"),
    ("Macedonian Prime Minister Zaev called Greek Prime Minister Tsipras on Tuesday.", "MKDGOV", "GRCGOV"),
])
def test_calling_a_leader_is_a_phone_call(story, text, src, tgt):
    assert (src, tgt, "041") in [e[:3] for e in story(text)]


@pytest.mark.parametrize("text", [
    "Trump called Biden a liar.",
    "Russia called on Ukraine to withdraw its troops.",
    "The president called elections for March.",
    "Macron called a meeting of his security council.",
    "He called the Chinese ambassador to the foreign ministry.",
    "Britain called Iran's ambassador in to protest.",
    "The senator called the hearing to order.",
    "Apple called the new iPhone a triumph.",
])
def test_other_callings_are_no_phone_call(story, text):
    assert not any(e[2] == "041" for e in story(text))


def test_a_called_name_the_parser_takes_for_a_label_is_a_phone_call(story):
    assert ("TURGOV", "IRNGOV", "041") in [e[:3] for e in story("Erdogan called Rouhani after the attack.")]


@pytest.mark.parametrize("text", [
    "Police called the suspect's mother.",
    "Trump called Kim Little Rocket Man.",
])
def test_a_call_with_no_named_side_is_no_phone_call(story, text):
    assert not any(e[2] == "041" for e in story(text))


@pytest.mark.parametrize("text", [
    'Maduro called Trump "the new Hitler".',
    "Maduro called Trump the new Hitler.",
])
def test_a_name_given_after_the_object_is_no_phone_call(story, text):
    # a noun phrase right after the object, not set off by a comma, names it: no call was made
    assert not any(e[2] == "041" for e in story(text))


def test_a_description_set_off_by_commas_still_is_a_phone_call(story):
    got = story("CARACAS (Reuters) - Maduro called Trump, the U.S. president, on Friday.")
    assert ("VENGOV", "USAGOV", "041") in [e[:3] for e in got]


@pytest.mark.parametrize("text, src, tgt", [
    # the parser glues the one called to the pair the next clause is about
    ("President Joe Biden called Ukrainian President Volodymyr Zelensky and the two discussed the war.",
     "USAGOV", "UKRGOV"),
    ("German Chancellor Olaf Scholz called Russian President Vladimir Putin and the two leaders agreed to keep talking.",
     "DEUGOV", "RUSGOV"),
    ("Turkish President Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu and both men pledged to improve ties.",
     "TURGOV", "ISRGOV"),
])
def test_a_call_followed_by_what_the_two_did_is_a_phone_call(story, text, src, tgt):
    got = [e[:3] for e in story(text, date="2023-03-01")]
    assert (src, tgt, "041") in got, got


def test_a_label_of_two_named_is_no_phone_call(story):
    assert not any(e[2] == "041" for e in story("Trump called Pelosi and Schumer liars."))
