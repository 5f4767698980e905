"""A reported clause that names an actor's motives or care base ("is being greedy", "had been
negligent") or its account beyond belief ("was hard to believe") criticises it (111), as the
other words of `disapproval_words` do (events/clauses.py `_label`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("CANBERRA (Reuters) - The Australian Council of Trade Unions says BHP is being greedy.", ("AUS", "AUS", "111")),
    ("NEW DELHI (Reuters) - The Indian foreign minister said Pakistan had been negligent.", ("IND", "PAK", "111")),
    ("NEW DELHI (Reuters) - The Indian foreign minister said Pakistan's explanation was hard to believe.",
     ("IND", "PAK", "111")),
])
def test_base_motives_or_an_incredible_account_criticise(story, text, want):
    assert any((e[0][:3], e[1][:3], e[2], e[3]) == (*want, "asserted") for e in story(text) if e[0] and e[1]), text


@pytest.mark.parametrize("text", [
    "NEW DELHI (Reuters) - The Indian foreign minister said Pakistan's explanation was not hard to believe.",
    "CANBERRA (Reuters) - The Australian Council of Trade Unions says BHP is not being greedy.",
    "LONDON (Reuters) - It is hard to believe that the English team lost to India.",
])
def test_denied_or_subjectless_judgements_criticise_no_one(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text
