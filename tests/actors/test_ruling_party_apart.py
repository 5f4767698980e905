"""A party named as the one in power ("the ruling party") is another actor than a politician of the
same party code in its sentence: an opposition figure's quarrel with it is an event (resolve.py
`_set_ruling_apart`, attachment.yaml `ruling_words`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}


@pytest.mark.parametrize("text, want", [
    ("NAIROBI (Reuters) - Raila Odinga criticised the ruling party over the arrests of opposition supporters.",
     ("KENPTY", "KENPTY", "11")),
    ("NAIROBI (Reuters) - Opposition leader Raila Odinga accused the ruling party of rigging the vote.",
     ("KENOPP", "KENPTY", "11")),  # the text's title puts him in opposition (people.py)
])
def test_a_politician_and_the_ruling_party_of_one_code_are_two(text, want):
    assert want in _events(text)


def test_a_politician_and_a_plain_party_of_one_code_stay_one():
    # "the party" may be his own: no event between them
    got = _events("NAIROBI (Reuters) - Raila Odinga praised the party for its discipline.")
    assert not any(s == t == "KENPTY" for s, t, _ in got)


def test_the_governing_party_is_the_ruling_party():
    got = _events("NAIROBI (Reuters) - Opposition leader Raila Odinga accused the governing party of rigging the vote.")
    assert ("KENOPP", "KENPTY", "11") in got
