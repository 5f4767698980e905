"""Backers, "targeted", and free relative objects.

- A hyphened participle of backing names a backer, never who its phrase is: "the Iran-backed
  group" is the armed group named before, not Iran (events/roles.py `_backer`, actors/describe.py
  `_the_group`).
- "targeted" is force from a state or an armed actor (as "hit"), an embargo "with sanctions", and
  nothing from a campaign or a measure.
- A free relative object that the parser made a clause ("struck what the military said were
  Hezbollah depots") names what was struck; who said so is no target (events/arguments.py `_said_to_be`).
"""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_backed_group_is_the_group_named_before_not_its_backer():
    events = _events("BEIRUT (Reuters) - Hezbollah said it was ready for war.\n\n"
                     "Hours later, the Iran-backed group fired dozens of rockets at northern Israel.")
    assert ("LBNREBHEZ", "ISR", "190") in events
    assert not any(s == "IRN" for s, _, _ in events)


def test_a_backer_alone_is_no_doer():
    events = _events("BEIRUT (Reuters) - The Iran-backed group fired dozens of rockets at northern Israel.")
    assert not any(s == "IRN" for s, _, _ in events)


@pytest.mark.parametrize("text,want", [
    ("KYIV (Reuters) - Russian missiles targeted energy facilities in western Ukraine overnight.", ("RUS", "UKR", "190")),
    ("BEIRUT (Reuters) - Hezbollah said its fighters had targeted an Israeli army base.", ("LBNREB", "ISRMIL", "190")),
    ("WASHINGTON (Reuters) - The United States targeted Russian banks with new sanctions on Friday.", ("USA", "RUS", "163")),
])
def test_targeted_is_force_or_an_embargo(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - The Biden campaign targeted young voters in Michigan.",
    "WASHINGTON (Reuters) - The new sanctions target three Iranian officials.",
])
def test_targeted_by_no_armed_actor_is_no_force(text):
    assert not any(c.startswith("19") for _, _, c in _events(text))


def test_a_free_relative_object_names_what_was_struck():
    events = _events("BEIRUT (Reuters) - Israeli jets struck what the military said were Hezbollah weapons depots "
                     "in southern Lebanon on Sunday.")
    assert ("ISR", "LBNREBHEZ", "190") in events
    assert not any(t == "LBNMIL" for _, t, _ in events)


def test_who_backed_a_resolution_made_none_of_it():
    events = _events("VIENNA (Reuters) - The U.N. nuclear watchdog's board passed a resolution on Thursday censuring "
                     "Iran.\n\nThe resolution, drafted by Britain, France and Germany and backed by the United States, "
                     "was approved by 19 of the 35 board members.\n\nIran's foreign ministry condemned the resolution.")
    condemned = {t for s, t, c in events if s == "IRNGOV" and c.startswith("11")}
    assert condemned and "USA" not in condemned


def test_a_memorandum_of_understanding_is_the_deal_named_later():
    events = _events("MOGADISHU (Reuters) - Ethiopia signed a memorandum of understanding with Somaliland this month.\n\n"
                     "Somalia called the deal a violation of its sovereignty and an act of aggression.")
    assert ("SOM", "ETH", "111") in events


def test_a_force_word_with_a_weapon_for_subject_is_not_ambiguous():
    (rec,) = code_records([{"id": "1", "date": "2024-05-06",
                            "text": "KYIV (Reuters) - Russian drones struck energy infrastructure in the Odesa region overnight."}])
    (event,) = [e for e in rec["events"] if e["cameo"].startswith("19")]
    assert "ambiguous_trigger" not in event["confidence_factors"]
    (rec,) = code_records([{"id": "1", "date": "2024-05-06",
                            "text": "KYIV (Reuters) - Russian troops struck energy infrastructure in the Odesa region overnight."}])
    (event,) = [e for e in rec["events"] if e["cameo"].startswith("19")]
    assert "ambiguous_trigger" in event["confidence_factors"]


@pytest.mark.parametrize("text,mediator,sides", [
    ("KYIV (Reuters) - Russia and Ukraine exchanged prisoners in a swap mediated by the United Arab Emirates.",
     "ARE", {"RUS", "UKR"}),
    ("DOHA (Reuters) - Israel and Hamas agreed to a ceasefire brokered by Qatar.", "QAT", {"ISR", "PSE"}),
])
def test_a_mediation_participle_mediates_between_its_clauses_sides(text, mediator, sides):
    mediated = {t[:3] for s, t, c in _events(text) if s == mediator and c == "045"}
    assert mediated == sides
