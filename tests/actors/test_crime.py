"""Crime news as local and wire outlets write it: the private individual who does a crime to
another is a criminal (CRM, actors/suspects.py `crime_verbs`), so the crime is a dyad; and a
wire's credit after a dateline we cannot place ("PERTH (AAP) -") is no actor (setting.py)."""

from __future__ import annotations

from detente.actors import resolve_actors
from detente.engine import code_records


def codes(nlp, dictionary, text):
    res = resolve_actors(nlp(text), dictionary=dictionary)
    return [(m.text, m.code) for m in res.mentions]


def events(text):
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["cameo"], e["target"]) for e in rec["events"] if e["modality"] == "asserted"]


def test_a_private_kidnapper_is_a_criminal_and_the_kidnapping_an_event(nlp, dictionary):
    assert ("USACRM", "181", "USACVL") in events("HOUSTON (AP) - A man kidnapped a 9-year-old girl from a park on Sunday.")
    # people who do no crime keep their code
    got = dict(codes(nlp, dictionary, "CHICAGO (AP) - A man spoke to a woman outside a nightclub."))
    assert not [c for c in got.values() if c.endswith("CRM")]


def test_the_doer_of_a_crime_named_by_a_who_clause_or_a_by_agent_is_a_criminal(nlp, dictionary):
    got = codes(nlp, dictionary, "NEW DELHI - Police arrested a man who stabbed a shopkeeper in Delhi.")
    assert ("man", "INDCRM") in got
    got = codes(nlp, dictionary, "MUMBAI - A woman was attacked by two men in Mumbai. The men were abducted by a gang.")
    assert ("woman", "INDCVL") in got  # the victim keeps her code


def test_an_arrested_generic_individual_is_a_criminal_but_not_the_victim(nlp, dictionary):
    got = dict(codes(nlp, dictionary, "DALLAS, Texas - A man was arrested Tuesday. A girl was found safe."))
    assert got["man"] == "USACRM" and got["girl"] == "USACVL"
    got = dict(codes(nlp, dictionary, "MUMBAI - Police arrested two men in Mumbai on Sunday."))
    assert any(t.startswith("men") and c == "INDCRM" for t, c in got.items()), got


def test_a_wire_credit_after_an_unknown_place_is_no_actor(nlp, dictionary):
    got = codes(nlp, dictionary, "PERTH (AAP) - Police charged a man with assault on Friday.")
    assert not [c for _, c in got if c.startswith("IND")], got
    got = codes(nlp, dictionary, "LUCKNOW (PTI) - Police arrested two men on Friday.")
    assert not [c for _, c in got if c.startswith("PAK")], got
    # a party named in the story itself is still the party
    got = codes(nlp, dictionary, "ISLAMABAD (Reuters) - PTI leader Imran Khan criticised the army.")
    assert any(c.startswith("PAKPTY") for _, c in got), got
