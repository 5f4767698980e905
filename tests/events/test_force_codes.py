"""Which root a word of force codes: a suicide bomber who blew himself up bombed (1831), no
property destroyed (patterns.tsv `blow up` himself); a rocket that blasted off was launched, no
one criticised (patterns.tsv `blast off`); a killing by a bomb is a bombing, a state's bomb an air
raid (cues `weapon_force` bomb, then `state_force`), and one in a stretch or a wave of strikes, or
joined to a wounding by a weapon, is that weapon's force (events/senses.py `_weapon_force`); states
that clashed over an issue traded words (`_clash_of_views`), over a place or a time they fought; an
incursion is force across a border; a patrol "in tandem with" the place's own forces shows none."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"]



@pytest.mark.parametrize("text", [
    "The US space shuttle Discovery has blasted off from the Kennedy Space Centre on its way to the International Space Station with a new crew.",
    "The European rocket has blasted off from French Guiana carrying a NASA satellite.",
])
def test_a_launch_that_blasted_off_is_no_criticism(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "A Palestinian suicide bomber blew himself up outside a cafe in Jerusalem, wounding six people.",
    "Two suicide bombers blew themselves up at a police station in Kabul on Monday.",
    "A militant tried to blow himself up at a bus station in Haifa.",
])
def test_a_bomber_who_blew_himself_up_is_a_suicide_bombing(text):
    got = _events(text)
    assert any(c == "1831" for _, _, c in got) and not any(c.startswith("17") for _, _, c in got), got


def test_what_rebels_blew_up_stays_property_destroyed():
    got = _events("BOGOTA (Reuters) - Rebels blew up a power line in northern Colombia.")
    assert any(c == "1712" for _, _, c in got), got


@pytest.mark.parametrize("text, want", [
    ("Five Afghan fighters were killed by an American bomb that missed its target.", "195"),
    ("Eleven people were killed by a car bomb in central Baghdad.", "1832"),
])
def test_a_killing_by_a_bomb_is_a_bombing_and_a_states_bomb_an_air_raid(text, want):
    got = _events(text)
    assert any(c == want for _, _, c in got) and not any(c == "1823" for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Australia and the United Nations have openly clashed in Geneva, over how best to deal with asylum seekers.",
    "France and Germany clashed over farm subsidies at the summit in Brussels.",
    "Japan clashed with South Korea over whether to extend the trade deal.",
])
def test_states_that_clashed_over_an_issue_traded_words(text):
    got = _events(text)
    assert got and all(c == "111" for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "India and Pakistan clashed over Kashmir.",
    "India and Pakistan clashed over the disputed border.",
    "Russia and Ukraine clashed over the weekend near Bakhmut.",
    "Students clashed with police over tuition fees in Santiago, Chile.",
])
def test_a_clash_over_a_place_or_a_time_or_with_police_stays_force(text):
    got = _events(text)
    assert any(c.startswith("19") for _, _, c in got) and not any(c == "111" for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Nearly 50 civilians have been killed in two nights of US air strikes near Kandahar, a local official said.",
    "Twelve fighters were killed in a wave of Turkish drone strikes in northern Iraq.",
])
def test_a_killing_in_a_stretch_or_a_wave_of_strikes_is_the_strikes_force(text):
    got = _events(text)
    assert any(c == "195" for _, _, c in got) and not any(c == "1823" for _, _, c in got), got


@pytest.mark.parametrize("text, want", [
    ("Ethiopian troops have launched an incursion into Somalia.", ("ETHMIL", "SOM", "190")),
    ("Ethiopia's incursion into Somalia was condemned by the African Union.", ("ETH", "SOM", "190")),
])
def test_an_incursion_is_force_across_a_border(text, want):
    assert want in _events(text)


def test_a_companys_incursion_into_a_market_is_no_force():
    assert _events("The company's incursion into the European market has been a success.") == []


@pytest.mark.parametrize("text, want", [
    ("Two Palestinians were killed and more than 120 injured in the air strikes.", "195"),
    ("Four soldiers were killed and six wounded by Russian shelling.", "194"),
])
def test_a_killing_joined_to_a_wounding_by_a_weapon_is_that_weapons_force(text, want):
    got = _events(text)
    assert any(c == want for _, _, c in got) and not any(c == "1823" for _, _, c in got), got


def test_a_patrol_in_tandem_with_the_places_own_forces_is_no_show_of_force():
    assert _events("German peacekeepers patrolled the streets of Pristina in tandem with Kosovo police.") == []


def test_a_patrol_of_a_foreign_city_stays_a_show_of_force():
    got = _events("Russian troops are patrolling the streets of Kherson.")
    assert any(c == "150" for _, _, c in got), got
