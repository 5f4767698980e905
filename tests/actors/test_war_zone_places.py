"""The places of the wars and unrest of early-2000s news are places of their country
(provinces.tsv): Afghanistan's east, Indonesia's islands, the Solomons' and Papua New Guinea's,
the southern Philippines', Israel's regions: a bare role in a story set there takes that country."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), dictionary=d)


def codes(res):
    return {m.text: m.code for m in res.mentions}


@pytest.mark.parametrize("place,code", [
    ("Khost", "AFG"), ("Paktia", "AFG"), ("Spin Boldak", "AFG"), ("Bagram", "AFG"), ("Tora Bora", "AFG"),
    ("Sulawesi", "IDN"), ("Ambon", "IDN"), ("Sumatra", "IDN"), ("Kalimantan", "IDN"), ("Irian Jaya", "IDN"),
    ("Guadalcanal", "SLB"), ("Malaita", "SLB"), ("Bougainville", "PNG"),
    ("Basilan", "PHL"), ("Jolo", "PHL"), ("the Negev", "ISR"), ("Allahabad", "IND"), ("Jammu", "IND"),
])
def test_police_there_are_that_countrys(run, place, code):
    res = run(f"Police in {place} have detained three men after a bomb blast at a market. "
              "Police say the men will be questioned.")
    assert {c for t, c in codes(res).items() if t.lower().startswith("police")} == {code + "COP"}


def test_an_old_name_is_the_same_place(run):
    assert codes(run("Pilgrims gathered at the river in Benares on Sunday."))["Benares"] == "IND"
