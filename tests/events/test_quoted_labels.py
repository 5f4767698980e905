"""A quoted label the parser hung after the object of a verb of naming as an adjective of it
(called the British decision "unacceptable") is the label (events/clauses.py `_named`)."""

from __future__ import annotations


def test_a_quoted_label_after_the_object_is_the_label(story):
    assert ("RUSGOV", "GBR", "111", "asserted") in story('The Kremlin called the British decision "unacceptable".')


def test_an_adjective_before_the_noun_is_no_label(story):
    assert not any(e[2].startswith("11") for e in story("The Kremlin called the unacceptable decision a compromise."))
