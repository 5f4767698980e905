"""A verbal act on a state of affairs found in a place is on no one of the place: the place is
where, not whom ("angry at the prices in Moscow"); the place's own actor, or an act there, still is."""

from __future__ import annotations

import pytest


def _coded(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Shoppers were angry at the prices in Moscow.", "RUS"),
        ("The minister criticised the situation in Venezuela.", "VEN"),
        ("Motorists were furious about the fuel shortages in Lagos.", "NGA"),
        ("The European Commission expressed concern about the situation in Venezuela.", "VEN"),
    ],
)
def test_a_state_of_affairs_in_a_place_is_not_the_place(text, place):
    assert [e for e in _coded(text) if e[1] and e[1][:3] == place] == []


def test_the_place_itself_or_an_act_there_is_still_a_target():
    assert ("CHN", "USA", "111", "asserted") in _coded("Beijing was angry at Washington.")
    assert ("VENCVL", "VENGOV", "111", "asserted") in _coded("The hungry crowd in Caracas was angry at Maduro.")
    assert any(e[1] == "MMR" and e[2] == "111" for e in _coded("Human rights groups condemned the violence in Myanmar."))
    assert any(e[1] == "LBY" and e[2] == "012" for e in _coded("France expressed concern over the fighting in Libya."))
