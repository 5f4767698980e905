"""Grammar the quote finder reads off the parse: who a speech verb's subject is, whether the verb
is imagined (under a modal) or an idiom of the writer's ("That said"), which of several cues is
the outermost. Pure functions over spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Span, Token

MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "'ll", "’ll", "'d", "’d", "wo", "ca"}


def hypothetical(v: Token) -> bool:
    """A speech verb under a modal or in an infinitive: "they will scream “…”", "left to wonder:
    “…”" — words imagined by the writer, not said."""
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS or c.lower_ == "to") for c in v.children)


def personal(phrase: Span) -> bool:
    """Whether a subject phrase is a person: a pronoun or a name the tagger calls a person."""
    return any(t.pos_ == "PRON" or t.ent_type_ == "PERSON" for t in phrase)


def active(v: Token) -> bool:
    """A cue verb in the active voice whose subject (its own, or that of the verb it hangs on:
    "…, stating, “…”") is not a bare "that"/"this": "That said, …" and "That being said, …" are
    the writer's idioms, not speech frames."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return False
    subj = subject(v)
    return subj is not None and not (len(subj) == 1 and subj[0].lower_ in {"that", "this", "it"})


def outermost(cues: list[Token]) -> Token:
    """The last cue that is not inside another cue's reported clause: in "X said that the
    operation would continue “…”", 'continue' is what X said, so the quote is X's."""
    ids = {t.i for t in cues}

    def reported(v: Token) -> bool:
        x = v
        while x.head.i != x.i:
            if x.dep_ == "ccomp" and any(a.i in ids for a in x.ancestors):
                return True
            x = x.head
        return False

    outer = [t for t in cues if not reported(t)]
    return (outer or cues)[-1]


def adjacent_subject(phrase: Span) -> Span:
    """'” impeachment, Trump said' -> 'Trump'; but 'Macron, who met him, said' -> 'Macron'."""
    commas = [t.i for t in phrase if t.text == ","]
    if not commas:
        return phrase
    tail = phrase.doc[commas[-1] + 1 : phrase.end]
    if len(tail) and tail[0].lower_ not in {"who", "which", "that", "whose", "the", "a", "an"} and tail[0].pos_ in ("PROPN", "PRON"):
        return tail
    return phrase


def subject(v: Token) -> Span | None:
    """The subject of a cue verb, climbing from a participle, conjunct or noun it hangs on
    ("Xi emphasized the friendship, stating, …" -> "Xi")."""
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            # with two (a parse that split "CPUC President Marybel Batjer said"), the nearer one
            before = [c for c in subj if c.i < v.i]
            s = before[-1] if before else subj[0]
            doc = s.doc
            start, end = s.left_edge.i, s.i + 1
            if s.ent_type_:
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            return doc[start:end]
        if v.head.i == v.i:
            return None
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v.head.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
            # "The group, formed in May, sent a letter stating …": the participle's noun is the agent
            n = v.head
            return n.doc[n.left_edge.i : n.i + 1]
        v = v.head
    return None
