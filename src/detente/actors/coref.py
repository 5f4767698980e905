"""Within-article coreference: appositions and pronouns.

Appositions: an unknown person followed by ", a Chilean diplomat," or ", the United Nations
Emergency Relief Coordinator," takes the appositive's code (CHLGOV, IGOUNO); later bare surnames
then follow (people.py). Pronouns: he/she/his/her resolve to the most salient person mentioned before them.

Salience is simple and explicit: within the pronoun's own sentence the nearest earlier person
(the sentence's subject first); otherwise the subject of the nearest of the two previous
sentences whose subject is a person ("A met B. The talks turned to B's plan. She said": A), else
the first person of the nearest sentence that names one. Known genders must agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from . import names
from .attach import mention_at
from .types import Mention

if TYPE_CHECKING:
    from .builder import Builder

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: the pronouns that stand for one person as a subject or an object ("he said", "told her"): a
#: speaker or a quoted person is a person, never a body (events/arguments.py, quotes/speakers.py)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SUBJ = ("nsubj", "nsubjpass")
LOOKBACK = 2


def _is_subject(doc: Doc, m: Mention) -> bool:
    return any(doc[i].dep_ in _SUBJ or (doc[i].dep_ == "poss" and doc[i].head.dep_ in _SUBJ) for i in range(m.tok_start, m.tok_end))


def resolve_pronouns(doc: Doc, b: "Builder") -> None:
    """Add a pronoun Mention for every he/she/his/her that refers to a person actor."""
    if not b.person_mentions:
        return

    def gender_ok(m: Mention, g: str) -> bool:
        person = b.people.get(m.actor)
        return person is None or not person.gender or person.gender == g

    # "he" and "she" are one person, never a plural ("Pita told reporters ... He accused")
    singular = [m for m in b.person_mentions if not plural_head(doc[m.tok_end - 1], m)]
    for tok, choice in _fronted(doc, singular, b.covered, gender_ok):
        b.mention(tok.i, tok.i + 1, 0, choice.actor, choice.code, "pronoun")
    for tok, choice in antecedents(doc, singular, b.covered, gender_ok):
        b.mention(tok.i, tok.i + 1, 0, choice.actor, choice.code, "pronoun")


#: how a mention names a person by name (a name in -s may be one person: "Jones", "Reyes")
_NAMED = frozenset({"name", "surname", "pronoun", "apposition", "dictionary"})


def plural_head(tok, m: Mention) -> bool:
    """Whether a person mention's last word is a plural: tagged so, or a role word (no name) in -s
    capitalised at a sentence's start, which the model tags a singular name ("LONDON (Reuters) -
    Prosecutors said he had lied": the prosecutors are no "he")."""
    if tok.tag_ in ("NNS", "NNPS"):
        # a known person's name the model tags a plural is still one person ("Antonio Guterres",
        # "Reyes", "Jones": NNPS)
        return not (m.via in ("name", "surname") and tok.text[:1].isupper() and tok.ent_type_ in ("PERSON", ""))
    return tok.is_sent_start and _role_in_s(tok, m)


def _role_in_s(tok, m: Mention) -> bool:
    """Whether a mention's last word is a role word (no name) in -s that the model tags a singular
    name, as it does a capitalised plural ("Prosecutors said", "HAVANA (Reuters) - Protesters marched")."""
    return (m.via not in _NAMED and tok.tag_ == "NNP" and tok.ent_type_ != "PERSON"
            and tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))


def _fronted(doc: Doc, people: list[Mention], covered, gender_ok):
    """(his/her token, the person it refers to) for a possessive in a phrase put before its clause's
    subject, which is that person: "After his visit to Beijing, Blinken criticised China", "During
    her talks with Xi, Merkel raised Hong Kong". The subject follows the pronoun, so the salience
    rules, which read only what comes before it, would miss it or take someone earlier."""
    by_token = {i: m for m in people for i in range(m.tok_start, m.tok_end)}
    for tok in doc:
        g = PRONOUNS.get(tok.lower_)
        if g is None or tok.dep_ != "poss" or tok.i in covered:
            continue
        t = tok
        while t.head.i != t.i and not (t.dep_ in ("prep", "advcl", "npadvmod") and t.head.pos_ in ("VERB", "AUX")):
            t = t.head
        if t.head.i == t.i:
            continue
        verb = t.head
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None or not t.i < subj.i or subj.i > verb.i:
            continue  # the phrase must stand before the subject, which stands before its verb
        m = by_token.get(subj.i)
        if m is not None and gender_ok(m, g):
            yield tok, m


def resolve_told_possessives(doc: Doc, b: "Builder") -> None:
    """Add a pronoun Mention for an "its"/"their" whose owner is the one who tells of the act, not
    its doer: on what a hostile act is done to (attach.py `hostile_owner`: "The RSF said the army
    had bombed its positions" makes "its" the RSF, the act's target), else on a meeting its owner
    tells of or acts at (attach.py `meeting_owner`: "The Taliban said their talks with the US were
    going well")."""
    from .attach import hostile_owner, meeting_owner

    for tok in doc:
        if tok.lower_ in ("its", "their") and tok.i not in b.covered:
            m = hostile_owner(doc, b, tok) or meeting_owner(doc, b, tok)
            if m is not None:
                b.mention(tok.i, tok.i + 1, 0, m.actor, m.code, "pronoun")


def antecedents(doc: Doc, people: list[Mention], covered, gender_ok=lambda m, g: True):
    """(pronoun token, the person mention it refers to) for each uncovered he/she/his/her, by the
    salience rules above; each resolved pronoun joins the history the later ones read."""
    sent_of = {}
    for k, s in enumerate(doc.sents):
        for i in range(s.start, s.end):
            sent_of[i] = k
    history: list[Mention] = sorted(people, key=lambda m: m.tok_start)
    for tok in doc:
        g = PRONOUNS.get(tok.lower_)
        if g is None or tok.pos_ != "PRON" or tok.i in covered:
            continue
        k = sent_of[tok.i]
        before = [m for m in history if m.tok_end <= tok.i and sent_of[m.tok_start] >= k - LOOKBACK and gender_ok(m, g)]
        if not before:
            continue
        same = [m for m in before if sent_of[m.tok_start] == k]
        if same:
            subj = [m for m in same if _is_subject(doc, m)]
            choice = (subj or same)[-1]
        else:
            # the subject of the nearest earlier sentence that has a person as subject; with none,
            # the first person of the nearest sentence that names one
            subj = [m for m in before if _is_subject(doc, m)]
            if subj:
                last_k = max(sent_of[m.tok_start] for m in subj)
                choice = next(m for m in subj if sent_of[m.tok_start] == last_k)
            else:
                last_k = max(sent_of[m.tok_start] for m in before)
                choice = next(m for m in before if sent_of[m.tok_start] == last_k)
        yield tok, choice
        history.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, choice.actor, choice.code, "pronoun"))
        history.sort(key=lambda x: x.tok_start)


def _apposed_to(doc: Doc, ent, by_start: list[Mention], b: "Builder") -> Mention | None:
    """The mention of the noun phrase an unknown name is in apposition to, on either side:
    "Grace Mbeki, a Kenyan diplomat," / "Kenya's central bank governor, Grace Mbeki,"."""
    span = range(ent.start, ent.end)
    heads = [t for t in doc[ent.end : min(len(doc), ent.end + 12)] if t.dep_ == "appos" and t.head.i in span]
    if heads:
        h = heads[0]
    elif ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        h = ent.root.head  # the name after its title
    else:
        return None
    lo = h.left_edge.i
    cands = [m for m in by_start if lo <= m.tok_start and m.tok_end <= h.i + 1 and b.res.actors[m.actor].code]
    return max(cands, key=lambda m: m.tok_end) if cands else None  # the mention nearest the head noun


def resolve_appositions(doc: Doc, b: "Builder") -> None:
    """Give an unknown PERSON entity the code of the actor mention in its apposition. A title
    ("Kenya's central bank governor, Grace Mbeki,") becomes the named person: one actor, two mentions."""
    by_start = sorted(b.res.mentions, key=lambda m: m.tok_start)
    honorifics = b.d.attach.get("honorifics", frozenset())
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in b.covered for i in range(ent.start, ent.end)):
            continue
        m = _apposed_to(doc, ent, by_start, b)
        if m is None:
            continue
        act = b.res.actors[m.actor]
        if act.kind == "person" and m.via != "agent":
            continue  # a named person beside another name: two people, or one we know already
        end = names.hyphen_end(doc, ent.end)
        if any(i in b.covered for i in range(ent.end, end)):
            end = ent.end
        text = doc[ent.start:end].text
        trimmed = text[:-2] if text.endswith(("'s", "\u2019s")) else text
        name = names.strip_honorifics(trimmed, honorifics)
        if act.kind == "person" and (len(act.mentions) == 1 or m.actor not in b.people) and ("person", name) not in b.keys:
            # the title's actor (with "the minister" later taken up as it) is this person: name it
            a = m.actor
            act.name = name
            b.keys[("person", name)] = a
        else:
            a = b.actor(("person", name), m.code, name, "person", act.country, act.role)
        b.people.setdefault(a, None)
        b.person_names.setdefault(a, [w.lower() for w in name.replace("\u2019", "'").split()])
        b.mention(ent.start, end, len(text) - len(trimmed), a, m.code, "apposition")


#: subject pronouns that stand for a state, a body or a group, and whether each is plural
SUBJECT_PRONOUNS = {"it": False, "they": True}
#: verbs an expletive "it" is the subject of: "It remains unclear whether", "It emerged that"
_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "emerge", "happen", "follow", "mean", "matter",
                              "take", "come", "turn", "look", "sound", "feel", "become", "make", "help", "hurt"})


def resolve_subject_pronouns(doc: Doc, b: "Builder") -> None:
    """An "It" or "They" that opens a sentence as the subject of its main verb is the subject of
    the sentence just before, when that subject is one actor and no person: "China rejected the
    report. It also criticised Britain" (China), "Police fired tear gas at the crowd. They
    arrested 20 people" (the police). "It" takes a singular subject, "they" a plural one; an
    expletive "it" ("It is unclear whether", "It emerged that") and a subject of several actors
    are left alone. Only a date or time may stand before the pronoun ("On Monday, it ...")."""
    sents = list(doc.sents)
    for prev, sent in zip(sents, sents[1:]):
        tok = next((t for t in sent if not t.is_punct and not t.is_space
                    and not (t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "ADV", "CCONJ"))), None)
        if tok is None or tok.i in b.covered or tok.dep_ != "nsubj":
            continue
        plural = SUBJECT_PRONOUNS.get(tok.lower_)
        verb = tok.head
        if (plural is None or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _EXPLETIVE_VERBS
                or verb.lower_.replace("\u2019", "'") in ("'s", "'re")):  # "It's about ...": a copula
            continue
        _take_subject(b, tok, [t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"], plural)


def resolve_clause_pronouns(doc: Doc, b: "Builder") -> None:
    """A "they" or "it" subject of a clause whose sentence opens with a subordinate clause of its
    own verb is that clause's subject, when that is one actor and no person: "When residents
    marched to the campus, they faced tear gas", "After China imposed tariffs, it also banned
    imports", "Although protesters were peaceful, they were arrested"; so is the subject of a clause
    joined to the one before it by "and" (`_joined_by_and`). "They" takes a plural subject, "it" a
    singular one; the subordinate or first clause must stand before the pronoun."""
    for tok in doc:
        plural = SUBJECT_PRONOUNS.get(tok.lower_)
        if plural is None or tok.i in b.covered or tok.dep_ not in _SUBJ:
            continue
        verb = tok.head
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i
                   and any(m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "WRB") for m in c.children)]
        if len(clauses) == 1 and _spoken_condition(verb, clauses[0]):
            continue
        if len(clauses) == 1:
            _take_subject(b, tok, [c for c in clauses[0].children if c.dep_ in _SUBJ], plural)
        elif _joined_by_and(verb):
            _take_subject(b, tok, [c for c in verb.head.children if c.dep_ in _SUBJ and c.i < verb.i], plural)


def resolve_object_pronouns(doc: Doc, b: "Builder") -> None:
    """A "them" object (of a verb, of its preposition, or counted: "dozens of them") is the one
    plural actor named before it in its sentence that does not do its verb: "Protesters marched
    in Havana, and police arrested dozens of them" (the protesters), "The rebels said the army had
    shelled them" (the rebels); with none there, the plural subject of the sentence before:
    "Protesters marched on Sunday. Police arrested them." Two such actors, a person, or a
    singular noun ("the delegation") are no antecedent: the pronoun is left alone."""
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for tok in sent:
            if tok.lower_ != "them" or tok.i in b.covered or tok.dep_ not in ("dobj", "pobj", "dative"):
                continue
            verb = _clause_verb(tok)
            if verb is None:
                continue
            doers = {c.i for v in _conjunct_chain(verb) for c in v.children if c.dep_ in _SUBJ}
            found = {m.actor: m for m in b.res.mentions
                     if sent.start <= m.tok_start and m.tok_end <= tok.i and m.via != "pronoun"
                     and _plural_group(doc, b, m) and _is_subject(doc, m)
                     and not any(i in doers for i in range(m.tok_start, m.tok_end))}
            if not found and k > 0:
                subjects = [mention_at(b, _counted(t).i) for t in sents[k - 1] if t.dep_ in _SUBJ and t.head.dep_ == "ROOT"
                            and not any(c.dep_ == "conj" for c in t.children)]  # "Protesters and farmers": two
                found = {m.actor: m for m in subjects if m is not None and _plural_group(doc, b, m)}
            if len(found) == 1:
                m = next(iter(found.values()))
                b.mention(tok.i, tok.i + 1, 0, m.actor, m.code, "pronoun")


def _plural_group(doc: Doc, b: "Builder", m: Mention) -> bool:
    """Whether a mention names a plural group ("protesters", "the rebels"), no person or place; a
    role word in -s the model tags a name is one ("HAVANA (Reuters) - Protesters marched")."""
    tok = doc[m.tok_end - 1]
    return b.res.actors[m.actor].kind != "person" and (tok.tag_ in ("NNS", "NNPS") or _role_in_s(tok, m))


def _clause_verb(tok):
    """The verb whose object `tok` is, directly or through a preposition or a counted head
    ("arrested dozens of them", "fired on them"); None when there is no verb."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX"):
        if head.dep_ not in ("prep", "pobj", "dobj", "nummod", "quantmod", "npadvmod") or head.head is head:
            return None
        head = head.head
    return head


def _conjunct_chain(verb) -> list:
    """`verb` and, while it has no subject of its own, the verbs it is a conjunct or an open
    complement of, which lend it theirs ("attacked the soldiers and killed them", "tried to
    arrest them"; not "Protesters marched, and police arrested them")."""
    chain = [verb]
    while (chain[-1].dep_ in ("conj", "xcomp") and chain[-1].head.pos_ in ("VERB", "AUX")
           and not any(c.dep_ in _SUBJ for c in chain[-1].children)):
        chain.append(chain[-1].head)
    return chain


#: marks of a condition: "if Israel attacked, it would retaliate"
_CONDITIONS = ("if", "unless")


def _spoken_condition(verb, clause) -> bool:
    """Whether `verb` is a reported clause (the complement of its speaker's verb) that `clause`,
    a condition, opens: "Iran said that if Israel attacked its sites, it would retaliate", "China
    said if the Philippines kept up provocations, it would respond": the pronoun is as often the
    speaker making a threat as the condition's subject ("... it would pay a heavy price"); the
    pronoun is left unresolved, for the clause's speaker to take it where the event is coded."""
    return verb.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children)


def _counted(tok):
    """What a number subject counts ("Hundreds of activists", "Tens of thousands more residents":
    the activists, the residents), else the subject itself."""
    while tok.ent_type_ == "CARDINAL" or tok.like_num:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            break
        tok = obj
    return tok


def _joined_by_and(verb) -> bool:
    """Whether `verb` heads a clause joined by "and" to the clause of the verb it is a conjunct of:
    "Thousands more students rallied on Monday, and they were arrested by police" (the
    students), "Police fired tear gas and they detained 20 people" (the police)."""
    return (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children if c.i < verb.i))


def _take_subject(b: "Builder", pronoun, subjects: list, plural: bool) -> None:
    """Make `pronoun` a mention of the one actor of `subjects`, when there is one subject, not
    coordinated, of the pronoun's number, and it is an actor and no person; a number subject
    stands for what it counts ("Hundreds of activists": `_counted`)."""
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return
    subj = _counted(subjects[0])
    m = mention_at(b, subj.i)
    if m is None or b.res.actors[m.actor].kind == "person" or (subj.tag_ in ("NNS", "NNPS")) != plural:
        return
    b.mention(pronoun.i, pronoun.i + 1, 0, m.actor, m.code, "pronoun")
