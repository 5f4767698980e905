"""Claims: forward-looking statements — projections, pledges, threats, warnings, predictions.

    find_claims(doc, res) -> [{"text", "start", "end", "subject", "object", "year", "kind"}]

A claim is a trigger from ``data/nlp/claims.tsv`` with its frame: a to-infinitive ("China is
projected to surpass the U.S. by 2035", "Iran threatened to close the strait") or a clause with a
future or conditional verb ("warned that prices would rise"). ``subject`` is the trigger's
subject, ``object`` the direct object of the verb it governs; each is the actor code of the
mention there when a `Resolution` is given (country mentions carry codes like CHN, USA), else the
words as written. ``year`` is a four-digit year inside the claim. ``text`` runs from the subject
to the end of the governed clause, leaving out trailing commentary after a comma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..actors.types import Resolution
from ..datafiles import read_utf8
from ..errors import DictionaryError

KINDS = ("projection", "pledge", "threat", "warning", "prediction")
FRAMES = ("to", "that", "any")
_FUTURE = {"will", "would", "could", "may", "might", "shall", "'ll", "going"}
_YEAR = re.compile(r"\b(19\d\d|20\d\d|21\d\d)\b")
_TRAILING = {"advcl", "punct", "parataxis", "cc", "conj"}


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    kind: str
    frame: str


@cache
def _triggers() -> dict[str, Trigger]:
    path = Path(str(resources.files("detente") / "data" / "nlp" / "claims.tsv"))
    out: dict[str, Trigger] = {}
    for n, line in enumerate(read_utf8(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("\t")]
        if len(f) != 3 or f[1] not in KINDS or f[2] not in FRAMES:
            raise DictionaryError(f"line {n}: expected lemma<TAB>{'|'.join(KINDS)}<TAB>{'|'.join(FRAMES)}, got {line!r}", source=str(path))
        out[f[0].lower()] = Trigger(f[0].lower(), f[1], f[2])
    return out


def find_claims(doc: Doc, res: Resolution | None = None) -> list[dict]:
    """Forward-looking statements in a parsed text, in text order."""
    triggers = _triggers()
    out = []
    for t in doc:
        trig = triggers.get(t.lemma_.lower())
        if trig is None or t.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        comp = _complement(t, trig)
        if comp is None:
            continue
        subj = _subject(t)
        if subj is None:
            continue
        obj = next((c for c in comp.children if c.dep_ in ("dobj", "attr")), None)
        if obj is None and comp.dep_ == "ccomp":
            obj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        span = _extent(doc, subj, t, comp)
        year = _YEAR.search(span.text)
        out.append(
            {
                "text": span.text,
                "start": span.start_char,
                "end": span.end_char,
                "subject": _name(subj, res),
                "object": _name(obj, res) if obj is not None else None,
                "year": year.group(1) if year else None,
                "kind": trig.kind,
            }
        )
    return out


def _complement(t: Token, trig: Trigger) -> Token | None:
    for c in t.children:
        if c.dep_ == "xcomp" and trig.frame in ("to", "any") and any(a.lower_ == "to" for a in c.children):
            return c
        if c.dep_ == "ccomp" and trig.frame in ("that", "any"):
            if any(a.lower_ in _FUTURE for a in c.children if a.dep_ == "aux"):
                return c
    return None


def _subject(t: Token) -> Token | None:
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if t.dep_ in ("xcomp", "conj", "advcl") and t.head is not t:
            t = t.head
        elif t.pos_ == "ADJ" and t.head.pos_ == "AUX":  # "China is likely to …"
            t = t.head
        else:
            return None
    return None


def _extent(doc: Doc, subj: Token, trigger: Token, comp: Token) -> Span:
    start = min(subj.left_edge.i, trigger.i)
    end = comp.i + 1
    for c in comp.children:
        if c.i > comp.i and c.dep_ not in _TRAILING:
            end = max(end, c.right_edge.i + 1)
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _name(tok: Token, res: Resolution | None) -> str:
    if res is not None:
        m = res.mention_at(tok.i)
        if m is not None:
            return m.code
    doc = tok.doc
    start, end = tok.left_edge.i, tok.i + 1
    if tok.ent_type_:
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return doc[start:end].text
