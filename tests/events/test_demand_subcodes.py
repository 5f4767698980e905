"""A demand or a rejection takes the subcode of what it names: information or an inquiry
demanded (101), compensation demanded (1031), talks (125), a ceasefire (1246) or a peace plan
(127) rejected. The root and the sides stay those of the plain verb."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


@pytest.mark.parametrize("text, event", [
    ("LONDON (Reuters) - Britain demanded an explanation from Russia about the poisoning.", ("GBR", "RUS", "101")),
    ("WASHINGTON (Reuters) - The United States demanded information from China on the origins of the virus.",
     ("USA", "CHN", "101")),
    ("KYIV (Reuters) - Ukraine demanded compensation from Russia for the destroyed dam.", ("UKR", "RUS", "1031")),
    ("KYIV (Reuters) - Russia rejected Ukraine's demand for compensation.", ("UKR", "RUS", "1031")),
    ("TEHRAN (Reuters) - Iran rejected direct negotiations with the United States.", ("IRN", "USA", "125")),
    ("MOSCOW (Reuters) - The Kremlin rejected Ukraine's peace plan.", ("RUSGOV", "UKR", "127")),
    ("GAZA (Reuters) - Hamas rejected the ceasefire proposed by Egypt.", ("PSEREBHMS", "EGY", "1246")),
])
def test_the_thing_named_gives_the_subcode(text, event):
    assert event in _events(text)


def test_demand_for_a_commodity_is_no_event():
    assert _events("NEW YORK (Reuters) - Demand for information technology workers rose.") == []
