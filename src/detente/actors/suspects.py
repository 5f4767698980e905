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
confessing (`confess_verbs`, the person their subject) count too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .types import Resolution


def mark_suspects(doc: Doc, res: Resolution, suspect_verbs: frozenset[str], confess_verbs: frozenset[str]) -> Resolution:
    """`res` with the private individuals that are the suspects of a legal act recoded `CRM`."""
    private = {i for i, a in enumerate(res.actors) if a.kind == "person" and a.code.endswith("CVL") and len(a.code) == 6}
    if not private:
        return res
    suspects = {m.actor for m in res.mentions if m.actor in private and _suspect(doc[m.tok_end - 1], suspect_verbs, confess_verbs)}
    if not suspects:
        return res
    for i in suspects:
        a = res.actors[i]
        res.actors[i] = replace(a, code=a.code[:3] + "CRM", role="CRM")
    for m in res.mentions:
        if m.actor in suspects:
            m.code = res.actors[m.actor].code
    return res.index()


def _suspect(tok, suspect_verbs: frozenset[str], confess_verbs: frozenset[str]) -> bool:
    """Whether a mention's head token is the one a legal act is done to ("was arrested", "arrested
    Webb") or the one who pleads guilty or confesses."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ in ("nsubjpass", "dobj") and lemma in suspect_verbs:
        return True
    return tok.dep_ == "nsubj" and lemma in confess_verbs
