"""Evaluative speech: what a speaker says of an actor praises, criticises or accuses it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("French President Emmanuel Macron said German Chancellor Angela Merkel had been a great partner.",
         [("FRAGOV", "DEUGOV", "051", "asserted")]),
        ("Vladimir Putin said Donald Trump was a very talented man.", [("RUSGOV", "USAGOV", "051", "asserted")]),
        ("Nigerian President Muhammadu Buhari said the Nigerian army had been heroic.",
         [("NGAGOV", "NGAMIL", "051", "asserted")]),
        # a job judged by its adjective, either way
        ("Nigerian President Muhammadu Buhari said the Nigerian army had done an excellent job.",
         [("NGAGOV", "NGAMIL", "051", "asserted")]),
        ("Vladimir Putin said Donald Trump did a terrible job.", [("RUSGOV", "USAGOV", "111", "asserted")]),
    ],
)
def test_a_reported_clause_that_praises_its_subject_is_praise(code, text, expected):
    phrases = {"French President Emmanuel Macron": "FRAGOV", "German Chancellor Angela Merkel": "DEUGOV",
               "Vladimir Putin": "RUSGOV", "Donald Trump": "USAGOV",
               "Nigerian President Muhammadu Buhari": "NGAGOV", "the Nigerian army": "NGAMIL"}
    assert code(text, phrases) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin said Donald Trump was not a good man.",  # negated
        "Vladimir Putin said Donald Trump would be a great partner if he lifted sanctions.",  # a condition
        "Vladimir Putin said Russia's relations with Donald Trump were good.",  # his own country
    ],
)
def test_no_praise_when_negated_conditional_or_of_the_speakers_own(code, text):
    phrases = {"Vladimir Putin": "RUSGOV", "Donald Trump": "USAGOV", "Russia": "RUS"}
    assert all(e[2] != "051" for e in code(text, phrases))


def test_praise_of_a_governor_by_the_president_is_coded():
    # a governor is no part of the federal government; "tweeted that" reports speech
    from detente.engine import code_records

    text = "President Donald Trump tweeted that Kentucky Governor Matt Bevin has done a wonderful job."
    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    got = [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]
    assert got == [("USAGOV", "USAGOV", "051", "asserted")]
