"""A label with an empty "it" subject judges the clause "it" stands for, put after the label:
"said it was unacceptable that Britain had expelled its diplomats"."""

from __future__ import annotations


def test_an_extraposed_clause_names_whom_the_label_judges(story):
    assert ("RUS", "GBR", "111", "asserted") in story(
        "MOSCOW (Reuters) - Russia said it was unacceptable that Britain had expelled its diplomats.")
    assert ("RUS", "GBR", "111", "asserted") in story(
        "MOSCOW (Reuters) - Russia said it was \"unacceptable\" for Britain to expel its diplomats.")
    assert ("RUSGOV", "GBRGOV", "111", "asserted") in story(
        "MOSCOW (Reuters) - \"It is unacceptable that London expelled our diplomats,\" Peskov said.")


def test_no_label_no_actor_or_a_possible_one_judges_no_one(story):
    for text in ("MOSCOW (Reuters) - Peskov said it was clear that Britain had expelled the diplomats.",
                 "LONDON (Reuters) - The minister said it was unacceptable that the weather had delayed flights.",
                 "MOSCOW (Reuters) - Russia said it would be unacceptable for NATO to admit Ukraine."):
        assert not any(e[2].startswith("11") for e in story(text)), text
