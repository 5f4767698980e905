"""A judgement of disapproval told to someone ("told his Russian counterpart that the poisoning
was unacceptable", "said in a letter to Warsaw that the reform was unacceptable") is aimed at
whom it is told to when its subject names no actor, or is owned by a pronoun that names none
("told Chinese officials that their actions were unacceptable"). Never the press."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Germany's foreign minister told his Russian counterpart that the poisoning was unacceptable.", ("DEUGOV", "RUSGOV")),
    ("Macron told Putin it was unacceptable.", ("FRAGOV", "RUSGOV")),
    ("The French foreign ministry said in a letter to the Iranian government that the detention was unacceptable.",
     ("FRAGOV", "IRNGOV")),
    ("Merkel told Erdogan in a phone call that the offensive was unacceptable.", ("DEUGOV", "TURGOV")),
    ("Pompeo told Chinese officials that their actions in Hong Kong were unacceptable.", ("USAGOV", "CHNGOV")),
    ("The Chinese foreign ministry told Australia that its remarks were irresponsible.", ("CHNGOV", "AUS")),
])
def test_judgement_told_to_someone_is_aimed_at_them(story, text, want):
    assert (*want, "111", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Merkel told reporters that the delay was unacceptable.",
    "The Chinese ambassador told the BBC that the sanctions were unacceptable.",
    "Merkel told reporters that their questions were unacceptable.",
    "Trump told Macron that the talks were a great success.",
    "The minister told parliament that the situation was unacceptable.",
    "The coach told his players that their performance was unacceptable.",
])
def test_judgement_told_to_the_press_or_of_nothing_is_no_disapproval(story, text):
    assert not any(e[2].startswith("11") for e in story(text)), text


def test_judgement_of_a_named_actor_stays_theirs(story):
    got = story("Pompeo told Lavrov that Russia's interference was unacceptable.")
    assert ("USAGOV", "RUS", "111", "asserted") in got
