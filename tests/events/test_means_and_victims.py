"""Means used for an act, and harms done "against" someone.

- A means used "to" do something is the act done to whom the infinitive names: "police used tear
  gas to disperse protesters" is repression of the protesters (175), not an act with no one named
  (events/clauses.py `fold_controls` leaves verbs of using alone; coder.py `_used_for`).
- A stance on a harm (`harm_nouns`) done "against" someone is aimed at whoever did the harm, never
  at whom it was against: "France condemned the violence against protesters in Iran" disapproves
  of no protesters (events/arguments.py `_harm_against_someone`). Other nouns keep their
  "against" phrase as the accused: "presented evidence against Russia".
- Officials a modifier calls outsiders ("Western governments", "foreign governments") are no
  members of the body the story is about (actors/setting.py `_several_of_one_body`).
"""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


@pytest.mark.parametrize("text,want", [
    ("TBILISI (Reuters) - Police used tear gas to disperse protesters.", ("GEOCOP", "GEOOPP", "175")),
    ("TBILISI (Reuters) - Georgian police used water cannon and tear gas to disperse thousands of protesters "
     "outside parliament on Tuesday night.", ("GEOCOP", "GEOOPP", "175")),
    ("YANGON (Reuters) - The army used force to break up the protest.", ("MMRMIL", "MMROPP", "175")),
])
def test_a_means_used_to_do_an_act_is_that_act_on_whom_it_names(text, want):
    assert want in _events(text)


def test_a_stance_on_violence_against_people_is_not_against_them():
    events = _events("PARIS (Reuters) - France condemned the violence against protesters in Iran.")
    assert not any(t and t.endswith("OPP") for _, t, _ in events)


def test_violence_with_its_doer_named_is_the_doers():
    assert ("FRA", "IRN", "111") in _events("PARIS (Reuters) - France condemned Iran's violence against protesters.")


def test_evidence_against_someone_still_names_the_accused():
    assert any(e[:2] == ("USA", "RUS") and e[2].startswith("11") for e in _events("The US presented evidence against Russia."))


@pytest.mark.parametrize("text", [
    "TBILISI (Reuters) - The bill angered the European Union.\n\nPrime Minister Irakli Kobakhidze accused "
    "Western governments of meddling in Georgia's affairs.",
    "TBILISI (Reuters) - The bill angered the European Union.\n\nKobakhidze accused foreign governments of "
    "funding the opposition.",
])
def test_outsider_governments_are_not_the_body_of_the_story(text):
    assert not any(t and t.startswith("IGO") for _, t, _ in _events(text))


def test_officials_of_a_body_still_act_as_it():
    text = ("BRUSSELS (Reuters) - The EU imposed sanctions on Belarus.\n\nForeign ministers also agreed to freeze "
            "the assets of 20 officials.")
    assert any(s == "IGOEUREECGOV" for s, _, _ in _events(text))
