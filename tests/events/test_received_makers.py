"""Arms got with no giver named are the act of the maker their adjective names ("Iran received
Russian fighter jets": Russia's military aid); a named giver wins ("received US-made jets from
Israel"), and a verb of undergoing is no getting ("Ukraine faces Russian drones")."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, giver, receiver", [
    ("Iran received Russian fighter jets.", "RUS", "IRN"),
    ("Syria has received Iranian drones.", "IRN", "SYR"),
    ("Ukraine has obtained Turkish drones.", "TUR", "UKR"),
    ("Ukraine received American tanks last week.", "USA", "UKR"),
])
def test_the_maker_gives_when_no_one_else_does(text, giver, receiver):
    got = _events(text)
    assert any(e[0] and e[0][:3] == giver and e[1] == receiver and e[2] == "072" and e[3] == "asserted" for e in got), got


def test_a_named_giver_wins_over_the_maker():
    got = _events("Egypt received American jets from Israel.")
    assert ("ISR", "EGY", "072", "asserted") in got
    assert not any(e[0] and e[0].startswith("USA") for e in got), got


@pytest.mark.parametrize("text", [
    "Ukraine faces Russian drones every night.",
    "Ukrainian forces captured Russian tanks.",
])
def test_no_getting_no_gift(text):
    assert not any(e[2].startswith("07") for e in _events(text))
