"""A person the article names in full with a title, whose surname is also a dictionary person's
("Canadian Foreign Minister Bill Johnson": no Boris Johnson), is found again after that title's
words ("Foreign Minister Johnson", "Minister Johnson"), not only bare or after "Mr" (people.py
`later_surnames`, `_title_before`); another title before the surname ("Chief Minister Wagner")
does not link it."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors import resolve_actors


def _mentions(nlp, text):
    doc = nlp(text)
    res = resolve_actors(doc, on=date(2001, 12, 20))
    return {doc[m.tok_start:m.tok_end].text: (m.code, m.via) for m in res.mentions}


@pytest.mark.parametrize("text, later, code", [
    ("Canadian Foreign Minister Bill Johnson arrived in Ottawa on Monday. Officials said Foreign Minister "
     "Johnson would meet police chiefs.", "Foreign Minister Johnson", "CANGOV"),
    ("Talks with Zambian Finance Minister Therese Wagner stalled last week. The bank said it would meet "
     "Finance Minister Wagner on Friday.", "Finance Minister Wagner", "ZMBGOV"),
])
def test_a_later_title_and_surname_is_the_person_named_first(nlp, text, later, code):
    assert _mentions(nlp, text).get(later) == (code, "title")


def test_another_title_before_the_surname_is_not_linked(nlp):
    got = _mentions(nlp, "Talks with Zambian Finance Minister Therese Wagner stalled last week. The bank said "
                         "it would meet Chief Minister Wagner on Friday.")
    assert "Minister Wagner" not in got and got.get("Wagner") != ("ZMBGOV", "surname")
