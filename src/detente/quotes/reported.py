"""Reported speech: a speech or writing verb with a clausal complement, "X said (that) …", as a
`Quote` with ``direct=False`` whose text is the reported clause without "that"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors.types import Resolution
from ..model import Quote
from .confidence import Evidence, score
from .grammar import subject
from .lexicon import Lexicon
from .speakers import People


def reported_speech(doc: Doc, res: Resolution | None, lex: Lexicon, people: People) -> list[Quote]:
    out = []
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        cue = lex.cue_for(t.lemma_.lower(), t.lower_)
        if cue is None or cue.kind not in ("speech", "writing"):
            continue
        comps = [c for c in t.children if c.dep_ == "ccomp"]
        if not comps:
            continue
        c = comps[0]
        start, end = c.left_edge.i, c.right_edge.i + 1
        if doc[start].lower_ == "that":
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        clause = doc[start:end]
        if len(clause) < 3 or not any(x.pos_ in ("VERB", "AUX") for x in clause) or t.i in range(start, end):
            continue
        phrase = subject(t)
        speaker = people.resolve(phrase, res) if phrase is not None else None
        out.append(
            Quote(
                text=clause.text,
                start=clause.start_char,
                end=clause.end_char,
                speaker=speaker.name if speaker else None,
                speaker_actor=speaker.actor if speaker else None,
                cue=cue.lemma,
                direct=False,
                confidence=score(Evidence("cue", speaker.via if speaker else "none", "reported")),
            )
        )
    return out
