"""Golden test: the seed news page against its hand annotation in ../shared/seeds."""

import json

from detente.actors import ActorDictionary, resolve_actors


def _resolve(nlp, shared):
    text = (shared / "seeds" / "000_e25c9ce347118446.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seeds" / "000_e25c9ce347118446.gold.json").read_text(encoding="utf-8"))
    return resolve_actors(nlp(text), on=None, dictionary=ActorDictionary.load()), gold


def test_people_codes_and_mentions(nlp, shared):
    res, gold = _resolve(nlp, shared)
    for person in gold["people"]:
        actors = [a for a in res.actors if a.name == person["name"]]
        assert actors, f"{person['name']} not resolved"
        actor = actors[0]
        assert actor.code == person["actor"], (person["name"], actor.code)
        texts = [m.text for m in actor.mentions]
        for want in person["mentions_include"]:
            # a name may sit at the end of a longer titled mention ("U.S. President Donald Trump")
            assert any(t == want or t.endswith(" " + want) for t in texts), (want, texts)


def test_countries_mentioned(nlp, shared):
    res, gold = _resolve(nlp, shared)
    countries = {a.country for a in res.actors}
    assert set(gold["countries_mentioned"]) <= countries


def test_metonyms(nlp, shared):
    res, gold = _resolve(nlp, shared)
    by_text = {}
    for m in res.mentions:
        by_text.setdefault(m.text.lower(), set()).add(m.code)
    for item in gold["metonyms"]:
        assert item["actor"] in by_text.get(item["text"].lower(), set()), (item, by_text.get(item["text"].lower()))


def test_pronoun_he_stated_is_xi(nlp, shared):
    res, _ = _resolve(nlp, shared)
    doc_text = (shared / "seeds" / "000_e25c9ce347118446.txt").read_text(encoding="utf-8")
    at = doc_text.index("He stated")
    m = next(m for m in res.mentions if m.start == at)
    assert m.via == "pronoun" and res.actor_of(m).name == "Xi Jinping"


def test_mention_at_covers_the_whole_phrase(nlp, shared):
    res, _ = _resolve(nlp, shared)
    m = next(m for m in res.mentions if m.text == "Chinese President Xi Jinping")
    for i in range(m.tok_start, m.tok_end):
        assert res.mention_at(i) is m
