import pytest

from detente.actors.types import Mention, Resolution
from detente.model import Actor
from detente.nlp.claims import find_claims


def _country_resolution(doc, names):
    actors, mentions = [], []
    for text, code in names.items():
        start = 0
        while (k := doc.text.find(text, start)) >= 0:
            span = doc.char_span(k, k + len(text), alignment_mode="expand")
            if code not in [a.code for a in actors]:
                actors.append(Actor(code=code, name=text, country=code))
            idx = [a.code for a in actors].index(code)
            mentions.append(Mention(span.text, span.start_char, span.end_char, span.start, span.end, idx, code))
            start = k + len(text)
    return Resolution(actors=actors, mentions=mentions).index()


def test_seed_gold_claims(seed):
    doc, gold = seed
    res = _country_resolution(doc, {"China": "CHN", "the U.S.": "USA"})
    found = find_claims(doc, res)
    for g in gold["claims"]:
        hit = [c for c in found if c["text"].startswith(g["text"])]
        assert hit, found
        c = hit[0]
        assert (c["subject"], c["object"], c["year"], c["kind"]) == (g["subject"], g["object"], g["year"], g["kind"])
    # without the actors stage the words stand in for the codes
    plain = [c for c in find_claims(doc, None) if c["text"].startswith(gold["claims"][0]["text"])][0]
    assert (plain["subject"], plain["object"]) == ("China", "the U.S.")


@pytest.mark.parametrize(
    "text, kind, subject, obj, year",
    [
        ("Iran threatened to close the Strait of Hormuz.", "threat", "Iran", "the Strait of Hormuz", None),
        ("Russia pledged to withdraw all troops by 2026.", "pledge", "Russia", "all troops", "2026"),
        ("The minister warned that prices would rise sharply next year.", "warning", "The minister", "prices", None),
        ("India is expected to overtake Japan in 2027, officials said.", "projection", "India", "Japan", "2027"),
    ],
)
def test_kinds(nlp, text, kind, subject, obj, year):
    c = find_claims(nlp(text), None)[0]
    assert (c["kind"], c["subject"], c["object"], c["year"]) == (kind, subject, obj, year)
    assert text[c["start"] : c["end"]] == c["text"]


def test_past_facts_are_not_claims(nlp):
    assert find_claims(nlp("The minister said prices rose sharply last year."), None) == []
    assert find_claims(nlp("Officials warned the public about the storm."), None) == []
