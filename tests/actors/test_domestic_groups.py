"""Generic groups of a country's people that wire stories name when they turn on their own
government: retirees, motorists, street vendors, indigenous groups (its civilians, CVL), and the
political class or ruling elite they blame (its elites, ELI): actors of the country in context."""

import pytest

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"]}


@pytest.mark.parametrize("text, want", [
    ("Motorists in Nigeria blamed the government for the fuel shortage.", ("NGACVL", "NGAGOV", "11")),
    ("Ecuadorean indigenous leaders demanded that the government restore fuel subsidies.", ("ECUCVL", "ECUGOV", "10")),
    ("Retirees in Chile protested against the government's pension system.", ("CHLCVL", "CHLGOV", "14")),
    ("Street vendors in Bolivia protested against the interim government.", ("BOLCVL", "BOLGOV", "14")),
    ("Young people in Iraq have blamed the political elite for the country's crisis.", ("IRQCVL", "IRQELI", "11")),
])
def test_a_countrys_generic_groups_are_its_actors(text, want):
    assert want in _events(text), _events(text)


def test_a_vendor_of_goods_is_no_civilian():
    assert not any((s or "").endswith("CVL") for s, _, _ in _events("The software vendor Oracle sued the Kenyan government."))


@pytest.mark.parametrize("text, want", [
    ("Hong Kong residents blame those in power for this crisis.", ("HKGCVL", "HKGGOV", "11")),
    ("Russian forces shelled the population of Kharkiv.", ("RUSMIL", "UKRCVL", "19")),
])
def test_a_countrys_population_and_those_in_power_are_its_civilians_and_government(text, want):
    assert want in _events(text), _events(text)
