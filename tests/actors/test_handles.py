"""Handles of the people an article names are mentions of them (actors/handles.py)."""

from __future__ import annotations

import pytest

from detente.actors import resolve_actors
from detente.actors.handles import handle_words
from detente.engine import code_records


@pytest.mark.parametrize("handle, words", [
    ("@MattBevin", ["matt", "bevin"]),
    ("@realDonaldTrump", ["donald", "trump"]),
    ("@SpeakerPelosi", ["speaker", "pelosi"]),
    ("@JoeBiden_2020", ["joe", "biden"]),
])
def test_handle_words(handle, words):
    assert handle_words(handle) == words


def _handles(nlp, text):
    res = resolve_actors(nlp(text))
    return {m.text: (m.code, res.actors[m.actor].name) for m in res.mentions if m.text.startswith("@")}


def test_a_handle_spelling_a_named_person_is_that_person(nlp):
    got = _handles(nlp, "WASHINGTON (AP) - Democrats beat Gov. Matt Bevin on Tuesday.\n"
                        "“Governor @MattBevin has done a wonderful job!” Trump tweeted before Election Day.")
    assert got["@MattBevin"][1] == "Matt Bevin"


def test_a_handle_of_a_title_or_of_someone_unnamed_stays_unresolved(nlp):
    got = _handles(nlp, "WASHINGTON (AP) - House Speaker Nancy Pelosi spoke on Tuesday.\n"
                        "She thanked @SpeakerPelosi staff and @JohnSmith for their work.")
    assert got == {}


def test_praise_tweeted_of_a_handle_is_praise_of_its_person():
    (rec,) = code_records([{"id": "1", "date": "2019-11-06", "text":
                            "WASHINGTON (AP) - Kentucky Democrats beat incumbent Gov. Matt Bevin on Tuesday.\n"
                            "“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted."}])
    assert ("USAGOV", "051", "USAGOV") in {(e["source"], e["cameo"], e["target"]) for e in rec["events"]}
