"""Suspects: a private individual the article has arrested, charged, tried or sentenced is, in
CAMEO's terms, a criminal (`CRM`), not a civilian (`CVL`).

    Michael Webb, 51, was arrested in Fort Worth ... Webb threatened the girl.

Webb becomes `USACRM` in every mention, so his acts on other private people (`USACVL`) are
dyads, as the coders of real news code them; before, two `USACVL`s were one side and the act was
lost. A stage of its own, run last in `resolve_actors` (after `setting.py` has made the article's
private individuals), on its `Resolution`, as `setting.py` does: those actors and their
mentions are recoded in place, and the `Resolution` is returned re-indexed. Only private
individuals (`CVL` persons the dictionary does not know) change: a known politician, an
activist or a journalist named by title keeps their role. The verbs are `attachment.yaml`'s
`suspect_verbs` (the person is their object, or their passive subject); pleading guilty and
confessing (`confess_verbs`, the person their subject) count too, and so does doing a crime to
someone (`crime_verbs`: the person is their subject, their passive's "by" agent, or the noun a
"who" clause of one modifies: "a man kidnapped a girl", "a man who shot dead a shopkeeper").
A generic private individual (`individual_nouns`: "a man", "two women") is recoded in that
mention and the later ones of the same word only: the dictionary makes one actor of all a
sentence's "man" and "girl", and the girl is no suspect.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .types import Resolution


def mark_suspects(doc: Doc, res: Resolution, words: dict[str, frozenset[str]]) -> Resolution:
    """`res` with the private individuals that are the suspects of a legal act, or the doers of a
    crime, recoded `CRM`."""
    private = {i for i, a in enumerate(res.actors) if a.kind == "person" and _private(a.code)}
    individuals = words["individual_nouns"]
    generic = [(m, h) for m in res.mentions if _private(m.code) and res.actors[m.actor].kind == "group"
               and (h := _head(doc, m)).lemma_.lower() in individuals]
    if not private and not generic:
        return res
    suspects = {m.actor for m in res.mentions if m.actor in private and _suspect(doc[m.tok_end - 1], words)}
    # a generic one: that mention and the later ones of its word ("a man ... the man")
    first: dict[tuple[int, str], int] = {}  # (actor, word) -> where it is first a suspect
    for m, h in generic:
        key = (m.actor, h.lemma_.lower())
        if _suspect(h, words) and m.start < first.get(key, m.start + 1):
            first[key] = m.start
    recode = [m for m, h in generic if (key := (m.actor, h.lemma_.lower())) in first and m.start >= first[key]]
    if not suspects and not recode:
        return res
    for i in suspects:
        a = res.actors[i]
        res.actors[i] = replace(a, code=a.code[:3] + "CRM", role="CRM")
    for m in res.mentions:
        if m.actor in suspects:
            m.code = res.actors[m.actor].code
    for m in recode:
        m.code = m.code[:3] + "CRM"
    return res.index()


def _head(doc: Doc, m):
    """A mention's head word ("men" of "men in Uttar Pradesh")."""
    return doc[m.tok_start:m.tok_end].root


def _private(code: str) -> bool:
    return code.endswith("CVL") and len(code) == 6


def _suspect(tok, words: dict[str, frozenset[str]]) -> bool:
    """Whether a mention's head token is the one a legal act is done to ("was arrested", "arrested
    Webb"), the one who pleads guilty or confesses, or the one who does a crime ("a man stabbed",
    "was raped by two men", "a man who shot dead")."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ in ("nsubjpass", "dobj") and lemma in words["suspect_verbs"]:
        return True
    if tok.dep_ == "nsubj" and lemma in words["confess_verbs"]:
        return True
    crimes = words["crime_verbs"]
    if tok.dep_ == "nsubj" and lemma in crimes:
        return True
    if tok.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in crimes:
        return True  # "was raped by two men"
    return any(c.dep_ == "relcl" and c.lemma_.lower() in crimes
               and any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)
               for c in tok.children)  # "a man who shot dead a shopkeeper"
