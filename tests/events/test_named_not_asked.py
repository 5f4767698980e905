"""An act named by a verb of naming ("called the talks a success") was done, not asked for: the
hypothetical reading of "call" + object ("called a general strike") needs no object predicate."""

from __future__ import annotations


def test_talks_called_a_success_were_held(story):
    assert ("TURGOV", "RUSGOV", "046", "asserted") in story("Erdogan called the talks with Putin a success.")


def test_calls_for_talks_stay_appeals(story):
    got = story("Merkel called for talks with Russia.")
    assert not any(c == "046" and m == "asserted" for _, _, c, m in got)
