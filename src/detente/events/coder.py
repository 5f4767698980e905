"""The event coder: parsed sentences + resolved actors -> CAMEO/PLOVER events.

For each sentence: find trigger words (one dict lookup per token), pick each trigger's most
specific pattern, read source and target off the parse (`roles`), decide the modality
(`modality`), fold control and speech verbs into the events they govern, then merge repeats
of the same event across the article into one `Event` with a mention count.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..actors.types import Mention, Resolution
from ..model import Event
from .lexicon import Lexicon, Pattern, quad_class
from .modality import clause_chain, modal_flags, modality
from .roles import (
    SUBJECT_PREPS,
    agent_mentions,
    governing_verb,
    is_passive,
    phrase_mentions,
    same_side,
    stative,
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
    reverse_code: str | None = None  # a user pattern's "[a:b]": b from the target to the source
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
                found = [_event(raw, src, tgt, sent, lexicon)]
                if raw.reverse_code:
                    found.append(_event(raw, tgt, src, sent, lexicon, code=raw.reverse_code))
                for ev in found:
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
        if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in lexicon.cues.quantity_nouns:
            continue  # a noun naming a kind of thing ("war games", "ceasefire agreement"), not an act
        pats = ()
        if tok.lower_ != tok.lemma_.lower():
            # a user dictionary may list a form ("SAID", "LEFT") apart from its lemma
            pats = lexicon.lookup(pos, tok.lower_)
            if pos == "V" and not (pats and "user" in pats[0].flags):
                pats = ()
        pats = pats or lexicon.lookup(pos, tok.lemma_.lower())
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


def _objects(tok, p: Pattern, quantity: frozenset[str], statives: frozenset[str] = frozenset()):
    cands = []
    passive = is_passive(tok, statives)
    # "is opposed to X" (passive, or an adjectival complement of the copula): X is the object
    state = stative(tok, statives) and not any(c.dep_ == "dobj" for c in tok.children)
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd") or (passive and c.dep_ == "nsubjpass"):
            cands.append(c)
        elif c.dep_ in ("prep", "prt") and ((p.prep and c.lower_ == p.prep) or (state and c.lower_ == "to")):
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


def _word_at(doc, i: int, alt: tuple[str, ...], lo: int, hi: int) -> bool:
    if i < lo or i + len(alt) > hi:
        return False
    for k, w in enumerate(alt):
        t = doc[i + k]
        if w != t.lower_ and w != t.lemma_.lower():
            return False
    return True


def _sequence(tok, p: Pattern) -> bool:
    """A user dictionary pattern's words, in order: `before` in the sentence ahead of the verb,
    `after` in the verb's phrase behind it; an adjacent slot touches its neighbour (TABARI "_")."""
    doc, sent = tok.doc, tok.sent
    if p.after:
        right = tok.right_edge.i + 1
        pos = tok.i + 1  # first index the next slot may start at
        prev_end = tok.i + 1
        for slot in p.after:
            starts = [prev_end] if slot.adjacent else range(pos, right)
            hit = next(((i, a) for i in starts for a in slot.alts if _word_at(doc, i, a, tok.i + 1, right)), None)
            if hit is None:
                return False
            pos = prev_end = hit[0] + len(hit[1])
    if p.before:
        nxt = tok.i  # the slot must end before this index
        for slot in reversed(p.before):
            if slot.adjacent:
                ends = [nxt]
            else:
                ends = range(nxt, sent.start, -1)
            hit = next(
                ((e - len(a), a) for e in ends for a in slot.alts if _word_at(doc, e - len(a), a, sent.start, tok.i)), None
            )
            if hit is None:
                return False
            nxt = hit[0]
    return True


def _matches(tok, p: Pattern, lexicon: Lexicon) -> tuple[bool, object | None]:
    if p.before or p.after:
        return _sequence(tok, p), None
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
    for obj in _objects(tok, p, lexicon.cues.quantity_nouns, lexicon.cues.stative_passives):
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
            for _ in range(2):  # "refused to commit to any assistance": through a second control verb
                inner = _complement_trigger(comp.tok, triggers) if comp is not None and "intent" in comp.pattern.flags else None
                if inner is None:
                    break
                comp.consumed = True
                comp = inner
            if comp is not None:
                table = cues.reject if "reject" in flags else cues.intent
                code = lexicon.recode(table, comp.pattern.code) or trig.pattern.code
                folded[trig.tok.i] = (comp, code)
                comp.consumed = True
        elif trig.pattern.pos == "V" and not ({"say", "user"} & flags) and trig.pattern.code:
            # any other coded verb governing a coded infinitive is the news, acting on the
            # complement's target: "threatened to impose tariffs on X" is a threat against X
            comp = next((triggers.get(c.i) for c in trig.tok.children if c.dep_ == "xcomp"), None)
            if comp is not None and not comp.consumed and "say" not in comp.pattern.flags:
                folded[trig.tok.i] = (comp, trig.pattern.code)
                comp.consumed = True
    for trig in triggers.values():
        if trig.consumed:
            continue
        tok, p = trig.tok, trig.pattern
        code = p.code
        if not code:
            continue  # a user dictionary's null code ("---"): matched, codes nothing
        role_tok = tok
        if tok.i in folded:
            comp, code = folded[tok.i]
            role_tok = comp.tok
        if "say" in p.flags or _reports(tok, p, lexicon):
            raw = _speech(trig, triggers, res, lexicon, sent)
            if raw:
                out.append(raw)
            continue
        if p.pos == "V" or p.pos == "A":
            joint = tok.i in folded and "sym" in folded[tok.i][0].pattern.flags  # "failed to reach agreement"
            themes = frozenset(t.obj.i for t in (trig, folded[tok.i][0] if tok.i in folded else None) if t is not None and t.obj is not None and t.obj.pos_ != "VERB")
            fprep = folded[tok.i][0].pattern.prep if tok.i in folded else None
            raw = _verb_event(tok, role_tok, code, p, res, lexicon, sent, context, n, joint=joint, themes=themes, folded_prep=fprep)
            if raw is not None and not raw.targets and _elaborates(tok, triggers):
                continue  # "shelled Juba, killing 20 people": the adjunct elaborates the coded act
        else:
            raw = _noun_event(tok, code, p, res, lexicon, sent)
        if raw is None:
            continue
        if tok.i not in folded and "user" not in p.flags:
            _announced(raw, role_tok, sent, lexicon)
        if not raw.targets and raw.code[:2] in cues.dyadic_roots and not (raw.sym and len(raw.sources) > 1):
            continue  # an act always done to someone, whose someone the sentence does not name
        out.append(raw)
    return out


def _reports(tok, p: Pattern, lexicon: Lexicon) -> bool:
    """Whether a user dictionary's bare entry for a speech verb ("SAID [023]") is reporting a
    clause (", a senior official said"): then it is coded as the built-in speech verbs are."""
    return "user" in p.flags and not (p.before or p.after) and tok.lemma_.lower() in lexicon.speech


def _reflexive(tok, res, exclude: set[str]) -> bool:
    """Whether the verb's direct object (or its complement clause's subject: "allowing
    Washington to focus") is itself an actor on the source's side."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            c = next((g for g in c.children if g.dep_ == "nsubj"), None)
        elif c.dep_ != "dobj":
            continue
        if c is not None:
            m = res.mention_at(c.i)
            return m is not None and same_side(m.code, exclude)
    return False


def _elaborates(tok, triggers) -> bool:
    """Whether a verb is an adjunct clause with no subject of its own ("..., killing 20 people",
    "resigned to allow elections", "blocked roads demanding ...") of another coded verb."""
    if tok.dep_ != "advcl" or tok.head == tok or tok.head.i not in triggers:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _announced(raw: _Raw, tok, sent, lexicon: Lexicon) -> None:
    """CAMEO codes announced acts as what they announce: a future cooperative act is an intent
    (03: "will visit"), a future protest or use of force a threat (13: "said they would blockade
    Paris"), and a cooperative act announced as not going to happen a rejection (12: "said it
    would not meet the demands")."""
    cues = lexicon.cues
    root = raw.code[:2]
    if raw.modality == "future":
        recoded = lexicon.recode(cues.intent, raw.code)
        if recoded is None and root.isdigit() and 14 <= int(root) <= 20:
            recoded = lexicon.recode(cues.threat, raw.code)
        raw.code = recoded or raw.code
    elif raw.modality == "negated" and root in ("03", "04", "05", "06", "07", "08"):
        _neg, hyp, future = modal_flags(tok, sent, cues)
        recoded = lexicon.recode(cues.reject, raw.code) if future and not hyp else None
        if recoded:
            raw.code, raw.modality = recoded, "asserted"


def _complement_trigger(tok, triggers) -> _Trigger | None:
    """The coded act a control verb governs: its infinitive or object, also through a
    preposition ("refused to commit to any assistance")."""

    def args(t):
        for c in t.children:
            if c.dep_ in ("xcomp", "dobj"):
                yield c
            elif c.dep_ == "prep":
                yield from (g for g in c.children if g.dep_ == "pobj")

    stack = list(args(tok))
    for _ in range(4):
        if not stack:
            return None
        c = stack.pop(0)
        if c.i in triggers:
            return triggers[c.i]
        stack.extend(args(c))
    return None


def _subjects(verb, res, lexicon, context, n) -> tuple[list[Mention], bool, list[Mention]]:
    """(sources, passive?, passive subject mentions)."""
    statives = lexicon.cues.stative_passives
    subj, passive = subject_token(verb, statives=statives)
    if passive or is_passive(verb, statives):
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
        sources = agent_mentions(verb, res)
        if not sources:
            sources = _from_context(context, n)
        return sources, True, targets
    if subj is None:
        return [], False, []
    found = phrase_mentions(subj, res, SUBJECT_PREPS)
    if not found and subj.pos_ == "PRON":
        found = _speaker(verb, res)
    return found, False, []


def _speaker(verb, res) -> list[Mention]:
    """An unresolved pronoun subject of a reported clause is its speaker ("the farmers said they
    would ..."): the subject of the verb that reports the clause."""
    t = verb
    for _ in range(4):
        if t.dep_ == "ccomp" and t.head != t:
            subj, passive = subject_token(t.head)
            if subj is None or passive:
                return []
            return phrase_mentions(subj, res, SUBJECT_PREPS)
        if t.dep_ not in ("conj", "xcomp") or t.head == t:
            return []
        t = t.head
    return []


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


def _targets(
    tok, res, lexicon, exclude: set[str], themes: frozenset[int] = frozenset(), first_prep: str | None = None
) -> list[Mention]:
    """The target of a verb: its object, then its prepositional objects in `target_preps` order,
    then an infinitive's or reported clause's. An object a pattern names (`themes`: "offered its
    troops", "imposed sanctions") is what is given or done, not to whom: only its own
    prepositional phrases are searched ("sanctions on X")."""
    cues = lexicon.cues
    preps = set(cues.target_preps) | {"by"}
    kids = list(tok.children)
    # a pattern's own preposition names the target first: "withdrew from X to Y", "called on X"
    order = [c for c in kids if first_prep and c.dep_ in ("prep", "prt") and c.lower_ == first_prep and c.pos_ == "ADP"]
    order += [c for c in kids if c.dep_ in ("dobj", "dative", "attr", "oprd")]
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
            heads = [subj] if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") and subj.head == c else []
        elif c.i in themes:
            heads = [g for p in c.children if p.dep_ == "prep" and p.lower_ in cues.target_preps for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ in ("xcomp", "acomp"):
            heads = [x for x in (_targets(c, res, lexicon, exclude, themes),) if x]
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


def _verb_event(
    tok,
    role_tok,
    code,
    p,
    res,
    lexicon,
    sent,
    context,
    n,
    *,
    joint: bool = False,
    themes: frozenset[int] = frozenset(),
    folded_prep: str | None = None,
) -> _Raw | None:
    cues = lexicon.cues
    verb = tok
    if p.pos == "A":  # "X is ready to ...": the copula carries the subject
        verb = tok
    sources, passive, ptargets = _subjects(verb, res, lexicon, context, n)
    exclude = {m.code for m in sources}
    if sources and not passive and _reflexive(role_tok, res, exclude):
        return None  # "allowing Washington to focus": an act on the source's own side is no event
    prep = folded_prep if role_tok != tok else p.prep
    targets = ptargets or _targets(role_tok, res, lexicon, exclude, themes, prep)
    if not targets and role_tok != tok:
        targets = _targets(tok, res, lexicon, exclude, themes, p.prep)
    targets = [m for m in targets if not same_side(m.code, exclude)]
    if not sources and not targets:
        return None
    if not sources and not passive and tok.dep_ in ("pcomp", "amod", "acl", "compound", "pobj", "advcl"):
        return None  # a verb inside another event's phrase with no subject of its own
    if not sources and not passive and targets:
        reported = {t.i for c in tok.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        if all(m.tok_start in reported for m in targets):
            return None  # "..., an official said": an unknown speaker does nothing to the clause's subject
    mod = modality(role_tok, sent, cues)
    if role_tok != tok and mod == "asserted":
        mod = modality(tok, sent, cues)
    if "user" in p.flags:
        sources, targets = _user_roles(tok, p, res, sources, targets)
        if not sources and not targets:
            return None
        if not targets and sources and not (len(sources) > 1 and _reciprocal(tok, cues)):
            # as for the built-in patterns: the nearest actor in the verb's own phrase
            # ("SAID * WAS_PLEASED": "said it was pleased with Peru")
            targets = _phrase_target(tok, res, cues, {m.code for m in sources}, passive)
        mod = _absorbed(mod, p, cues)
    else:
        cond = _condition(role_tok, cues) or (_condition(tok, cues) if role_tok != tok else None)
        threat = lexicon.recode(cues.threat, code) if cond is not None else None
        if threat:  # "will boycott the elections unless the president steps down"
            code, mod = threat, ("negated" if mod == "negated" else "asserted")
            if not targets:
                subj, _ = subject_token(cond)
                found = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
                targets = [m for m in found if m.code not in exclude]  # a party may threaten its own state
        if not targets and sources and code[:2] in cues.location_roots:
            targets = _located(role_tok, res, exclude) or (_located(tok, res, exclude) if role_tok != tok else [])
        together = len(sources) > 1 and (joint or "sym" in p.flags or _reciprocal(role_tok, cues))
        if not targets and sources and not together:
            # no argument names a target: the nearest actor inside the verb's own phrase
            # ("rejected a Senegalese peace plan", "threatened to resume attacks in Israel")
            targets = _phrase_target(role_tok, res, cues, exclude, passive) or (
                _phrase_target(tok, res, cues, exclude, passive) if role_tok != tok else []
            )
    if not sources and code[:2] in cues.unknown_attacker_roots:
        # "were killed by an improvised explosive device outside the Iraqi city of Basra": CAMEO
        # codes an attack with no named attacker to the unidentified armed forces (UAF) of the
        # country it happens in
        sources = _unidentified_forces(tok, res, cues)
    raw = _Raw(sources, targets, code, mod, tok, sym=joint or "sym" in p.flags, reverse_code=p.reverse_code)
    if len(sources) > 1 and not targets and (raw.sym or _reciprocal(role_tok, cues)):
        raw.sym = True
    return raw


#: Dependents whose actors are not on the receiving end of the verb's act: its subject (the
#: source's side) and clauses that report or comment on it.
_NOT_TARGET_DEPS = {"nsubj", "csubj", "expl", "parataxis", "punct", "cc", "mark", "aux", "auxpass", "neg"}


def _enters(c, circumstance: frozenset[str]) -> bool:
    """Whether the target fallback walks into dependent `c`: not into circumstances ("amid ...",
    "after ...") nor into clauses they introduce."""
    if c.dep_ in ("parataxis", "punct") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        return False  # a coordinated verb is an act of its own
    if c.dep_ == "prep" and c.lower_ in circumstance:
        return False
    if c.dep_ in ("advcl", "advmod", "pcomp") and any(m.dep_ == "mark" and m.lower_ in circumstance for m in c.children):
        return False
    return True


def _phrase_target(tok, res, cues, exclude: set[str], passive: bool, limit: int = 60) -> list[Mention]:
    """The first actor (breadth-first, then left to right) in the phrase a verb heads, leaving out
    its subject, reporting clauses and circumstances; a fallback when no argument slot names a
    target."""
    queue = [
        c
        for c in tok.children
        if c.dep_ not in _NOT_TARGET_DEPS and not (c.dep_ == "nsubjpass" and not passive) and _enters(c, cues.circumstance)
    ]
    seen = 0
    while queue and seen < limit:
        nxt = []
        for t in queue:
            seen += 1
            m = res.mention_at(t.i)
            if m is not None and not same_side(m.code, exclude):
                return phrase_mentions(t, res, SUBJECT_PREPS, skip=exclude) or [m]
            nxt.extend(c for c in t.children if _enters(c, cues.circumstance))
        queue = sorted(nxt, key=lambda t: t.i)
    return []


def _condition(tok, cues):
    """The "unless ..." clause of the trigger's clause chain, if any."""
    for v in clause_chain(tok):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in c.children):
                return c
    return None


def _located(tok, res, exclude: set[str]) -> list[Mention]:
    """The actor of an "in <place>" phrase of the verb or of its object."""
    holders = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    if g.dep_ == "pobj":
                        # a country's own people protest in it: only the very same actor is skipped
                        found = [m for m in phrase_mentions(g, res, SUBJECT_PREPS) if m.code not in exclude]
                        if found:
                            return found
    return []


def _unidentified_forces(tok, res, cues) -> list[Mention]:
    """The unidentified armed forces of the country an attack happens in: the first state named
    by a place phrase ("in", "near", "outside" ...) of the verb or of its non-actor subject or
    agent ("a roadside bombing near Samarra", "killed by a device outside Basra")."""
    holders = [tok]
    for c in tok.children:
        if c.dep_ in ("nsubj", "agent"):
            holders.extend(g for g in ([c] if c.dep_ == "nsubj" else c.children) if g.dep_ in ("nsubj", "pobj"))
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in cues.place_preps:
                # "outside of the city": the place may hang off a second preposition
                places = [g for g in c.children if g.dep_ == "pobj"]
                places += [x for g in c.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
                for g in places:
                    for m in phrase_mentions(g, res, SUBJECT_PREPS):
                        country = m.code[:3]
                        if country.isalpha() and country not in ("IGO", "NGO"):
                            return [replace(m, code=country + "UAF")]
    return []


def _user_roles(tok, p: Pattern, res, sources, targets):
    """A user pattern's role markers: "+ WAS_ * ..." (the subject is the target), "FROM $"
    (the source is that preposition's object), "WITH +" (the target is)."""
    roles = p.roles
    if not roles:
        return sources, targets
    if roles.get("tgt") == "subject":
        subj, _ = subject_token(tok)
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
        sources = agent_mentions(tok, res) if roles.get("src") is None else []
    for side in ("src", "tgt"):
        prep = roles.get(side)
        if prep in (None, "subject"):
            continue
        found = _prep_objects(tok, prep, res)
        if found:
            if side == "src":
                sources = found
            else:
                targets = found
    exclude = {m.code for m in sources}
    return sources, [m for m in targets if not same_side(m.code, exclude)]


def _prep_objects(tok, prep: str, res) -> list[Mention]:
    if prep == "object":
        heads = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    else:
        heads = [g for c in tok.subtree if c.lower_ == prep and c.dep_ in ("prep", "agent", "dative")
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
    for h in heads:
        found = phrase_mentions(h, res, SUBJECT_PREPS)
        if found:
            return found
    return []


def _absorbed(mod: str, p: Pattern, cues) -> str:
    """A user pattern that spells out its negation or modal ("WILL NOT *", "SAID WOULD *")
    has its own code for it: the clause is coded as asserted."""
    words = {w for slot in p.before + p.after for alt in slot.alts for w in alt}
    if mod == "negated" and words & cues.negation:
        return "asserted"
    if mod == "hypothetical" and words & (cues.hypothetical_aux | cues.hypothetical_marks):
        return "asserted"
    return mod


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
    if not sources:
        return None  # an act named by a noun with no one doing it ("in peace negotiations with Syria")
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
    if tok.dep_ in ("parataxis", "ccomp") and tok.head != tok:
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


def _event(raw: _Raw, src: Mention | None, tgt: Mention | None, sent, lexicon: Lexicon, code: str | None = None) -> Event:
    code = code or raw.code
    info = lexicon.info(code)
    tok = raw.trigger
    return Event(
        source=src.code if src else None,
        target=tgt.code if tgt else None,
        cameo=code,
        plover=info.plover,
        goldstein=info.goldstein,
        quad_class=quad_class(code),
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
