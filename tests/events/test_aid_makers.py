"""The thing an aid gives names its maker by its adjective ("Iranian drones"): the maker is no
receiver; a receiver the parser glues before the thing ("gave Ukraine American missiles") still is."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, maker", [
    ("Russia gave its troops Iranian drones.", "IRN"),
    ("Russia sent Iranian drones to the front.", "IRN"),
    ("Belarus has given its army Russian tanks.", "RUS"),
])
def test_the_maker_of_a_thing_given_is_no_receiver(text, maker):
    got = _events(text)
    assert not any(e[1] and e[1].startswith(maker) and e[2].startswith("07") for e in got), got


def test_a_passive_aid_is_to_its_to_phrase_not_the_maker():
    got = _events("Iranian drones were supplied to Russia last year.")
    assert any(e[1] == "RUS" and e[2].startswith("07") for e in got), got
    assert not any(e[1] == "IRN" for e in got), got


@pytest.mark.parametrize("text, expected", [
    ("Moscow supplied Syria with Iranian drones.", ("RUSGOV", "SYR")),
    ("Britain gave Ukraine American missiles.", ("GBR", "UKR")),
    ("Germany sent Ukraine Leopard tanks.", ("DEU", "UKR")),
    ("North Korea supplied Russian forces with artillery shells.", ("PRK", "RUSMIL")),
])
def test_the_receiver_stays(text, expected):
    got = _events(text)
    assert any(e[:2] == expected and e[2].startswith("07") for e in got), got


@pytest.mark.parametrize("text, giver, receiver", [
    # the maker's adjective hangs on a compound of the thing ("Russian fighter jets")
    ("Russian fighter jets were delivered to Iran.", "RUS", "IRN"),
    ("Iranian drones were supplied to Russia last year.", "IRN", "RUS"),
])
def test_a_passive_aid_with_no_giver_named_is_the_makers(text, giver, receiver):
    got = _events(text)
    assert any(e[0] and e[0][:3] == giver and e[1] == receiver and e[2] == "072" for e in got), got


def test_a_named_agent_gives_not_the_maker():
    got = _events("American tanks were sent to Ukraine by Germany.")
    assert ("DEU", "UKR", "072", "asserted") in got
    assert not any(e[0] and e[0].startswith("USA") for e in got), got
