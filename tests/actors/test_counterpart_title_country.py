"""A titled person the dictionary does not know, who acts on a person the text places in a country
("signed the accord with Tonga's King Y", "met Indian Prime Minister Y"), is the other side: the
article's or paragraph's country, which is the counterpart's, does not place the person (places.py
`for_person`, setting.py `_counterpart`); the text is silent on the person's own country."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors import resolve_actors

_STORY = ("Tonga will receive new patrol boats under a defence deal. The deal means Tonga will host "
          "a naval training school. {}")


def _codes(nlp, text):
    doc = nlp(text)
    res = resolve_actors(doc, on=date(2019, 5, 2))
    return {doc[m.tok_start:m.tok_end].text: m.code for m in res.mentions}


@pytest.mark.parametrize("sentence, person", [
    ("Defence Minister Marten Olvey signed the accord today with Tonga's Prime Minister Sione Fakatava.",
     "Defence Minister Marten Olvey"),
    ("Foreign Minister Marten Olvey met Tonga's King Sione Fakatava in the capital.", "Foreign Minister Marten Olvey"),
])
def test_the_counterpart_country_does_not_place_the_person(nlp, sentence, person):
    codes = _codes(nlp, _STORY.format(sentence) + " Mr Olvey then toured the school.")
    assert not codes[person].startswith("TON")
    assert not codes.get("Mr Olvey", "").startswith("TON")


def test_a_person_named_with_a_country_keeps_it(nlp):
    codes = _codes(nlp, _STORY.format(
        "Australian Defence Minister Marten Olvey signed the accord with Tonga's Prime Minister Sione Fakatava."))
    assert codes["Australian Defence Minister Marten Olvey"] == "AUSGOV"


def test_a_person_beside_the_counterpart_still_takes_the_story_country(nlp):
    codes = _codes(nlp, _STORY.format(
        "Tonga's Prime Minister Sione Fakatava and Defence Minister Marten Olvey signed the accord today."))
    assert codes["Defence Minister Marten Olvey"].startswith("TON")
