"""Provinces, regions and cities of a country (data/actors/provinces.tsv) as places of that country;
names shared by several countries resolved only when the context names one of them."""

import pytest

from detente.actors import ActorDictionary, resolve_actors
from detente.actors.dictionary import ActorDictionary as _D
from detente.datafiles import read_tsv
from detente.errors import DictionaryError


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), dictionary=d)


def codes(res):
    return {m.text: m.code for m in res.mentions}


@pytest.mark.parametrize("text,phrase,code", [
    ("Shelling hit two villages in Luhansk overnight.", "Luhansk", "UKR"),
    ("Aid convoys reached North Darfur on Tuesday.", "North Darfur", "SDN"),
    ("Police patrolled the streets of Hebron.", "Hebron", "PSE"),
    ("The authorities of Xinjiang detained a journalist.", "The authorities of Xinjiang", "CHNGOV"),
    ("Residents of Tigray fled the fighting.", "Residents of Tigray", "ETHCVL"),
])
def test_province_is_a_place_of_its_country(run, text, phrase, code):
    assert codes(run(text))[phrase] == code


def test_longest_place_beats_a_region_word(run):
    # "West" alone is the West (WST); "West Darfur" is a Sudanese state
    got = codes(run("Militias attacked a camp in West Darfur State."))
    assert got.get("West Darfur") == "SDN" and "West" not in got


@pytest.mark.parametrize("text,code", [
    ("Floods hit Punjab as India asked for help.", "IND"),
    ("Floods hit Punjab. Pakistan asked for help.", "PAK"),
    ("Floods hit Punjab on Monday.", None),
    ("Floods hit Punjab as India and Pakistan asked for help.", None),
])
def test_shared_name_needs_context(run, text, code):
    assert codes(run(text)).get("Punjab") == code


def test_bad_province_row_names_file_and_line(tmp_path):
    f = tmp_path / "p.tsv"
    f.write_text("place\tcountry\tkind\nAtlantis\tXXQ\tprovince\n", encoding="utf-8")
    d = _D()
    d.country_names["PAK"] = "Pakistan"
    with pytest.raises(DictionaryError, match="line 2"):
        d._load_provinces(read_tsv(f, ("place", "country", "kind")))
