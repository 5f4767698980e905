"""A his/her in a phrase put before its clause's subject refers to that subject ("After his
meeting with Putin, Macron ..."), not to a person named earlier."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"][:2], e["modality"]) for e in rec["events"]}


def test_a_fronted_possessive_is_the_following_subject():
    got = _events("Putin met Macron on Monday. After his meeting with Putin, Macron called Zelensky.")
    assert ("FRAGOV", "RUSGOV", "04", "asserted") in got
    got = _events("Biden met Netanyahu. After his talks with Biden, Netanyahu criticised Iran.")
    assert ("ISRGOV", "USAELI", "04", "asserted") in got


def test_a_fronted_possessive_alone_in_its_story():
    assert ("DEUGOV", "CHNGOV", "04", "asserted") in _events(
        "During her talks with Xi Jinping, Merkel raised the issue of Hong Kong.")
