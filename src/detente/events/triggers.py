"""Trigger matching: which tokens of a sentence name an act, and with which lexicon pattern.

One dict lookup per token (`Lexicon.lookup` by part of speech and lemma or form), then each
candidate pattern, most specific first, is checked against the parse: its preposition, its
object's head and modifiers, or a user dictionary's word sequence (TABARI "before * after").
`coder.py` calls `find_triggers` once per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .lexicon import Lexicon, Pattern
from .modality import infinitive, unexcluded
from .roles import amount_in, count_phrases, governing_verb, is_passive, named_after, own_act_frame, relative_object, stative
from .senses import aimed_strike


POS_CLASS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}


@dataclass(slots=True)
class Trigger:
    """A token that matched a lexicon pattern; `consumed` once another trigger's event absorbs it."""

    tok: object
    pattern: Pattern
    obj: object | None = None  # the object token a pattern's object constraint matched
    consumed: bool = False


def find_triggers(sent, lexicon: Lexicon) -> dict[int, Trigger]:
    """The trigger words of a sentence, by token index: each with its most specific matching
    pattern, marked consumed where a coded verb's pattern absorbs its object noun."""
    found: dict[int, Trigger] = {}
    for tok in sent:
        pos = POS_CLASS.get(tok.pos_)
        if pos is None:
            continue
        if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in lexicon.cues.quantity_nouns:
            continue  # a noun naming a kind of thing ("war games", "ceasefire agreement"), not an act
        if pos == "N" and named_after(tok, lexicon.cues.nonevent_heads, ("of",)):
            continue  # "prisoners of war", "veterans of the war": people, not an act
        pats = ()
        if tok.lower_ != tok.lemma_.lower():
            # a user dictionary may list a form ("SAID", "LEFT") apart from its lemma
            pats = lexicon.lookup(pos, tok.lower_)
            if pos == "V" and not (pats and "user" in pats[0].flags):
                pats = ()
        if not pats and _gerund_noun(tok):
            pats = lexicon.lookup("N", tok.lower_)  # "Fighting between X and Y killed 25": the noun "fighting"
        pats = pats or lexicon.lookup(pos, tok.lemma_.lower())
        if (not pats or all("experiencer" in q.flags for q in pats)) and pos == "V" and tok.tag_ == "VBN" \
                and is_passive(tok) and stative(tok, lexicon.cues.stative_passives):
            # "Berlin is frustrated with Warsaw": a participle of feeling with no "by" agent is its
            # adjective, a stance of its subject (cues.yaml `stative_passives`), also where the
            # verb has rows of its own ("China's decision disappointed Washington")
            pats = lexicon.lookup("A", tok.lower_) or pats
        if not pats and pos == "N":
            pats = lexicon.lookup(pos, tok.lower_)  # "talks" lemmatised as a proper noun
        if not pats:
            continue
        if pos == "N":
            pats = tuple(q for q in pats if "given" not in q.flags or _received(tok, lexicon.cues))
        picked = _pick(tok, pats, lexicon)
        if picked is not None:
            p, obj = picked
            if obj is not None and p.pos == "V" and "label" not in p.flags and _labels_object(tok, obj):
                # "Iran called the Israeli strike a provocation": a naming, not a strike called
                p, obj = next(((q, None) for q in pats if "label" in q.flags), (p, obj))
            felt = _felt_as_verb(obj, lexicon) if obj is not None and p.pos == "V" else None
            if felt:
                p = replace(p, code=felt)  # "expressed regret over Tokyo's decision": regretted it
            if "labour" in p.flags and obj is not None and aimed_strike(obj, lexicon.cues):
                continue  # "Israeli jets began a strike on Hezbollah targets": the noun's blow, no labour strike
            if obj is not None and any(g.dep_ == "neg" for g in obj.children):
                # "found not guilty": the row's sense, denied; "pleaded not guilty": its opposite
                # act where it has one (cues.yaml `negated_objects`)
                p = replace(p, code=lexicon.cues.negated_objects.get(p.code, ""))
            if p.pos == "V" and unexcluded(tok, lexicon.cues):
                p = replace(p, code="")  # "did not rule out sending troops": no refusal; the act stays its own
            found[tok.i] = Trigger(tok, p, obj)
    # a verb pattern that names its object ("impose sanctions") absorbs the noun's own pattern,
    # and so does any coded verb the noun is the object of ("signed a treaty of cooperation"); a
    # built-in sense that codes nothing absorbs nothing ("received aid from X": X's aid, undergone;
    # a user dictionary's null code stops its phrase, as in PETRARCH: "GRANT AID [---]")
    # An act rebutted ("rejected U.S. criticism", "denied accusations by X") is another's, done:
    # it stays an event of its own (cues.yaml `rebuttal_verbs`).
    cues = lexicon.cues
    # Talks between two sides that a third hosted or brokered (`hosting_verbs`) were held by those
    # two: the noun stays an event of its own beside the host's.
    for trig in list(found.values()):
        if (trig.obj is not None and trig.obj.i in found and trig.obj.i != trig.tok.i and _absorbs(trig.pattern)
                and not rebutted(found[trig.obj.i].pattern, trig.tok, cues)
                and not rebutted_in_frame(trig.obj, found[trig.obj.i].pattern, trig.tok, cues)
                and not _hosted(found[trig.obj.i], trig.tok, cues, found)
                and not judged_meeting(trig.obj, found[trig.obj.i].pattern, trig.pattern.code, cues)):
            found[trig.obj.i].consumed = True
        if trig.pattern.pos == "N" and trig.pattern.code[:2] == _REJECTION and not trig.consumed:
            # "its rejection of any talks with Washington", "the refusal of aid": the act refused
            # is not done, as the object of "rejected" is absorbed (a demand or criticism rejected
            # stays its maker's: `rebutted_roots`)
            for c in trig.tok.children:
                for g in c.children if c.dep_ == "prep" and c.lower_ == "of" else ():
                    if g.dep_ == "pobj" and g.i in found and found[g.i].pattern.code[:2] not in cues.rebutted_roots:
                        found[g.i].consumed = True
        if trig.pattern.pos == "N":
            verb, dep = governing_verb(trig.tok, cues.quantity_nouns)
            # "retaliated with missile strikes": the act done through a frame is the verb's own, as its object is
            framed = dep == "prep" and verb is not None and own_act_frame(trig.tok, verb, cues.own_act_frames, cues.quantity_nouns)
            if verb is not None and (dep in ("dobj", "via-dobj") or framed) and verb.i in found and _absorbs(found[verb.i].pattern) \
                    and not rebutted(trig.pattern, verb, cues) and not _hosted(trig, verb, cues, found) \
                    and not judged_meeting(trig.tok, trig.pattern, found[verb.i].pattern.code, cues):
                gov = found[verb.i].pattern.flags
                if not ({"say", "intent", "reject"} & gov):
                    trig.consumed = True
    for trig in found.values():
        verb = _consulted_in_call(trig, found, cues)
        if verb is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.tok.children):
            verb.consumed = True  # "discussed Syria in a phone call with Putin": the call tells it, with its counterpart
        elif verb is not None:
            # "Erdogan discussed Syria with Putin in a phone call": one consultation, by phone
            trig.consumed = True
            if verb.pattern.code == _CONSULT:
                verb.pattern = replace(verb.pattern, code=trig.pattern.code)
    return found


_REJECTION = "12"
_CONSULT = "040"


def _consulted_in_call(trig: Trigger, found: dict[int, Trigger], cues) -> Trigger | None:
    """The consultation verb (root 04) a call noun (`call_codes`) names the means of, "in",
    "during" or "on" which (`call_preps`) it was held: "Erdogan and Putin discussed Syria in a
    phone call", "In a telephone conversation, Scholz and Xi discussed trade". The call is that
    consultation told again, not a second act (whose borrowed target would be the topic, Syria):
    the verb codes it, or the call where it names its own counterpart ("discussed the
    investigation during his call with Zelensky");
    a verb of any other act done in a call ("told Trump in a phone call", "praised Putin during
    their call") or a negated one keeps the call an event of its own. None when the noun is no
    such call."""
    tok = trig.tok
    if trig.consumed or trig.pattern.pos != "N":
        return None
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not in_call(tok, trig.pattern.code, cues):
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
        return None  # "discussed it in Biden's call": a call of its own holder ("their call" is theirs)
    verb = found.get(tok.head.head.i)
    if verb is None or verb.consumed or verb.pattern.pos != "V" or verb.pattern.code[:2] != _CONSULT[:2]:
        return None
    if any(c.dep_ == "neg" for c in verb.tok.children):
        return None  # "did not discuss Syria in their call": the call was held, the topic not raised
    return verb


def in_call(tok, code: str, cues) -> bool:
    """Whether the noun is a call (`call_codes`) "in", "during" or "on" which (`call_preps`) its
    clause's subject spoke: "Erdogan told Trump in a phone call that ..."."""
    return tok.head.lower_ in cues.call_preps and code in cues.call_codes


def judged_meeting(tok, p: Pattern, judging: str, cues) -> bool:
    """Whether a meeting someone held or support it gave (a noun `tok` whose pattern `p` is of
    `held_roots`, with its possessor: "her talks with Erdogan", "Macron's visit to China",
    "Germany's aid to Ukraine"), or an act of coercion or force it did (`judged_deed_roots`, by a
    verb of `deed_judging_roots` only, one that condemns or criticises: "China's jailing of
    activists", "Russia's invasion of Ukraine"), is what a verb of judgement (code `judging`, of
    `judging_roots`) praises or criticises: the meeting or the deed is told as done, an event of
    its own beside the judgement ("Merkel praised her talks with Erdogan": the talks, 040, and the
    praise)."""
    judged = p.code[:2] in cues.held_roots or (p.code[:2] in cues.judged_deed_roots and judging[:2] in cues.deed_judging_roots)
    return p.pos == "N" and judged and judging[:2] in cues.judging_roots and any(c.dep_ == "poss" for c in tok.children)


def _hosted(trig, verb, cues, found) -> bool:
    """Whether a joint act's noun (talks, a meeting) names its own two sides ("between X and Y") and
    is what a third party hosted, brokered or mediated (`hosting_verbs`): "Egypt hosted a meeting
    between Israel and Hamas" tells that the two met. Not talks proposed, cancelled or refused, nor
    hosting refused or only offered ("Egypt refused to host talks between ...", "offered to host":
    the hosting verb is the complement of a `reject` or `intent` row, which then takes the talks)."""
    if trig.pattern.pos != "N" or "sym" not in trig.pattern.flags or verb.lemma_.lower() not in cues.hosting_verbs:
        return False
    gov = verb.head
    if verb.dep_ == "xcomp" and gov.i in found and {"reject", "intent"} & found[gov.i].pattern.flags:
        return False
    for c in trig.tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            sides = [g for g in c.children if g.dep_ == "pobj"]
            sides += [x for g in sides for x in g.children if x.dep_ == "conj"]
            if len(sides) >= 2:
                return True
    return False


def _received(tok, cues) -> bool:
    """Whether a thing given (a row flagged `given`: weapons, missiles) is what the subject of an
    `undergo_verbs` verb gets from someone named ("Ukraine received weapons from the United
    States", "obtained missiles from Iran"): then it names the giver's act; else it is a thing."""
    verb, dep = governing_verb(tok, cues.quantity_nouns)
    if not (verb is not None and dep in ("dobj", "via-dobj") and verb.lemma_.lower() in cues.undergo_verbs
            and not any(c.dep_ == "prt" for c in verb.children)):
        return False
    if any(c.dep_ == "prep" and c.lower_ in cues.source_preps for t in (tok, verb) for c in t.children):
        return True
    # "Iran received Russian fighter jets": with no one named as the giver, the maker's name on the
    # thing got (a capitalised adjective: "Russian", "US-made") names it, for a verb of getting
    return verb.lemma_.lower() in cues.receiving_verbs and bool(maker_adjectives(tok))


def maker_adjectives(tok) -> list:
    """The capitalised adjectives before a noun that may name its maker: "Russian" jets,
    "Israeli-made" drones (the name is the adjective's own modifier)."""
    return [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i
            and any(t.is_title or t.is_upper for t in c.subtree if t.pos_ in ("ADJ", "PROPN", "NOUN"))]


def _felt_as_verb(obj, lexicon: Lexicon) -> str | None:
    """The code of a feeling a verb expresses (`felt_nouns`: "expressed regret over Tokyo's
    decision") read as its own verb done to what its "over"/"at"/"about" phrase names, where a row
    of that verb names it ("regret" V "decision": 110); None for any other ("regret over the deaths"
    stays the expressing row's sympathy)."""
    lemma = obj.lemma_.lower()
    if lemma not in lexicon.cues.felt_nouns:
        return None
    for c in obj.children:
        if c.dep_ != "prep" or c.lower_ not in ("over", "at", "about"):
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for q in lexicon.lookup("V", lemma):
                if q.heads and not q.prep and _names_object(g, q) and q.code:
                    return q.code
    return None


def _pick(tok, pats: tuple[Pattern, ...], lexicon: Lexicon):
    """The first pattern that matches (most specific first) with the object it matched, except
    that one whose named object is the object's head goes before one of the same specificity that
    only a conjunct of it matches: "expressed support and sympathy" is support (051), not sympathy
    (018), whichever row comes first. None when none matches."""
    first = None
    for p in pats:
        ok, obj = _matches(tok, p, lexicon)
        if not ok:
            continue
        if first is None:
            first = (p, obj)
            if not p.heads or obj is None or obj.dep_ != "conj":
                return first
        elif p.heads and p.specificity == first[0].specificity and obj is not None and obj.dep_ != "conj":
            return p, obj
    return first


def _labels_object(tok, obj) -> bool:
    """Whether a verb gives its object a label after it ("called the strike a provocation",
    "called the strikes illegal"): then it names the object, and a row of the verb with that
    object ("call" + "strike": a labour strike called) is not its sense."""
    return obj.dep_ == "dobj" and obj.head.i == tok.i and any(
        c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in tok.children)


def rebutted(p: Pattern, verb, cues) -> bool:
    """Whether a noun's act, the object of `verb`, is rebutted by it: another actor's act of a
    `rebutted_roots` root that a `rebuttal_verbs` verb answers ("dismissed criticism from X")."""
    return p.pos == "N" and p.code[:2] in cues.rebutted_roots and verb.lemma_.lower() in cues.rebuttal_verbs


def rebutted_in_frame(tok, p: Pattern, verb, cues) -> bool:
    """Whether a noun's act is rebutted through a frame of answering (`rebuttal_frames`) whose
    preposition it hangs from: "pushed back against criticism from the UN", "responded angrily to
    the criticism from Canada", "hit back at accusations by London". As with `rebutted`, another
    actor's act of a `rebutted_roots` root, told as done."""
    return p.pos == "N" and p.code[:2] in cues.rebutted_roots and own_act_frame(tok, verb, cues.rebuttal_frames)


#: the slots of a noun phrase, where a gerund with no subject or object of its own names an act
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _gerund_noun(tok) -> bool:
    """Whether a verb's -ing form stands where a noun does, with no subject or object of its own
    ("Fighting between the army and the RSF killed 25", "Shelling by Russian forces destroyed"):
    the parser tags it a verb, but it is the noun ("fighting", "shelling") a noun row codes."""
    return (tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in _NOMINAL_DEPS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "ccomp", "xcomp") for c in tok.children))


def noun_pattern(tok, lexicon: Lexicon) -> Pattern | None:
    """The most specific noun pattern that `tok` matches ("the imposition of a curfew" 1723,
    "the imposition of sanctions" 163), or None."""
    for p in lexicon.lookup("N", tok.lemma_.lower()):
        if _matches(tok, p, lexicon)[0]:
            return p
    return None


def _absorbs(p: Pattern) -> bool:
    """Whether a verb's pattern absorbs its object noun's own event: a coded one, or a user's;
    never a command's, whose object is the one commanded."""
    return (bool(p.code) and "command" not in p.flags) or "user" in p.flags


def _commands(tok) -> bool:
    """Whether a verb of command tells someone to do something: it governs a "to"-infinitive
    ("ordered the government to release him", "was ordered to pay"), not an act as its object
    ("ordered an investigation into X", "ordered the arrest of Y": those acts are coded
    themselves, done at its subject's behest) nor a participle ("ordered Mejia released"). Someone
    must be told: an object, the infinitive's own subject, or the one a passive makes its subject;
    "Ukraine is pushing to join NATO" tells no one."""
    told = any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass") for c in tok.children)
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and infinitive(c)
               and (told or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) for c in tok.children)


def _time_to_act(tok, p: Pattern) -> bool:
    """Whether time a verb gives is given to do something: a "to"-infinitive on the verb ("gave
    both sides 48 hours to show they were serious") or on the time its object names ("gave
    Russia a deadline to withdraw", "given Arafat 12 hours to comply")."""
    held = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in p.heads]
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and infinitive(c) for c in tok.children) or any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and infinitive(c) for h in held for c in h.children)


def _tells_clause(tok) -> bool:
    """Whether a verb tells what it says in a clause of its own ("opposition leaders charged that
    the minister had lied", "critics charged the plan was illegal"): the sense of a verb that is
    an accusation in words, not the legal act its other rows code."""
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _mod_lemmas(tok) -> set[str]:
    """The lemmas and words of a noun's modifiers, a hyphenated one also whole ("live-fire drills",
    which the parser splits into "live" on "fire")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    return ({c.lemma_.lower() for c in mods} | {c.lower_ for c in mods if c.dep_ != "npadvmod"}
            | {"".join(t.text for t in c.subtree).lower() for c in mods if any(g.tag_ == "HYPH" for g in c.children)})


def _second_complement(tok, p: Pattern) -> list:
    """The row's preposition where the parser hangs it on the verb's direct object, for a verb of
    two complements whose phrase says what the act is about (a row flagged `content` that names
    that phrase's object): "stripped 94 critics of their citizenship", "provided Kyiv with weapons".
    A row naming none takes only the verb's own phrase: in "welcomed Iran's return to the talks" the
    "to" phrase is the noun's."""
    if p.pos != "V" or not p.prep or not p.heads or "content" not in p.flags:
        return []
    return [g for c in tok.children if c.dep_ == "dobj" for g in c.children
            if g.dep_ == "prep" and g.lower_ == p.prep]


def _objects(tok, p: Pattern, quantity: frozenset[str], statives: frozenset[str] = frozenset(),
             negating: frozenset[str] = frozenset()):
    cands = []
    # a verb that says its complement was not done (`negating`: "denied attacking the convoy",
    # "denied that it had supplied weapons") names that act as its object, when its doer is the
    # verb's own subject (`_said_of_itself`)
    denial = tok.lemma_.lower() in negating
    passive = is_passive(tok, statives)
    # "is opposed to X" (passive, or an adjectival complement of the copula): X is the object
    state = stative(tok, statives) and not any(c.dep_ == "dobj" for c in tok.children)
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd", "acomp") or (passive and c.dep_ == "nsubjpass"):
            cands.append(relative_object(c, things=True))  # "the sanctions package, which Hungary blocked": the package
        elif p.prep and c.dep_ in ("advmod", "intj"):
            cands.append(c)  # how the act the preposition aims is done: "reacted angrily to X", "said no to X"
        elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
            cands.append(c)  # a small clause: "found Sarkozy guilty"
        elif c.dep_ in ("ccomp", "xcomp") and _said_of_itself(c):
            # what a clause says the verb's own subject is: "denied it was responsible for the
            # attack", "denied being behind it", "denied that it was involved" (a passive's participle)
            cands.extend(g for g in c.children if g.dep_ in ("acomp", "attr") or (g.dep_ == "prep" and g.lower_ == "behind"))
            if c.tag_ == "VBN":
                cands.append(c)
        elif denial and c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ == "VERB" and _said_of_itself(c, any_verb=True):
            cands.append(c)
        elif c.dep_ in ("prep", "prt", "agent") and ((p.prep and c.lower_ == p.prep) or (state and c.lower_ == "to")):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            # a compound preposition ("walked out of parliament", "away from"): the parser hangs
            # the object on the second word
            cands.extend(objs or (x for g in c.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"))
        elif c.dep_ == "prep" and c.lower_ == "in" and any(amount_in(g, quantity) for g in c.children):
            # "received billions of dollars in military aid": what the amount is in
            cands.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "after" and c.i > 0:
            # "fired round after round of tear gas", "volley after volley of": a repeated measure
            before = tok.doc[c.i - 1]
            cands.extend(g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == before.lemma_.lower()
                         and g.lemma_.lower() in quantity)
    cands.extend(g for c in _second_complement(tok, p) for g in c.children if g.dep_ == "pobj")
    if not cands and not passive and _contact_relative(tok):
        cands.append(tok.head)  # "a charge Moscow denied", "the sanctions Russia faces": the noun is the object
    out = []
    while cands:
        c = cands.pop(0)
        out.append(c)
        if c.lemma_.lower() in quantity and len(out) < 8:
            for g in c.children:
                if g.dep_ == "prep":
                    cands.extend(x for x in g.children if x.dep_ == "pobj")
        elif c.like_num and len(out) < 8:
            # "destroyed 50 of the 70 drones", "two of its jets": a number of the things named
            cands.extend(x for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for x in g.children if x.dep_ == "pobj")
        cands.extend(g for g in c.children if g.dep_ == "conj")
    return out


def _contact_relative(tok) -> bool:
    """Whether a verb heads a relative clause with no relative pronoun whose object is the noun it
    modifies ("a charge Moscow denied", "the sanctions the EU imposed"): a subject of its own, no
    object or clause of its own, no relative adverb ("his counterpart, when the two men meet") and
    no preposition left without its object ("the country he fled to")."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "dobj":
            return False
        if c.dep_ in ("ccomp", "xcomp", "attr", "oprd", "nsubjpass") or c.tag_ in ("WRB", "WP$") or (
                c.dep_ in ("prep", "agent") and not any(g.dep_ == "pobj" for g in c.children)):
            return False
    return True


def _said_of_itself(clause, any_verb: bool = False) -> bool:
    """Whether a complement clause tells what the subject of the verb it hangs from is: a clause of
    being, or a passive, whose subject is a pronoun or none ("denied it was responsible", "denied
    being involved"), or, with `any_verb`, any clause so told ("denied targeting civilians", "denied
    that it had supplied weapons"); not one about another named subject ("police denied the
    protesters were involved", "Hamas denied that Israel had killed its commander")."""
    passive = clause.tag_ == "VBN" and any(g.dep_ == "auxpass" for g in clause.children)
    if clause.lemma_.lower() != "be" and not passive and not any_verb:
        return False
    return all(g.pos_ == "PRON" for g in clause.children if g.dep_ in ("nsubj", "nsubjpass"))


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
    doc = tok.doc
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
        start = tok.sent.start  # found only for a row with words before the verb: dearer than reading `after`
        nxt = tok.i  # the slot must end before this index
        for slot in reversed(p.before):
            if slot.adjacent:
                ends = [nxt]
            else:
                ends = range(nxt, start, -1)
            hit = next(
                ((e - len(a), a) for e in ends for a in slot.alts if _word_at(doc, e - len(a), a, start, tok.i)), None
            )
            if hit is None:
                return False
            nxt = hit[0]
    return True


def _when(prep) -> bool:
    """Whether a preposition only says when ("on Tuesday", "in March"): its every object is a date
    or a time, so it is not the preposition a pattern asks for ("called Trump a liar on Tuesday"
    is no "call on", an appeal)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _passing(prep, cues) -> bool:
    """Whether a preposition (`passage_preps`) only says where its clause's doer was passing
    (`passage_nouns`: "on his way to Kabul", "on the way back from Beijing"), so it is not the
    preposition a pattern asks for ("the minister called in at Islamabad on his way to Kabul" is
    no "call on", an appeal)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ in cues.passage_preps and bool(objs) and all(g.lemma_.lower() in cues.passage_nouns for g in objs)


def _marked_clause(tok, prep: str):
    """The infinitive clause with a subject of its own that `prep` introduces as its mark ("called
    for the president to resign": the parser hangs "for" on "resign"), else None. Only an appeal or
    demand takes it in place of the preposition's object: what it asks someone to do."""
    return next((c for c in tok.children if c.dep_ in ("advcl", "ccomp") and c.i > tok.i and infinitive(c)
                 and any(m.dep_ == "mark" and m.lower_ == prep and m.i < c.i for m in c.children)
                 and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)), None)


def _asked_clause(tok) -> bool:
    """Whether a noun of asking takes a "to"-infinitive as what it asks: "calls from the opposition
    to resign", "growing calls for Johnson to step down". Only plural or with its askers named (a "from"
    phrase or a possessor): "a call to discuss trade" may be a phone call held for a purpose."""
    asked = any(c.dep_ in ("acl", "relcl", "advcl") and c.i > tok.i and infinitive(c) for c in tok.children)
    named = tok.tag_ == "NNS" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "from") for c in tok.children)
    return asked and named


def _matches(tok, p: Pattern, lexicon: Lexicon) -> tuple[bool, object | None]:
    if p.before or p.after:
        return _sequence(tok, p), None
    if "under" in p.flags and not (tok.dep_ == "pobj" and tok.head.lower_ == "under") and not (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.cues.under_verbs):
        return False, None  # "came under fire from X", "drew fire from X" name an act; "the fire spread" none
    if "command" in p.flags and not _commands(tok):
        return False, None  # "ordered an investigation" is the investigation, at its subject's behest
    if "clause" in p.flags and not _tells_clause(tok):
        return False, None  # "charged that the minister lied" accuses; "was charged over the death" is a legal charge
    if "deadline" in p.flags and not _time_to_act(tok, p):
        return False, None  # "gave Iraq 48 hours to comply" is an ultimatum; "giving birth nine months after" none
    # the parser may hang the preposition on the manner word the row names: "said no to X"
    # or on the object the row names: "took strong exception to the remarks"
    near = [*tok.children, *(g for c in tok.children if c.dep_ in ("advmod", "intj") and p.heads and c.lower_ in p.heads
                             for g in c.children),
            *(g for c in tok.children if p.pos == "V" and c.dep_ == "dobj" and p.heads and c.lemma_.lower() in p.heads
              for g in c.children if g.dep_ == "prep"),
            *_second_complement(tok, p),
            # "a wave of strikes on Hezbollah": the parser hangs the noun's preposition on its count
            *(count_phrases(tok, lexicon.cues.quantity_nouns) if p.pos == "N" else ())] if p.prep else []
    if p.prep and not any(c.dep_ in ("prep", "prt", "agent", "advmod") and c.lower_ == p.prep and not _when(c)
                          and not _passing(c, lexicon.cues) for c in near) and not (p.code[:2] in ("02", "10") and _marked_clause(tok, p.prep)) \
            and not (p.pos == "N" and p.prep == "to" and p.code[:2] in ("02", "10") and _asked_clause(tok)):
        return False, None  # a particle may be parsed as an adverb: "hit back at", "fired back at"
    if p.pos != "V" and not p.heads:
        if p.mods:
            mods = _mod_lemmas(tok)
            if not all(m & mods for m in p.mods):
                return False, None
        return True, None
    if not p.heads:
        return True, None
    for obj in _objects(tok, p, lexicon.cues.see_through_nouns, lexicon.cues.stative_passives, lexicon.cues.negating_governors):
        if _names_object(obj, p):
            return True, obj
    return False, None


def _names_object(obj, p: Pattern) -> bool:
    """Whether `obj` is an object the row `p` names: its head word, with the modifiers the row asks
    for; a name is named by the common noun it is given as (`_class_noun`: "suspended the French
    broadcaster RFI" is a broadcaster suspended)."""
    kind = None
    if obj.lemma_.lower() not in p.heads and obj.lower_ not in p.heads:
        kind = _class_noun(obj)
        if kind is None or kind.lemma_.lower() not in p.heads:
            return False
    if not p.mods:
        return True
    mods = _mod_lemmas(obj) | (_mod_lemmas(kind) if kind is not None else set())
    return all(m & mods for m in p.mods)


def _class_noun(obj):
    """The common noun a proper name is told as, written before it ("the broadcaster RFI", "French
    broadcasters RFI and France 24", "the opposition newspaper Kommersant"), which the parser hangs on
    the name as a compound; None for any other object."""
    if obj.pos_ != "PROPN":
        return None
    return next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < obj.i), None)
