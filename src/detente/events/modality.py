"""Modality of a coded event: asserted, negated, future or hypothetical, read off the parse."""

from __future__ import annotations

from .lexicon import Cues


def clause_chain(tok, hops: int = 4) -> list:
    """The trigger and the verbs/adjectives that govern it by control ("plans to visit",
    "refused to meet", "is about to restore"): the words whose auxiliaries and negation count."""
    chain = [tok]
    t = tok
    for _ in range(hops):
        if t.dep_ not in ("xcomp", "acomp", "ccomp") or t.head is t:
            break
        if t.dep_ == "ccomp" and t.head.pos_ == "VERB":
            break  # reported speech keeps its own modality
        t = t.head
        chain.append(t)
    return chain


def modality(tok, sent, cues: Cues, *, governor=None) -> str:
    """`tok` is the trigger; `governor` the verb a noun event hangs from, if any."""
    chain = clause_chain(tok)
    if governor is not None:
        chain.extend(clause_chain(governor))
    negated = hyp = future = False
    for i, v in enumerate(chain):
        if i > 0 and v.lemma_.lower() in cues.future_governors:
            future = True
        for c in v.children:
            word = c.lower_
            dep = c.dep_
            if dep == "neg" or (dep in ("advmod", "det", "preconj", "cc") and word in cues.negation and dep != "cc"):
                negated = True
            elif dep == "aux":
                if word in cues.future_aux:
                    future = True
                elif word in cues.hypothetical_aux:
                    hyp = True
                elif c.lemma_ == "be" and v.tag_ == "VBG" and v.head is not v and v.dep_ == "xcomp":
                    pass
            elif dep == "mark" and word in cues.hypothetical_marks:
                hyp = True
        if v.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_marks for c in v.children):
                hyp = True
        # "is going to / set to / about to": the governor is the copula's complement
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in cues.future_governors:
            future = True
    if negated:
        return "negated"
    if hyp or sent.text.rstrip().rstrip("\"'”’ ").endswith("?"):
        return "hypothetical"
    if future:
        return "future"
    return "asserted"
