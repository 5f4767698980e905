"""A labour strike is against the employer, unless it is the nation's or its grievance is the
state's: a general or nationwide strike, or one over prices, a policy or a law, is against the
strikers' own government (cues.yaml `public_strike_words`, arguments.own_authorities)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}


@pytest.mark.parametrize("text, want", [
    ("ABUJA (Reuters) - Nigeria's main labour unions on Monday began an indefinite nationwide strike to protest "
     "against a sharp rise in fuel prices.", ("NGALAB", "NGAGOV", "14")),
    ("Nigerian unions declared a general strike on Monday.", ("NGALAB", "NGAGOV", "14")),
    ("Truck drivers in Brazil staged a strike against the fuel price hike.", ("BRALAB", "BRAGOV", "14")),
    ("Teachers in Kenya began a nationwide strike to protest against the new pay policy.", ("KENEDU", "KENGOV", "14")),
])
def test_a_strike_of_the_nation_or_over_the_states_matters_is_against_its_government(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "Hyundai workers began a general strike over wages.",  # a firm's workers
    "Workers at Samsung Electronics went on strike over the company's pension plan.",
    "Israel began air strikes on Gaza on Monday.",  # no labour strike
])
def test_a_firms_strike_or_an_air_strike_is_no_strike_against_the_government(text):
    assert not [e for e in _events(text) if e[2] == "14" and e[1] and e[1].endswith("GOV")]


def test_a_national_labour_centres_strike_is_against_its_government():
    """A congress or federation of a country's unions (cues `labour_centre_words`) strikes across
    trades, at no one employer ("the Nigeria Labour Congress", then "the NLC")."""
    text = ("ABUJA (Reuters) - The Nigeria Labour Congress (NLC) ordered its members to stay at home.\n\n"
            "The NLC staged a two-day warning strike in September after a similar round of talks failed.")
    assert ("NGALAB", "NGAGOV", "14") in _events(text)


@pytest.mark.parametrize("text, want", [
    ("French rail unions launched a strike against Macron's pension reform on Thursday.", ("FRALAB", "FRAGOV", "14")),
    ("South African mine workers launched a strike against Lonmin over wages.", ("ZAFLAB", None, "14")),
])
def test_a_strike_launched_by_working_people_is_a_labour_strike(text, want):
    got = _events(text)
    assert want in got
    assert not any(c == "19" for _, _, c in got)


@pytest.mark.parametrize("text, want", [
    ("Saudi-led coalition launched air strikes on Houthi positions in Yemen.", ("SAUMIL", "YEMREBHTH", "19")),
    ("Israel launched a strike on Iranian targets in Syria.", ("ISR", "IRN", "19")),
    ("Hamas launched a strike on Israeli towns.", ("PSEREBHMS", "ISR", "19")),
    # a strike aimed by its words is a blow whoever launched it
    ("Syrian opposition forces launched a strike on government positions in Aleppo.", ("SYROPP", "SYR", "19")),
    ("Ukrainian civilians launched a drone strike on Russia.", ("UKRCVL", "RUS", "19")),
])
def test_a_strike_launched_by_a_state_or_armed_actor_stays_force(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, want", [
    ("Indian nurses began a hunger strike outside the health ministry.", ("INDHLH", "INDGOV", "14")),
    ("Jailed Kurdish politicians in Turkey launched a hunger strike.", ("TURELI", "TURGOV", "14")),
])
def test_a_hunger_strike_begun_is_one_as_one_staged(text, want):
    assert want in _events(text)
