"""A country's own people or bodies acting on the country named as a whole at one remove from
the act ("people arriving illegally in Australia", "a man travelled from Florida to Atlanta") is
mostly a place read as a target: the `own_country` factor makes the event less sure. Two parts
of one country ("Australian police arrested ...", "farmers protested against the French
government"), the state acting on its own people ("China detained two activists") and the
country the act is done to by name ("rights groups accused Australia of ...") are ordinary
domestic events, and keep no such doubt."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def event(text, cameo_root):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    found = [e for e in rec["events"] if e["cameo"].startswith(cameo_root) and e["modality"] == "asserted"]
    assert found, rec["events"]
    return found[0]


@pytest.mark.parametrize("text, root", [
    ("Australian tourists praised the beaches of Australia in a survey.", "05"),
    ("Australian workers reacted angrily to the job cuts, which Australia's biggest bank said were needed.", "11"),
])
def test_a_country_as_a_whole_facing_its_own_people_is_less_sure(text, root):
    ev = event(text, root)
    assert "cues.own_country" in ev["confidence_factors"]


@pytest.mark.parametrize("text, root", [
    ("Australian police arrested three men in Sydney on Tuesday.", "17"),
    ("French farmers protested against the French government in Paris.", "14"),
    ("Canada accused Chinese hackers of stealing research.", "11"),
    ("China detained two Chinese activists in Beijing on Monday.", "17"),
    ("Australian rights groups accused Australia of breaching the refugee convention.", "11"),
    ("Syrian opposition forces launched a strike on government positions in Aleppo.", "19"),
])
def test_parts_of_one_country_or_two_countries_keep_no_such_doubt(text, root):
    assert "cues.own_country" not in event(text, root)["confidence_factors"]
