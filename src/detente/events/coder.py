"""The event coder: parsed sentences + resolved actors -> CAMEO/PLOVER events.

For each sentence: find trigger words (one dict lookup per token), pick each trigger's most
specific pattern, read source and target off the parse (`roles`), decide the modality
(`modality`), fold control and speech verbs into the events they govern, then merge repeats
of the same event across the article into one `Event` with a mention count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..actors.types import Mention, Resolution
from ..model import Event
from .lexicon import Lexicon, Pattern, quad_class
from .modality import modality
from .roles import (
    SUBJECT_PREPS,
    agent_mentions,
    governing_verb,
    is_passive,
    phrase_mentions,
    same_side,
    subject_token,
)

POS_CLASS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
CONTEXT_WINDOW = 3  # sentences an agentless passive may look back for its actor


@dataclass(slots=True)
class _Trigger:
    tok: object
    pattern: Pattern
    obj: object | None = None  # the object token a pattern's object constraint matched
    consumed: bool = False


@dataclass(slots=True)
class _Raw:
    sources: list[Mention]
    targets: list[Mention]
    code: str
    modality: str
    trigger: object
    sym: bool = False
    pairs: list[tuple[Mention | None, Mention | None]] = field(default_factory=list)


def code_events(doc, res: Resolution, *, on: date | None = None, lexicon: Lexicon | None = None) -> list[Event]:
    """Code the events of a parsed document (`doc`, a spaCy Doc) whose actors `res` resolved.

    Pure: same inputs, same events. `on` is the article date (reserved for date-dependent
    patterns; actor codes already carry the date through `res`)."""
    lexicon = lexicon or Lexicon.load()
    cues = lexicon.cues
    merged: dict[tuple, Event] = {}
    context: list[tuple[int, list[Mention]]] = []  # (sentence number, subject mentions)
    for n, sent in enumerate(doc.sents):
        triggers = _find_triggers(sent, lexicon)
        raws = _code_sentence(sent, triggers, res, lexicon, context, n)
        for raw in raws:
            for src, tgt in _pairs(raw):
                ev = _event(raw, src, tgt, sent, lexicon)
                key = (ev.source, ev.target, ev.cameo, ev.modality)
                if key in merged:
                    merged[key].mentions += 1
                else:
                    merged[key] = ev
        subj = _sentence_subject(sent, res)
        if subj:
            context.append((n, subj))
    return list(merged.values())


# ---------------------------------------------------------------- triggers


def _find_triggers(sent, lexicon: Lexicon) -> dict[int, _Trigger]:
    found: dict[int, _Trigger] = {}
    for tok in sent:
        pos = POS_CLASS.get(tok.pos_)
        if pos is None:
            continue
        pats = lexicon.lookup(pos, tok.lemma_.lower())
        if not pats and pos == "N":
            pats = lexicon.lookup(pos, tok.lower_)  # "talks" lemmatised as a proper noun
        if not pats:
            continue
        for p in pats:  # most specific first
            ok, obj = _matches(tok, p, lexicon)
            if ok:
                found[tok.i] = _Trigger(tok, p, obj)
                break
    # a verb pattern that names its object ("impose sanctions") absorbs the noun's own pattern,
    # and so does any coded verb the noun is the object of ("signed a treaty of cooperation")
    for trig in list(found.values()):
        if trig.obj is not None and trig.obj.i in found and trig.obj.i != trig.tok.i:
            found[trig.obj.i].consumed = True
        if trig.pattern.pos == "N":
            verb, dep = governing_verb(trig.tok, lexicon.cues.quantity_nouns)
            if verb is not None and dep in ("dobj", "via-dobj") and verb.i in found:
                gov = found[verb.i].pattern.flags
                if not ({"say", "intent", "reject"} & gov):
                    trig.consumed = True
    return found


def _mod_lemmas(tok) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")} | {
        c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
    }


def _objects(tok, p: Pattern, quantity: frozenset[str]):
    cands = []
    passive = is_passive(tok)
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd") or (passive and c.dep_ == "nsubjpass"):
            cands.append(c)
        elif c.dep_ in ("prep", "prt") and p.prep and c.lower_ == p.prep:
            cands.extend(g for g in c.children if g.dep_ == "pobj")
    out = []
    while cands:
        c = cands.pop(0)
        out.append(c)
        if c.lemma_.lower() in quantity and len(out) < 8:
            for g in c.children:
                if g.dep_ == "prep":
                    cands.extend(x for x in g.children if x.dep_ == "pobj")
        cands.extend(g for g in c.children if g.dep_ == "conj")
    return out


def _matches(tok, p: Pattern, lexicon: Lexicon) -> tuple[bool, object | None]:
    if p.prep and not any(c.dep_ in ("prep", "prt", "agent") and c.lower_ == p.prep for c in tok.children):
        return False, None
    if p.pos != "V":
        if p.mods:
            mods = _mod_lemmas(tok)
            if not all(m & mods for m in p.mods):
                return False, None
        return True, None
    if not p.heads:
        return True, None
    for obj in _objects(tok, p, lexicon.cues.quantity_nouns):
        lemma = obj.lemma_.lower()
        if lemma in p.heads or obj.lower_ in p.heads:
            if p.mods:
                mods = _mod_lemmas(obj)
                if not all(m & mods for m in p.mods):
                    continue
            return True, obj
    return False, None


# ---------------------------------------------------------------- roles per sentence


def _code_sentence(sent, triggers, res, lexicon, context, n) -> list[_Raw]:
    cues = lexicon.cues
    out: list[_Raw] = []
    # control verbs fold their complement's event in: "refused to meet", "pledged to provide aid"
    folded: dict[int, tuple[_Trigger, str]] = {}
    for trig in triggers.values():
        flags = trig.pattern.flags
        if "intent" in flags or "reject" in flags:
            comp = _complement_trigger(trig.tok, triggers)
            if comp is not None:
                table = cues.reject if "reject" in flags else cues.intent
                code = lexicon.recode(table, comp.pattern.code) or trig.pattern.code
                folded[trig.tok.i] = (comp, code)
                comp.consumed = True
    for trig in triggers.values():
        if trig.consumed:
            continue
        tok, p = trig.tok, trig.pattern
        code = p.code
        role_tok = tok
        if tok.i in folded:
            comp, code = folded[tok.i]
            role_tok = comp.tok
        if "say" in p.flags:
            raw = _speech(trig, triggers, res, lexicon, sent)
            if raw:
                out.append(raw)
            continue
        if p.pos == "V" or p.pos == "A":
            raw = _verb_event(tok, role_tok, code, p, res, lexicon, sent, context, n)
        else:
            raw = _noun_event(tok, code, p, res, lexicon, sent)
        if raw is None:
            continue
        if raw.modality == "future" and tok.i not in folded:
            raw.code = lexicon.recode(cues.intent, raw.code) or raw.code
        out.append(raw)
    return out


def _complement_trigger(tok, triggers) -> _Trigger | None:
    stack = [c for c in tok.children if c.dep_ in ("xcomp", "dobj")]
    for _ in range(3):
        if not stack:
            return None
        c = stack.pop(0)
        if c.i in triggers:
            return triggers[c.i]
        stack.extend(g for g in c.children if g.dep_ in ("xcomp", "dobj"))
    return None


def _subjects(verb, res, lexicon, context, n) -> tuple[list[Mention], bool, list[Mention]]:
    """(sources, passive?, passive subject mentions)."""
    subj, passive = subject_token(verb)
    if passive or is_passive(verb):
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
        sources = agent_mentions(verb, res)
        if not sources:
            sources = _from_context(context, n)
        return sources, True, targets
    if subj is None:
        return [], False, []
    return phrase_mentions(subj, res, SUBJECT_PREPS), False, []


def _from_context(context, n) -> list[Mention]:
    """An agentless passive's actor: the subject of a recent sentence, when there is just one."""
    for k, mentions in reversed(context):
        if n - k > CONTEXT_WINDOW:
            break
        codes = {m.code for m in mentions}
        if len(codes) == 1:
            return mentions[:1]
        return []
    return []


def _targets(tok, res, lexicon, exclude: set[str]) -> list[Mention]:
    cues = lexicon.cues
    preps = set(cues.target_preps) | {"by"}
    kids = list(tok.children)
    order = [c for c in kids if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    for prep in cues.target_preps:
        order.extend(c for c in kids if c.dep_ in ("prep", "dative") and c.lower_ == prep)
    # "urged Eriador to respond", "is ready to contribute troops to Liberia"
    order.extend(c for c in kids if c.dep_ in ("xcomp", "acomp"))
    # "demanded that the Sudanese government end curbs": the clause's subject
    order.extend(c for c in kids if c.dep_ == "ccomp")
    for c in order:
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "ccomp":
            subj, _ = subject_token(c)
            heads = [subj] if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") and subj.head is c else []
        elif c.dep_ in ("xcomp", "acomp"):
            heads = [x for x in (_targets(c, res, lexicon, exclude),) if x]
            if heads:
                return heads[0]
            continue
        else:
            heads = [c]
        for h in heads:
            found = phrase_mentions(h, res, preps, skip=exclude)
            if found:
                return found
    return []


def _reciprocal(tok, cues) -> bool:
    for c in tok.subtree:
        if c.lower_ in cues.reciprocal and c.i != tok.i:
            return True
    return False


def _verb_event(tok, role_tok, code, p, res, lexicon, sent, context, n) -> _Raw | None:
    cues = lexicon.cues
    verb = tok
    if p.pos == "A":  # "X is ready to ...": the copula carries the subject
        verb = tok
    sources, passive, ptargets = _subjects(verb, res, lexicon, context, n)
    exclude = {m.code for m in sources}
    targets = ptargets or _targets(role_tok, res, lexicon, exclude)
    if not targets and role_tok is not tok:
        targets = _targets(tok, res, lexicon, exclude)
    targets = [m for m in targets if not same_side(m.code, exclude)]
    if not sources and not targets:
        return None
    if not sources and not passive and tok.dep_ in ("pcomp", "amod", "acl", "compound", "pobj", "advcl"):
        return None  # a verb inside another event's phrase with no subject of its own
    mod = modality(role_tok, sent, cues)
    if role_tok is not tok and mod == "asserted":
        mod = modality(tok, sent, cues)
    raw = _Raw(sources, targets, code, mod, tok, sym="sym" in p.flags)
    if len(sources) > 1 and not targets and (raw.sym or _reciprocal(role_tok, cues)):
        raw.sym = True
    return raw


def _noun_event(tok, code, p, res, lexicon, sent) -> _Raw | None:
    cues = lexicon.cues
    sources: list[Mention] = []
    targets: list[Mention] = []
    sym = "sym" in p.flags
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            pair = [m for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
            if len(pair) >= 2:
                return _Raw(pair[:1], pair[1:], code, modality(tok, sent, cues), tok, sym=True)
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and res.mention_at(c.i) is not None):
            sources = phrase_mentions(c, res, SUBJECT_PREPS)
            if sources:
                break
    if not sources:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in cues.source_preps:
                sources = [m for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
                if sources:
                    break
    exclude = {m.code for m in sources}
    for prep in cues.target_preps:
        if prep in cues.source_preps:
            continue
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                targets = [
                    m
                    for g in c.children
                    if g.dep_ == "pobj"
                    for m in phrase_mentions(g, res, SUBJECT_PREPS, skip=exclude)
                ]
            if targets:
                break
        if targets:
            break
    verb, dep = governing_verb(tok, cues.quantity_nouns)
    # an event noun borrows its governing verb's subject only as that verb's object ("held
    # talks", "allocated billions in aid") or when it is a light noun ("support", "aid")
    if verb is not None and not (dep in ("dobj", "via-dobj") or "light" in p.flags):
        verb = None
    if not sources and verb is not None:
        subj, passive = subject_token(verb)
        if passive or is_passive(verb):
            sources = agent_mentions(verb, res)
        elif subj is not None:
            sources = phrase_mentions(subj, res, SUBJECT_PREPS)
        exclude = {m.code for m in sources}
        targets = [m for m in targets if not same_side(m.code, exclude)]
        if not targets and dep == "dobj":
            targets = _targets(verb, res, lexicon, exclude)
    if "light" in p.flags and verb is None and not sources:
        return None
    if not targets and not (sym and len(sources) > 1):
        return None  # an event noun with no one on the receiving end says too little
    mod = modality(tok, sent, cues, governor=verb)
    return _Raw(sources, targets, code, mod, tok, sym=sym and len(sources) > 1 and not targets)


def _speech(trig, triggers, res, lexicon, sent) -> _Raw | None:
    """A speech verb codes 010 (or a demand, for "X said Y must ...") only when the clause it
    reports codes nothing better; the clause's own events are coded where they stand."""
    tok = trig.tok
    cues = lexicon.cues
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
    if tok.dep_ in ("parataxis", "ccomp") and tok.head is not tok:
        return None  # ", officials said": the main clause is the news
    sources = _subjects(tok, res, lexicon, [], 0)[0]
    exclude = {m.code for m in sources}
    for c in comps:
        demand = any(a.dep_ == "aux" and a.lower_ in cues.demand_modals for a in c.children)
        inner = [triggers[t.i] for t in c.subtree if t.i in triggers and t.i != tok.i]
        if inner and not demand:
            return None  # the reported clause codes something better than a statement
        if not sources:
            return None
        subj, _ = subject_token(c)
        if subj is None:
            continue
        targets = phrase_mentions(subj, res, SUBJECT_PREPS, skip=exclude)
        if not targets:
            continue
        if demand:  # "X said Y must ...": what Y must do is demanded, not done
            for t in inner:
                t.consumed = True
        code = cues.demand_code if demand else trig.pattern.code
        return _Raw(sources, targets, code, modality(tok, sent, cues), tok)
    return None


def _sentence_subject(sent, res) -> list[Mention]:
    root = sent.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and not agent_mentions(root, res)):
            return phrase_mentions(c, res, SUBJECT_PREPS) if c.dep_ == "nsubj" else agent_mentions(root, res)
    return []


# ---------------------------------------------------------------- events


def _pairs(raw: _Raw):
    src = raw.sources or [None]
    if raw.sym and not raw.targets and len(raw.sources) > 1:
        for a in raw.sources:
            for b in raw.sources:
                if a is not b and a.code != b.code:
                    yield a, b
        return
    if raw.sym and raw.targets and len(raw.sources) == 1 and raw.trigger.pos_ in ("NOUN", "PROPN"):
        # "a call between Xi and Putin": a joint act, coded both ways
        for a in raw.sources + raw.targets:
            for b in raw.sources + raw.targets:
                if a is not b and a.code != b.code:
                    yield a, b
        return
    tgt = raw.targets or [None]
    for a in src:
        for b in tgt:
            if a is not None and b is not None and a.code == b.code:
                continue
            yield a, b


def _event(raw: _Raw, src: Mention | None, tgt: Mention | None, sent, lexicon: Lexicon) -> Event:
    info = lexicon.info(raw.code)
    tok = raw.trigger
    return Event(
        source=src.code if src else None,
        target=tgt.code if tgt else None,
        cameo=raw.code,
        plover=info.plover,
        goldstein=info.goldstein,
        quad_class=quad_class(raw.code),
        modality=raw.modality,
        text=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        trigger=tok.text,
        trigger_start=tok.idx,
        trigger_end=tok.idx + len(tok.text),
        source_text=src.text if src else None,
        target_text=tgt.text if tgt else None,
    )
