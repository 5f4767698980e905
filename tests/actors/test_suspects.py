"""Suspects (actors/suspects.py): private individuals the article arrests, charges, tries or
sentences are criminals (CRM) in every mention; everyone else keeps their code."""

from __future__ import annotations

from detente.actors import resolve_actors
from detente.engine import code_records


def codes(nlp, dictionary, text):
    res = resolve_actors(nlp(text), dictionary=dictionary)
    return {m.text: m.code for m in res.mentions}


STORY = ("FORT WORTH, Texas (AP) — Michael Webb took the girl from her mother. Webb was arrested by police in Texas. "
         "Webb threatened the girl, prosecutors said.")


def test_an_arrested_private_individual_is_a_criminal_in_every_mention(nlp, dictionary):
    got = codes(nlp, dictionary, STORY)
    assert got["Michael Webb"] == got["Webb"] == "USACRM"


def test_people_no_legal_act_touches_keep_their_code(nlp, dictionary):
    got = codes(nlp, dictionary, "FORT WORTH, Texas (AP) — Michael Webb took the girl from her mother. Webb spoke to police.")
    assert got["Michael Webb"] == "USACVL"
    # a known politician charged keeps the office the dictionary knows
    got = codes(nlp, dictionary, "WASHINGTON (AP) — Donald Trump was charged in New York on Thursday.")
    assert not [c for c in got.values() if c.endswith("CRM")]


def test_the_suspects_acts_on_other_private_people_are_events():
    (rec,) = code_records([{"id": "1", "text": STORY, "date": "2019-11-18"}])
    assert any(e["source"] == "USACRM" and e["cameo"][:2] == "13" and e["target"] == "USACVL" for e in rec["events"]), rec["events"]
