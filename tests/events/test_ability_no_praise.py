"""A word of approval with a complement of ability says what its subject can do, no praise (051):
"the minister said Iran was capable of building a bomb", "said the Japanese were good at making
cars"; "said the troops were brave and capable" still praises them."""

from __future__ import annotations

from detente.engine import code_records


def _codes(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-10-10"}])
    return {(e["target"], e["cameo"]) for e in rec["events"]}


def test_ability_is_no_praise():
    assert not any(c == "051" for _, c in _codes("The Israeli minister said Iran was capable of building a bomb within months."))
    assert not any(c == "051" for _, c in _codes("The American president said the Japanese were good at making cars."))


def test_praise_stays():
    assert ("AUSMIL", "051") in _codes("The Australian Prime Minister said the Australian troops were brave and capable.")
