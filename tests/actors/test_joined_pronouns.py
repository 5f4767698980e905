"""A "they"/"it" subject of a clause joined by "and" to the clause before it is that clause's
subject, when it is one actor of the pronoun's number and no person (coref.py `_joined_by_and`):
"Thousands more students rallied on Monday, and they were arrested by police"."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e.get("cameo")[:2], e.get("target")) for e in out["events"]}


@pytest.mark.parametrize("text, want", [
    ("HONG KONG (Reuters) - Thousands more students rallied on Monday, and they were arrested by police.", ("HKGCOP", "17", "HKGEDU")),
    ("CAIRO (Reuters) - Hundreds of activists marched to parliament, and they were detained by security forces.", ("EGYCOP", "17", "EGYOPP")),
])
def test_they_after_and_is_the_first_clauses_subject(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "China and Russia held talks, and they were criticised by Japan.",  # two actors
    "The minister visited the students, and they were arrested by police.",  # "they" is no singular's
])
def test_they_is_left_alone(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    assert not any(a["text"] == "they" for a in out["actors"])
