"""Attaching a bare agent ("troops", "rebels", "government") to the actor it belongs to, from the
clause around it, when its own words name no country.

The rules, in the order they are tried (builder.py calls `owner_of`):
- a relative "whose" names the noun its clause modifies ("Israel, whose troops raided Jenin" ->
  ISRMIL);
- a possessive pronoun names the owner: "its"/"their" the subject of the clause ("Syria has again
  offered its troops" -> SYRMIL), climbing past a subject that is itself a pronoun ("Nigeria
  announced that it will withdraw their force" -> NGAMIL), and in an infinitive a noun governs
  the noun's owner ("Malaysia praised Thailand's decision to withdraw its troops" -> THAMIL);
  "his"/"her" the person coreference
  gave the pronoun ("President Goukouni ... his government" -> TCDGOV); an office after "its" is
  the nearest state or organisation named before it ("Ukraine and its president" -> UKRGOV,
  `its_owner`): "its" is never a person;
- the object of a verb of sending or offering (`own_object_verbs` in attachment.yaml) belongs to
  the clause's subject: "France is ready to contribute up to 4,000 troops" -> FRAMIL;
- a named possessor owns the agent: "Bolsonaro's opponents", "Trump critics" -> BRAOPP, USAOPP;
  so does a named actor hyphened to a `run_by_words` participle before it: "the Hamas-run health
  ministry" -> PSEGOV, "Kremlin-controlled media" -> RUSMED (not "Iran-backed militias");
- rebels or an opposition fighting a government belong to its country: "rebels fighting to
  topple his government" -> TCDREB.
Failing these the sentence's one country applies (places.py), and last a community's home
country (communities.tsv: "Ibo elders" -> NGA).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .types import Mention

if TYPE_CHECKING:
    from .grouping import Group
    from .builder import Builder

POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
RELATIVE_POSSESSIVE = "whose"  # "Israel, whose troops raided Jenin": the noun the clause modifies
PERSONAL = frozenset({"his", "her"})  # resolved by coreference, so only after resolve_pronouns
_SUBJ = ("nsubj", "nsubjpass")
_CLIMB = 8  # clause heads to climb at most: "Nigeria announced that it will withdraw their force"


def possessive(doc: Doc, g: "Group") -> Token | None:
    """The possessive pronoun right before the group that determines its head ("its troops")."""
    i = g.start - 1
    if i < 0:
        return None
    t = doc[i]
    if (t.lower_ in POSSESSIVE_PRONOUNS or t.lower_ == RELATIVE_POSSESSIVE) and t.dep_ == "poss" and g.start <= t.head.i < g.end:
        return t
    return None


def _relative_owner(doc: Doc, b: "Builder", poss: Token) -> str | None:
    """The owner a relative "whose" names: the noun its clause modifies ("Israel, whose troops
    raided Jenin" -> ISRMIL, "Russia, whose forces invaded Ukraine" -> RUSMIL)."""
    t = poss.head
    for _ in range(_CLIMB):
        if t.dep_ == "relcl":
            m = mention_at(b, t.head.i)
            return owner_base(b, m) if m is not None else None
        if t.head == t:
            return None
        t = t.head
    return None


def needs_pronouns(doc: Doc, g: "Group", role: str) -> bool:
    """True when the owner can only be found after pronoun resolution (his/her, rebels against
    a government that may be "his government")."""
    poss = possessive(doc, g)
    if poss is not None:
        return poss.lower_ in PERSONAL
    head = doc[g.end - 1]
    return role in ("REB", "OPP") and any(c.dep_ in ("acl", "relcl") for c in head.children)


def owner_of(doc: Doc, b: "Builder", g: "Group", role: str) -> str | None:
    """The country (or organisation) a bare agent belongs to by the rules above, else None."""
    head = doc[g.end - 1]
    poss = possessive(doc, g)
    if poss is not None:
        if poss.lower_ == RELATIVE_POSSESSIVE:
            return _relative_owner(doc, b, poss)
        if poss.lower_ in PERSONAL:
            m = mention_at(b, poss.i)
            return owner_base(b, m) if m is not None else None
        hostile = hostile_owner(doc, b, poss)
        if hostile is not None:
            return owner_base(b, hostile)  # "said Russian forces had shelled its troops": the teller's
        return _clause_subject(doc, b, head) or _opening_its(doc, b, poss)
    named = _named_possessor(doc, b, g) or _run_by(doc, b, g)
    if named is not None:
        return owner_base(b, named)  # "Bolsonaro's opponents", "Trump critics", "the Hamas-run ministry"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in b.d.attach.get("own_object_verbs", ()):
        found = _clause_subject(doc, b, head)
        if found:
            return found
    if role in ("REB", "OPP"):
        for c in head.children:
            if c.dep_ not in ("acl", "relcl"):
                continue
            for t in c.subtree:
                m = mention_at(b, t.i)
                if m is not None and m.code[3:6] == "GOV" and b.res.actors[m.actor].country:
                    return b.res.actors[m.actor].country  # the mention's code: "President X" is GOV whatever the date
    return None


def _named_possessor(doc: Doc, b: "Builder", g: "Group") -> Mention | None:
    """A named actor that owns the agent's head, as a possessive ("Bolsonaro's opponents") or a
    name compounded before it ("Trump critics"), when the two did not form one group."""
    head = doc[g.end - 1]
    for c in head.children:
        if c.i < g.start and names_owner(c):
            m = mention_at(b, c.i)
            if m is not None and m.via != "pronoun":
                return m
    return None


def _run_by(doc: Doc, b: "Builder", g: "Group") -> Mention | None:
    """A named actor hyphened to a `run_by_words` participle before the agent, which it governs:
    "the Hamas-run health ministry" (PSEGOV), "the Taliban-led government" (AFGGOV), "Kremlin-
    controlled media" (RUSMED). "Iran-backed militias" are not Iran's: a backer is no ruler."""
    words = b.d.attach["run_by_words"]
    head = doc[g.end - 1]
    for i in range(g.end - 1, max(g.start - 4, 1), -1):  # the participle, in the group or just before it
        t = doc[i]
        if t.lower_ in words and doc[i - 1].text == "-" and (t.head.i == head.i or g.start <= t.head.i < g.end
                                                              or t.head.head.i == head.i):
            m = mention_at(b, i - 2, pronouns=False)
            if m is not None and m.tok_end == i - 1 and b.res.actors[m.actor].kind != "person":
                return m
    return None


def names_owner(c: Token) -> bool:
    """Whether a child of a noun names who owns it: a possessive ("Bolsonaro's opponents", "his
    supporters") or a proper name compounded before it ("Trump critics")."""
    return c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")


def mention_at(b: "Builder", i: int, *, pronouns: bool = True) -> Mention | None:
    """The first mention made so far that covers token `i` (a pronoun's too unless `pronouns` is
    False: the owner a preposition names is read from its own words), or None."""
    if i not in b.covered:
        return None  # every mention made so far covers its tokens (`Builder.mention`)
    for m in b.res.mentions:
        if m.tok_start <= i < m.tok_end and (pronouns or m.via != "pronoun"):
            return m
    return None


def its_owner(doc: Doc, b: "Builder", g: "Group") -> str | None:
    """The owner of an office "its" names ("Ukraine and its president", "urged Japan to rein in its
    prime minister"): the nearest state or organisation named before it in the sentence, or, when
    "its" opens the sentence, the subject of the one before. "Its" is never a person, so the
    clause's subject ("Trump ... pressing its president") is no owner."""
    poss = possessive(doc, g)
    if poss is None or poss.lower_ != "its":
        return None
    start = doc[poss.i].sent.start
    before = [m for m in b.res.mentions if start <= m.tok_start and m.tok_end <= poss.i
              and b.res.actors[m.actor].kind != "person"]
    for m in sorted(before, key=lambda m: m.tok_start, reverse=True):
        base = owner_base(b, m)
        if base is not None:
            return base
    return _opening_its(doc, b, poss)


def _opening_its(doc: Doc, b: "Builder", poss: Token) -> str | None:
    """The owner of an "its" that opens its sentence (no noun before it): the subject of the
    sentence before, when that is a state or organisation ("Armenia denied the charge. Its foreign
    ministry spokeswoman said": ARMGOV), never a person."""
    start = poss.sent.start
    if poss.lower_ != "its" or start == 0 or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start:poss.i]):
        return None
    prev = doc[start - 1].sent
    for m in b.res.mentions:
        if not (prev.start <= m.tok_start and m.tok_end <= prev.end) or b.res.actors[m.actor].kind == "person":
            continue
        if any(doc[i].dep_ in _SUBJ and doc[i].head.dep_ == "ROOT" for i in range(m.tok_start, m.tok_end)):
            return owner_base(b, m)
    return None


def owner_base(b: "Builder", m: Mention) -> str | None:
    """What an agent owned by this mention's actor is built on: its country, or an organisation's code."""
    a = b.res.actors[m.actor]
    if a.country:
        return a.country
    if m.code[:3] in ("IGO", "NGO") and m.code != a.role:  # a bare "NGO" role is no organisation to build on
        return m.code[:-3] if a.role and m.code.endswith(a.role) and len(m.code) > 6 else m.code
    return None


def hostile_verb(b: "Builder", poss: Token) -> Token | None:
    """The verb of a `hostile_verbs` act done to what an "its"/"their" owns ("shelled its
    positions", "fired at their posts"), or None; never a pledge broken, which is the breaker's
    own (`own_pledge_nouns`: "violated its commitments")."""
    noun = poss.head
    if noun.lemma_.lower() in b.d.attach.get("own_pledge_nouns", ()):
        return None  # "violated its commitments": what binds the breaker is its own
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is not None and (part.tag_ == "CD" or part.lower_ in b.d.attach["partitive_heads"]):
        noun = part  # "attacked one of its convoys": the part counted out stands for what it owns
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in b.d.attach.get("hostile_preps", ()):
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in b.d.attach.get("hostile_verbs", ()) else None


def hostile_owner(doc: Doc, b: "Builder", poss: Token) -> Mention | None:
    """Whose "its"/"their" is on what a hostile act is done to: no one attacks its own, so not the
    act's subject but the subject of a clause above it that is another actor, a state or an
    organisation ("Ukraine said Russian forces had shelled its troops": Ukraine), or of the
    speech verb set after it ("Russian forces shelled its positions, Ukraine said"). None when
    the act is not hostile, no such teller is named, or the doer is the teller's own ("Israel said
    its jets struck their targets")."""
    if poss.lower_ not in ("its", "their") or poss.dep_ != "poss":
        return None
    verb = hostile_verb(b, poss)
    if verb is None:
        return None
    doers = {c.i for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children if c.dep_ in _SUBJ}
    if any(g.dep_ == "poss" and g.lower_ in ("its", "their") for d in doers for g in doc[d].children):
        return None  # "Israel said its jets struck their targets": the teller's own did it, "their" is theirs
    tellers = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i]
    t = verb
    for _ in range(_CLIMB):
        if t.head.i == t.i:
            break
        t = t.head
        tellers.append(t)
    for clause in tellers:
        for c in clause.children:
            if c.dep_ not in _SUBJ or c.i in doers:
                continue
            m = mention_at(b, c.i)
            if m is not None and b.res.actors[m.actor].kind != "person" and not any(
                    d in range(m.tok_start, m.tok_end) for d in doers):
                return m
    return None


def meeting_owner(doc: Doc, b: "Builder", poss: Token) -> Mention | None:
    """Whose "its"/"their" is on a meeting it had (`meeting_nouns`: "their talks with", "its call
    with"): the state or organisation that tells of it ("The Taliban said their talks with the US
    were going well") or that acts at it ("Iran raised the issue during its talks with the EU").
    None when the noun stands elsewhere ("Washington criticised their talks": whose is unsaid)."""
    if poss.lower_ not in ("its", "their") or poss.dep_ != "poss":
        return None
    noun = poss.head
    if noun.lemma_.lower() not in b.d.attach.get("meeting_nouns", ()):
        return None
    if noun.dep_ in _SUBJ and noun.head.dep_ in ("ccomp", "parataxis") and noun.head.head.i != noun.head.i:
        clause = noun.head.head  # "said their talks ... were going well"
    elif (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
          and noun.head.lower_ in b.d.attach.get("meeting_time_preps", ()) and noun.head.head.pos_ in ("VERB", "AUX")):
        clause = noun.head.head  # "raised the issue during its talks with"
    else:
        return None
    for c in clause.children:
        if c.dep_ in _SUBJ:
            m = mention_at(b, c.i)
            if m is not None and b.res.actors[m.actor].kind != "person":
                return m
    return None


def _clause_subject(doc: Doc, b: "Builder", tok: Token) -> str | None:
    """The owner named by the subject of the clause around `tok`, climbing past pronoun subjects;
    an infinitive a noun governs takes the noun's own doer for its subject (`_noun_doer`)."""
    t = tok
    for _ in range(_CLIMB):
        if t.head.i == t.i:
            return None
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            doer = _noun_doer(b, t.head)
            if doer is not None:
                return doer
        doer = _charged_doer(b, t)
        if doer is not None:
            return doer
        t = t.head
        for c in t.children:
            if c.dep_ not in _SUBJ or c.i == tok.i:
                continue
            m = mention_at(b, c.i)
            if m is not None:
                return owner_base(b, m)
            if c.pos_ != "PRON":
                return None  # a subject that is nobody we know: "The decision to send its troops"
    return None


def deed_preposition(prep: Token) -> bool:
    """Whether a preposition of a verb that has a direct object says what that object did, so
    that the object, not the verb's subject, does the act it names: "of" ("Kosovo accused Serbia
    of massing troops", "accused Moscow of corruption"), or "for" with a gerund ("blamed Russia for
    sending troops", "praised them for helping Ukraine"; "sent troops for the mission" names no
    deed). Read here for the owner of the gerund's agent (`_charged_doer`) and by the events stage,
    which never takes such a phrase for the verb's target."""
    if prep.dep_ != "prep" or not any(c.dep_ == "dobj" for c in prep.head.children):
        return False
    return prep.lower_ == "of" or (prep.lower_ == "for" and any(g.dep_ == "pcomp" for g in prep.children))


def _charged_doer(b: "Builder", t: Token) -> str | None:
    """The owner named by the object of a verb whose "of"/"for" gerund says what that object did
    (`deed_preposition`): "Kosovo accused Serbia of massing troops", "blamed Russia for sending
    troops" (the troops are Serbia's and Russia's, not the accuser's); None for any other clause."""
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or not deed_preposition(t.head):
        return None
    for c in t.head.head.children:
        if c.dep_ == "dobj":
            m = mention_at(b, c.i)
            if m is not None:
                return owner_base(b, m)
    return None


def _noun_doer(b: "Builder", noun: Token) -> str | None:
    """The owner a noun names as its doer, who is the subject of the infinitive it governs: its
    possessive ("Thailand's decision to withdraw its troops", "Russia's plan to send troops") or
    its "by" phrase ("the decision by Nepal to recall its troops"); None when it names none."""
    for c in noun.children:
        heads = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "by" else []
        for h in heads:
            m = mention_at(b, h.i)
            if m is not None:
                return owner_base(b, m)
    return None
