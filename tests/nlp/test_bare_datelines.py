"""A bare dateline ("KABUL - ", "NEW DELHI: ") is no part of its lead sentence when it names a
known place; capitals that name none ("NATO - ", "UPDATE: ") stay in it (nlp/pipeline.py)."""

from __future__ import annotations

import pytest

from detente.engine import code_records
from detente.nlp import load
from detente.nlp.pipeline import dateline_ends


@pytest.mark.parametrize("text,end", [
    ("KABUL - The Taliban banned girls from universities.", len("KABUL - ")),
    ("NEW DELHI: Nearly 150 Indians returned home on Wednesday.", len("NEW DELHI: ")),
    ("MOSCOW (Reuters) - Russia expelled two diplomats.", len("MOSCOW (Reuters) - ")),
])
def test_a_dateline_ends_before_the_lead(text, end):
    assert dateline_ends(text) == [end]


@pytest.mark.parametrize("text", ["NATO - The alliance said it would act.", "UPDATE: The talks resumed on Monday.",
                                  "RUSSIAN - The army said it shelled the town."])
def test_capitals_that_name_no_place_are_no_dateline(text):
    assert dateline_ends(text) == []


def test_the_lead_after_a_bare_dateline_is_parsed_on_its_own():
    doc = load()("KABUL - The Taliban banned girls from universities.")
    taliban = next(t for t in doc if t.text == "Taliban")
    assert taliban.dep_ == "nsubj" and taliban.head.text == "banned"
    assert not [t for t in doc if t.text == "KABUL" and t.dep_ == "nsubj"]


def test_the_lead_after_a_bare_dateline_is_coded():
    (rec,) = code_records([{"id": "1", "text": "KABUL - The Taliban banned girls from universities.", "date": "2022-12-21"}])
    assert any(e["source"] == "AFGGOVTAL" and e["cameo"][:2] == "17" for e in rec["events"]), rec["events"]
