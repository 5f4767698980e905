"""A demonym before an armed group the tables lack gives the group its country: "Iraqi Kataib
Hezbollah fighters" are Iraq's rebels (IRQREB), whether the unknown name is glued onto a known
one (context.py makes it a bare role; builder.py `_with_demonym`) or wholly unknown ("Iraqi Harakat
al-Nujaba militants": grouping.py `_group_name`; resolve.py keeps it from being a person)."""

import pytest

from detente.engine import code_records


def _sources(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {e["source"] for e in rec["events"]}


@pytest.mark.parametrize("text, source", [
    ("Iraqi Kataib Hezbollah fighters attacked a US base near Baghdad.", "IRQREB"),
    ("Iraqi Kataib Hezbollah attacked a US base near Baghdad.", "IRQREB"),
    ("Iraqi Kataib Sayyid al-Shuhada fighters attacked a US base near Baghdad.", "IRQREB"),
    ("Iraqi Harakat al-Nujaba militants fired rockets at the US embassy.", "IRQREB"),
])
def test_a_demonym_places_an_unknown_armed_group(text, source):
    assert source in _sources(text), _sources(text)


@pytest.mark.parametrize("text, source", [
    ("Lebanese Hezbollah fighters fired rockets at Israel.", "LBNREBHEZ"),
    ("Pakistani Taliban fighters attacked police in Swat.", "PAKREBTTP"),
])
def test_known_groups_keep_their_code(text, source):
    assert source in _sources(text), _sources(text)
