"""A trigger's arguments: who acts (sources) and who is acted on (targets), searched slot by slot.

`roles.py` reads one phrase's actors off the parse (`phrase_mentions`, `subject_token`); this module
decides which phrases to read for a verb: its subject, else its passive agent, else a recent
sentence's subject; its object and prepositional objects in the lexicon's `target_preps` order,
else the nearest actor in its own phrase; and the fallbacks CAMEO asks for (a protest's place,
the unidentified forces of an attack with no named attacker). `build.py` calls these per trigger.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.attach import deed_preposition
from ..actors.coref import PERSON_PRONOUNS, SUBJECT_PRONOUNS, plural_head
from ..actors.dictionary import ROLES, split_code
from ..actors.setting import country_in_context
from ..actors.types import Mention, Resolution
from ..nlp.pipeline import line_of
from .lexicon import Pattern, quad_class
from .modality import DEFINITE, infinitive, on_platform
from .senses import LABOUR_STRIKE
from .triggers import noun_pattern
from .roles import (
    COMPLAINT_PREPS, PHRASE_DEPS, SUBJECT_PREPS, agent_mentions, between, by_agents, has_agent, is_passive, on_side, ordered_participle, phrase_mentions, prep_words,
    relative_object,
    of_objects, same_side, same_state, shared_agent, subset_phrases,
    reported_clause_conjunct, state_body, subject_token, undergone_participle,
)


CONTEXT_WINDOW = 3  # sentences an agentless passive may look back for the actor of the same kind of act
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-\u2022*])\s")


def subjects(verb, res, lexicon, context, n, root: str = "") -> tuple[list[Mention], bool, list[Mention]]:
    """A verb's (sources, passive?, passive subject mentions). An agentless passive takes its
    understood agent (`implied_agent`), else continues an act of the same CAMEO `root` that the
    subject of a recent sentence did (`context`: (sentence number, subject mentions, roots it
    did); `n` this one's number): "The White House imposed curbs on X. Tariffs were imposed on X"."""
    statives = lexicon.cues.stative_passives
    allegations = lexicon.cues.allegation_words
    ordered = ordered_participle(verb, lexicon.cues.command_governors)
    if ordered is not None:
        # "was ordered deported by a judge", "a judge ordered Mejia released": the one ordered
        # undergoes the act, the one who ordered it does it (else its understood agent)
        patient, doer = ordered
        targets = subject_actors(verb.head, patient, res, lexicon.cues)
        sources = agent_mentions(verb, res, lexicon.cues) or agent_mentions(verb.head, res, lexicon.cues) or subject_actors(verb.head, doer, res, lexicon.cues)
        return sources or implied_agent(verb, targets, res, lexicon.cues), True, targets
    if suffered_in(verb, lexicon.cues):
        # "three people were wounded in shelling": no act of theirs; a "by" phrase of its own
        # names its doer ("in shelling by Russian forces")
        return own_doers(verb, res, ("by",), lexicon.cues), False, []
    subj, passive = subject_token(verb, statives=statives, undergo=lexicon.cues.undergo_verbs, allegations=allegations,
                                  inducing=lexicon.cues.inducing_verbs, enlisting=lexicon.cues.enlisting_verbs,
                                  speaking=lexicon.cues.speaker_participles)
    if passive or is_passive(verb, statives):
        targets = phrase_mentions(subj, res, SUBJECT_PREPS, brokers=lexicon.third_parties) if subj is not None else []
        if not targets and subj is not None and verb.dep_ in ("acl", "advcl") and agent_mentions(verb, res, lexicon.cues):
            # "the talks between X and Y, hosted by Kenya", "Hosted by Kenya, the talks between X and
            # Y ...": a meeting a participle's named doer acts on gives its parties as whom it is done
            # to ("a meeting between X and Y was discussed" stays about its topic)
            targets = [m for p in _held_counterparts(subj, {subj.i}) for g in p.children if g.dep_ == "pobj"
                       for m in phrase_mentions(g, res, SUBJECT_PREPS)]
        if not targets and subj is not None and subj.pos_ == "PRON":
            targets = _speaker(verb, subj, res, lexicon.cues)  # "I was deported," he said
        sources = agent_mentions(verb, res, lexicon.cues)
        if (not sources and targets and subj.lemma_.lower() in lexicon.cues.weapons
                and verb.lemma_.lower() in lexicon.cues.launching_verbs):
            return targets, True, []  # "Iranian missiles were fired at Israel": Iran fired them
        if sources or undergone_participle(verb, statives):
            # "a man accused of spying", "two Canadians detained in China": the participle
            # describes the noun by an act it underwent, whose doer the sentence leaves unsaid; no
            # understood agent is put in
            return sources, True, targets
        sources = implied_agent(verb, targets, res, lexicon.cues)
        shared = shared_agent(verb, res, lexicon.cues)
        if shared and not sources:
            sources = shared  # "were detained by soldiers and later released": the soldiers released them
        elif shared and split_code(shared[0].code)[0] and split_code(sources[0].code)[1]:
            # "was caught by police and deported": the understood agent (a government deports)
            # is of the state whose police caught them, whatever country the place or the one
            # deported would give it
            sources = [understood(verb, shared[0].code[:3] + split_code(sources[0].code)[1])]
        if root and (not sources or split_code(sources[0].code)[0] is None):
            prior = _from_context(context, n, root, list_item(verb.sent))
            if sources and prior and split_code(prior[0].code)[0]:
                # "Police in Mexico detained 300 migrants. They were deported": the state that
                # did the act just told does its sequel; the understood agent takes its country
                sources = [understood(verb, prior[0].code[:3] + sources[0].code)]
            elif not sources:
                sources = prior
        return sources, True, targets
    if subj is None:
        return [], False, []
    if _means(verb, subj, res, lexicon.cues):
        # "Russia used Iranian drones to strike Kyiv", "used tanks to crush the protest": a thing
        # used is the means, its user acts; "used the courts to destroy its opponents" is theirs
        subj = subject_token(verb.head, statives=statives, undergo=lexicon.cues.undergo_verbs)[0]
        if subj is None:
            return [], False, []
    # "the attack condemned by the UN killed 20": the UN reacted to it, and did not make it
    found = phrase_mentions(subj, res, SUBJECT_PREPS, brokers=lexicon.third_parties)
    first = _first_conjunct(verb)  # "a resolution condemning X and calling on Y": both the text's
    while first.dep_ == "xcomp" and first.head.dep_ == "acl" and first.head.head == subj:
        # "a statement vowing to continue the war and slamming the truce": the parser joins the
        # second participle to the first one's infinitive; it is the text's too
        first = first.head
    if not found and first.dep_ == "acl" and subj == first.head and not any(c.dep_ == "ccomp" for c in verb.children):
        author = statement_author(subj, lexicon.cues)
        if author is not None:
            found = subject_actors(author.head, author, res, lexicon.cues)
    if not found and subj.pos_ == "PRON":
        found = pronoun_subject(verb, subj, res, lexicon.cues)
    if not found and root in lexicon.cues.speaker_roots:
        reporter = reported_clause_conjunct(verb, lexicon.speech)
        if reporter is not None:  # "X said the bombing was unacceptable and urged Moscow": X urged
            found = subject_actors(reporter, subject_token(reporter)[0], res, lexicon.cues)
    return found, False, []


def suffered_in(verb, cues) -> bool:
    """Whether `verb` is a gerund with no object or subject of its own, named as the setting
    (`suffered_setting_preps`) of what its clause's subject suffered: a passive ("three people
    were wounded in shelling", "were killed during fighting") or a verb of dying
    (`perishing_verbs`: "civilians died in shelling"). The gerund names an occurrence whose doer
    the clause leaves unsaid; an active clause's subject does it ("Russia pressed on in
    shelling Kharkiv" has an object), and so does a stative passive's ("is engaged in fighting")."""
    head = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head.dep_ != "prep" or head.lower_ not in cues.suffered_setting_preps:
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return False
    gov = head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    return is_passive(gov, cues.stative_passives) or (gov.lemma_.lower() in cues.perishing_verbs)


def _means(verb, subj, res, cues) -> bool:
    """Whether the doer read for an infinitive (`verb`) is the object of a verb of using
    (`instrument_verbs`) that no actor names as a whole, only by a modifier of its maker ("Iranian drones") or not at all
    ("tanks"): a means, not a doer."""
    if verb.dep_ != "xcomp" or subj.dep_ != "dobj" or subj.head != verb.head:
        return False
    if verb.head.lemma_.lower() not in cues.instrument_verbs:
        return False
    m = res.mention_at(subj.i)
    return m is None


def subject_actors(verb, subj, res, cues) -> list[Mention]:
    """The actors a verb's subject token names, an unresolved pronoun read as `pronoun_subject`
    does ("the SFO said it had opened an investigation")."""
    if subj is None:
        return []
    found = phrase_mentions(subj, res, SUBJECT_PREPS)
    return found or (pronoun_subject(verb, subj, res, cues) if subj.pos_ == "PRON" else [])


def pronoun_subject(verb, pronoun, res, cues) -> list[Mention]:
    """The actors an unresolved pronoun subject of `verb` stands for: the speaker of the clause it
    is told in ("the SFO said it had opened an inquiry"), else the subject of the clause its own
    clause frames ("since it annexed Crimea"); [] when neither names one."""
    return _speaker(verb, pronoun, res, cues) or _framing_subject(verb, pronoun, res)


def _first_conjunct(verb):
    """The first of coordinated verbs (`verb` itself when it is no "conj")."""
    for _ in range(6):
        if verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    return verb


def statement_author(noun, cues):
    """Who a text (`document_nouns`) a participle hangs from speaks for: "China issued a statement
    condemning ..." is China's condemnation, "a resolution demanding ..." the adopting body's
    demand. Its possessor ("Beijing's statement urging"), else the subject of the `issuing_verbs`
    verb whose object it is ("issued", "adopted", "sent ... a letter"), else of the verb it is the
    "in" phrase of ("said in a statement condemning"); None for another noun or governor.
    `subjects` asks only for a participle that names whom it is aimed at itself, not through a
    "that"-clause: whoever a statement "warning that voters are entitled to ..." speaks of is
    what it reports, no addressee of the text."""
    if noun.lemma_.lower() not in cues.document_nouns:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "in" and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head
    elif not (noun.dep_ == "dobj" and gov.lemma_.lower() in cues.issuing_verbs):
        return None
    subj, passive = subject_token(gov)
    return None if passive else subj


#: how a time or circumstance clause hangs from the clause it frames: "since it annexed Crimea",
#: "in 1989, when it crushed the protests", "after they seized power"
_FRAMING_DEPS = frozenset({"advcl", "relcl", "pobj", "prep", "pcomp", "npadvmod"})


def _framing_subject(verb, pronoun, res) -> list[Mention]:
    """An "it" or "they" subject of a time or circumstance clause is the subject of the clause
    that clause frames, told before or after it ("Since it crushed the protests in 1989, Beijing
    has ...", "Russia has faced sanctions since it annexed Crimea"): that subject's actors, when
    it names a state, an organisation or a group, not a person, and no other actor is told
    between them."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS:
        return []
    t = verb
    for _ in range(5):
        if t.dep_ not in _FRAMING_DEPS or t.head == t:
            return []
        if t.dep_ == "relcl" and not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in t.children):
            return []  # "the protests that it crushed": a relative clause of an ordinary noun
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return []
            found = phrase_mentions(subj, res, SUBJECT_PREPS)
            if not found or any(m.actor < 0 or res.actors[m.actor].kind == "person" for m in found):
                return []
            # another actor told between them might be meant: "Russia condemned Ukraine after it
            # shelled Donetsk"
            lo, hi = sorted((subj.right_edge.i, pronoun.i))
            own = range(verb.left_edge.i, verb.right_edge.i + 1)  # the pronoun's own clause
            named = range(subj.left_edge.i, subj.right_edge.i + 1)
            if any((m := res.mention_at(i)) is not None and lo < m.tok_start < hi and m.tok_start not in own
                   and m.tok_start not in named for i in range(lo + 1, hi)):
                return []
            return [replace(m, via="pronoun") for m in found]
    return []


#: object pronouns that stand for an actor named before them in the sentence (`adjunct_object`,
#: `conjunct_object`), and whether each stands for a group ("them")
_OBJECT_PRONOUNS = {"it": False, "them": True}


def adjunct_object(verb, res, exclude) -> list[Mention]:
    """The actor an "it" or "them" object of a participial adjunct stands for: the nearest actor
    named before it in the clause the adjunct hangs from, other than its doer's side ("submitted a
    motion of no confidence in Netanyahu's government, accusing it of abandoning the hostages":
    the government; "expelled two British diplomats, accusing them of spying": the diplomats).
    "It" names no person, "them" a plural noun; [] when the nearest actor is no such one."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    plural = _OBJECT_PRONOUNS.get(obj.lower_) if obj is not None else None
    if plural is None:
        return []
    for i in range(verb.left_edge.i - 1, max(verb.head.left_edge.i, verb.sent.start) - 1, -1):
        m = res.mention_at(i)
        if m is None or m.actor < 0 or on_side(m, exclude):
            continue
        last = verb.doc[m.tok_end - 1]
        if plural != (last.tag_ in ("NNS", "NNPS")) or (not plural and res.actors[m.actor].kind == "person"):
            return []
        return [replace(m, via="pronoun")]
    return []


def _one_person(m: Mention, head, res) -> bool:
    """Whether a speaker may be the "he" or "she" of what it says: a person ("the prosecutor said
    he would appeal"), or one of a group named by a singular common noun ("an Indian man said he
    was deported"); never a body ("the court", "the ministry"), nor police, detectives or
    prosecutors named in the plural, or as a name ("Police said he had attacked the woman")."""
    kind = res.actor_of(m).kind
    if kind == "person":
        return not plural_head(head, m)
    return kind == "group" and head.tag_ == "NN"


def _speaker(verb, pronoun, res, cues) -> list[Mention]:
    """An unresolved pronoun subject of a reported clause is its speaker ("the farmers said they
    would ..."): the subject of the verb that reports the clause. In a clause told before its
    speaker only "I" or "we" is: "They arrested 50 people, a rights group said" points back to
    whoever the article spoke of, never to the rights group ("We arrested 50 people, police said").
    The subject of a verb of hearing (`hearing_verbs`) is told the clause and speaks none of it; "he"
    or "she" is a speaker only who may be one person (`_one_person`), not police, a court or a ministry."""
    t = verb
    for _ in range(4):
        if t.dep_ == "ccomp" and t.head != t:
            if t.i < t.head.i and pronoun.morph.get("Person") != ["1"]:
                return []
            subj, passive = subject_token(t.head)
            if subj is None or passive or t.head.lemma_.lower() in cues.hearing_verbs:
                return []
            found = phrase_mentions(subj, res, SUBJECT_PREPS)
            if pronoun.lower_ in PERSON_PRONOUNS:
                found = [m for m in found if _one_person(m, subj.doc[m.tok_end - 1], res)]
            return found
        if t.dep_ not in ("conj", "xcomp") or t.head == t:
            return []
        t = t.head
    return []


def understood(tok, code: str) -> Mention:
    """A side the sentence leaves unsaid but its act implies (a court for "was sentenced", the
    doer's own civilians for a curfew), placed at the trigger `tok` with no text of its own."""
    return Mention("", tok.idx, tok.idx, tok.i, tok.i, -1, code, "implied")


def implied_agent(verb, targets: list[Mention], res: Resolution, cues) -> list[Mention]:
    """The agent an agentless passive leaves understood, when only one kind of actor does it:
    "was sentenced" (a court), "was arrested" (police), "was deported" (a government). Its country
    is the place the clause names ("arrested in Moscow", "deported from Arizona"), else that of
    the one it was done to, unless the act is done to foreigners (`foreign_agents`). None is
    invented for any other verb, nor where a "by" phrase names a doer that is no actor ("was
    caught by a neighbour", "was detained by a shopkeeper": not the police)."""
    if any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    role = cues.implied_agents.get(lemma)
    for c in verb.children:  # or of the verb with its complement: "was found guilty"
        if role is None and c.dep_ in ("oprd", "acomp"):
            role = cues.implied_agents.get(f"{lemma} {c.lemma_.lower()}")
    for c in verb.children:  # or with its prepositional phrase: "was released on bail" (a court)
        if role is None and c.dep_ == "prep":
            role = next((cues.implied_agents.get(f"{lemma} {c.lower_} {g.lemma_.lower()}")
                         for g in c.children if g.dep_ == "pobj"), None)
    for c in verb.children:  # or of what was used: "tear gas was fired at protesters"
        if role is None and c.dep_ == "nsubjpass" and c.pos_ == "NOUN":
            role = cues.implied_agents.get(c.lemma_.lower())
    if role is None:
        return []
    places = _place_countries(verb, res)
    if len(places) == 1:
        country = places.pop()
    elif places or lemma in cues.foreign_agents:
        country = ""
    else:
        countries = {m.code[:3] for m in targets if len(m.code) > 3 or m.code[:3] not in ROLES}
        country = countries.pop() if len(countries) == 1 else ""
        country = _setting_state(verb, targets, res, cues) or country
    return [understood(verb, country + role)]


def _setting_state(verb, targets: list[Mention], res: Resolution, cues) -> str | None:
    """The country where the story is set (`country_in_context`) when every one an agentless act
    is done to is a private person of another nationality (`national_roles`): "NEW DELHI - Two
    Pakistani nationals were arrested" (India's police), "BERLIN - A Syrian man was sentenced"
    (Germany's court). None when the setting is unclear or is the people's own country."""
    here = country_in_context(verb.doc, res, verb.i)
    if here is None or not targets:
        return None
    for m in targets:
        country, role = m.code[:3], m.code[3:6]
        if len(m.code) != 6 or role.lower() not in cues.national_roles or country == here:
            return None
    return here


_WHERE = ("in", "from", "at")


def _place_countries(verb, res: Resolution, deep: bool = False) -> set[str]:
    """The countries of the places a verb's own "in/from/at" phrases name (a city, a province, or
    the country itself: "detained in Russia"); `deep`: those anywhere in its phrase ("the arrest
    of a journalist in Turkey")."""
    out = set()
    for prep in (verb.subtree if deep else verb.children):
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
            continue
        for obj in prep.children:
            m = res.mention_at(obj.i)
            if m is not None and m.via in ("place", "metonym", "name") and len(m.code) == 3 and m.code not in ROLES:
                out.add(m.code[:3])
    return out


def list_item(sent) -> bool:
    """Whether a sentence is on a line that is an item of a numbered or bulleted list ("2. Tariffs:
    ..."; spaCy often splits the number off as a sentence of its own)."""
    return bool(_LIST_ITEM.match(line_of(sent)))


def _from_context(context, n, root: str, item: bool) -> list[Mention]:
    """An agentless passive's actor: the one subject of a recent sentence that did an act of the
    same root (the same kind of act, told again), or of the previous item of the list this one
    continues (the items of one list share their actor); never just the last actor named."""
    for k, mentions, roots, was_item in reversed(context):
        if n - k > CONTEXT_WINDOW:
            break
        codes = {m.code for m in mentions}
        if len(codes) == 1 and (root in roots or (item and was_item)):
            return mentions[:1]
        return []
    return []


def addressee(tok, prep: str | None, res, exclude: set[str]) -> list[Mention]:
    """Whom a verb of asking asks: its object ("urged Serbia to ...") or the object of its
    pattern's preposition ("called on Russia to ..."); [] when that names no actor."""
    for heads in _asked_heads(tok, (prep,) if prep else ()):
        found = [m for h in heads for m in phrase_mentions(h, res, SUBJECT_PREPS, skip=exclude)]
        found = found or [m for h in heads for m in conjunct_object(tok, h, res, exclude)]
        if found:
            return found
    return []


def _asked_heads(tok, preps, until: int | None = None):
    """The heads of each phrase by which a verb of asking may name whom it asks, in order: its
    direct object (a relative pronoun read as the noun it stands for), or the object of one of
    `preps`; with `until`, only the phrases that start before that token."""
    for c in tok.children:
        if until is not None and c.i > until:
            break
        if c.dep_ == "dobj":
            yield [relative_object(c)]
        elif c.dep_ == "prep" and c.lower_ in preps:
            yield [g for g in c.children if g.dep_ == "pobj"]


def asked_before(tok, res, exclude: set[str], cues) -> list[Mention]:
    """Whom a verb of asking asks when what it asks for follows as a "to"-infinitive or a "for"
    phrase: the actor of its object or of its `addressee_preps` phrase set before that ("appealed
    to China to release the businessman", "pleaded with Iran to free her", "asked Congress for aid
    for Ukraine", "appealed to India for restraint"). The one asked is the target, never whom the
    thing asked for is for (Ukraine) or whom the act asked for is done to (the businessman);
    [] when no such phrase names an actor."""
    asked = [c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")]
    if not asked:
        return []
    for heads in _asked_heads(tok, cues.addressee_preps, until=min(c.i for c in asked)):
        found = [m for h in heads for m in phrase_mentions(h, res, SUBJECT_PREPS, skip=exclude)]
        if found:
            return found
    return []


def beneficiaries(tok, res) -> set[int]:
    """The tokens of the "for" phrases that say whom a thing asked for is for, when a verb of
    asking has that thing, no actor, for object: "demanded a pay rise for nurses", "demanded
    justice for the victims", "requested visas for Afghan interpreters". Those it is for are not
    whom it is asked of. A "for" phrase whose head is no actor says why ("demanded an apology for
    China's remarks": owed by the remarks' maker) and is kept."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(res.mention_at(o.i) is not None for o in objs):
        return set()
    out: set[int] = set()
    for p in [c for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]:
        heads = [g for g in p.children if g.dep_ == "pobj"]
        # the actor may be the head or the demonym or name before it ("for Afghan interpreters")
        if heads and all(any(res.mention_at(t.i) is not None for t in (g, *g.children) if t.i <= g.i
                             and (t is g or t.dep_ in ("amod", "compound"))) for g in heads):
            out.update(t.i for t in p.subtree)
    return out


def unnamed_addressee(tok, prep: str | None) -> bool:
    """Whether a verb of asking names whom it asks, by a noun that is no actor, before the act it
    asks for: "urged the international community to pressure India", "called on donors to fund
    the plan", "appealed to the world to unfreeze Afghan assets". Those asked are not the asked
    act's target (India), so the complement gives the appeal none; a pronoun ("urged them to")
    may stand for one named elsewhere, and is no such noun."""
    asks = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if asks is None:
        return False
    for c in tok.children:
        if c.i > asks.i:
            continue
        if c.dep_ == "dobj":
            heads = [c]
        elif c.dep_ == "prep" and prep and c.lower_ == prep:
            heads = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if any(h.pos_ in ("NOUN", "PROPN") for h in heads):
            return True
    return False


def conjunct_object(verb, pronoun, res, exclude: set[str]) -> list[Mention]:
    """The actors an unresolved "it"/"them" object of a verb stands for when the verb is the
    second of two coordinated ones and the first has an actor for object: "welcomed the interim
    government and urged it to hold elections", "condemned Israel and called on it to withdraw"
    (`_OBJECT_PRONOUNS`); [] for any other object."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "pobj") or verb.dep_ != "conj":
        return []
    first = verb.head
    for c in first.children:
        if c.dep_ == "dobj" and c.i < verb.i:
            return phrase_mentions(c, res, SUBJECT_PREPS, skip=exclude)
    return []


def topics(tok, code: str, cues, accord: bool = False) -> frozenset[int]:
    """The tokens of what a consultation (`topic_roots`) is about: its `topic_preps` phrases
    ("talks on Syria") and the object of a `topic_verbs` verb ("discussed Yemen"). Its counterpart
    is whom it is with, never its topic. So, for any act, are the actors of a question it puts
    (a clause of "whether" or "if": "asked whether Putin was a good partner", "asked if Iran was
    behind the attack" is no appeal to Putin or Iran; "looking into whether the victim was ..." no
    inquiry into the victim). An `accord` (a joint act of agreeing:
    "reached a consensus on the crisis in Myanmar", "failed to agree on a statement condemning the
    violence in Sudan": `accord_verbs`) is with its counterpart too, never about its topic's actors."""
    # the question may be a preposition's object: "looking into whether the victim was a bystander"
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    out: set[int] = {t.i for c in clauses
                     if any(m.dep_ == "mark" and m.lower_ in cues.question_marks for m in c.children) for t in c.subtree}
    if code[:2] not in cues.topic_roots and not accord:
        return frozenset(out)
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ in cues.topic_preps) or (c.dep_ == "dobj" and tok.lemma_.lower() in cues.topic_verbs):
            out.update(t.i for t in c.subtree)
        elif c.dep_ == "dobj":
            # "hosted talks on Syria", "hosted a summit on Libya": the topic of the meeting hosted
            out.update(t.i for g in c.children if g.dep_ == "prep" and g.lower_ in cues.topic_preps for t in g.subtree)
    # the parser may hang the counterpart off the topic: "discussed trade with Australia", "talks on
    # Iran's programme with China"; those phrases stay searchable
    for p in _held_counterparts(tok, out):
        out.difference_update(t.i for t in p.subtree)
    return frozenset(out)


_COUNTERPART_PREPS = frozenset({"with", "between"})


def _held_counterparts(tok, tokens: set[int] | frozenset[int]) -> list:
    """The "with"/"between" phrases of `tok`'s phrase that hang off one of `tokens` (a topic)."""
    if not tokens:
        return []
    return [t for t in tok.subtree if t.dep_ == "prep" and t.lower_ in _COUNTERPART_PREPS and t.head.i in tokens]


def find_targets(
    tok, res, lexicon, exclude: set[str], themes: frozenset[int] = frozenset(), first_prep: str | None = None,
    skip: frozenset[int] = frozenset(), code: str = "",
) -> list[Mention]:
    """The target of a verb: its object, then its prepositional objects in `target_preps` order,
    then an infinitive's or reported clause's. An object a pattern names (`themes`: "offered its
    troops", "imposed sanctions") is what is given or done, not to whom: only its own
    prepositional phrases are searched ("sanctions on X"), after its owner when the act (`code`)
    is done to whoever made it (`owner_roots`: "blocked the EU sanctions package", "rejected
    Sweden's bid"). Dependents in `skip` (a consultation's topics) are passed over. An act about
    another act (`about_act_roots`: condemning, demanding, praising it) whose object is an act
    done to someone ("the arrest of a French journalist in Turkey") is done to that act's doer,
    never to its victim (`act_doer`); so is one whose object names any act done to someone by
    someone ("condemned the beating of students by police": `_done_by`)."""
    cues = lexicon.cues
    owned = code[:2] in cues.owner_roots
    about_act = code[:2] in cues.about_act_roots
    preps = set(cues.target_preps) | {"by"}
    kids = [c for c in tok.children if c.i not in skip]
    # a pattern's own preposition names the target first: "withdrew from X to Y", "called on X";
    # a consultation's counterpart held inside its topic next ("discussed trade with Australia")
    order = [c for c in kids if first_prep and c.dep_ in ("prep", "prt") and c.lower_ == first_prep and c.pos_ == "ADP"]
    order += _held_counterparts(tok, skip)
    order += [c for c in kids if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    order += shared_object(tok, code, lexicon)  # "condemned and rejected the sanctions": the object of both
    if about_act and not any(c.dep_ == "dobj" for c in kids):
        order += _judged_object(kids)  # "denounced as provocative Japan's decision": the decision
    # "accused them of massacring civilians": after an object, "of"/"for" says what the object
    # did; with the object no actor ("them" unresolved), its victims are still no target
    done_by_object = _done_by_object(tok) | _units_used(tok, cues.unit_nouns)
    for prep in cues.target_preps:
        order.extend(c for c in kids if c.dep_ in ("prep", "dative") and c.lower_ == prep and c.i not in done_by_object)
    # "urged Eriador to respond", "is ready to contribute troops to Liberia"
    order.extend(c for c in kids if c.dep_ in ("xcomp", "acomp"))
    # "demanded that the Sudanese government end curbs": the clause's subject
    order.extend(c for c in kids if c.dep_ == "ccomp")
    if tok.lemma_.lower() in cues.blaming_verbs:
        found = _blamed_on(tok, res, exclude, cues.premises_nouns)  # "blamed the attack on Israel": Israel is blamed
        if found:
            return found
    if code[:2] == "11":
        found = _complained_of(tok, themes, res, exclude)  # "filed a complaint with the WTO over X's curbs"
        if found:
            return found
    if code in cues.mediation_codes:
        found = _mediated_sides(kids, res, exclude) or _mediated_clause(tok, res, exclude)
        if found:
            return found
    for c in order:
        if _said_on_platform(c, code, cues):
            continue  # "vented their anger at the government on social media": where it was said
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "ccomp" and (named := _said_to_be(c)) is not None:
            heads = [named]  # "struck what the military said were Hezbollah depots": the depots
        elif c.dep_ == "ccomp" and code[:2] in cues.victim_clause_roots and _undergone_clause(c):
            # "Japan complained that Japanese fishermen were mistreated (by Chinese coast guards)":
            # the passive's subject underwent the wrong; whoever did it, if named, is the target
            found = [m for m in agent_mentions(c, res, cues) if not on_side(m, exclude)]
            if found:
                return found
            continue
        elif c.dep_ == "ccomp":
            subj, _ = subject_token(c)
            heads = [subj] if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") and subj.head == c else []
            own = phrase_mentions(heads[0], res, SUBJECT_PREPS) if heads else []
            if own and all(same_side(m.code, exclude) or same_state(m.code, exclude) for m in own):
                # the source's own forces act in the clause ("warned that police would deal
                # firmly with rioters"): the clause's target is the act's
                found = find_targets(c, res, lexicon, exclude | {m.code for m in own})
                if found:
                    return found
                continue
        elif c.i in themes:
            if about_act and names_an_act_on_someone(c, lexicon, code, res):
                return act_doer(c, res, lexicon, exclude)  # "protested Beijing's detention of a Japanese businessman"
            heads = [g for g in c.children if g.dep_ in ("poss", "compound")] if owned else []
            heads += [g for p in c.children if p.dep_ == "prep" and p.lower_ in cues.target_preps and p.i not in skip
                      and not _said_on_platform(p, code, cues)
                      for g in p.children if g.dep_ == "pobj" and g.i not in themes]  # "hosted talks on Syria": no guest; "thousands of soldiers" are what is sent
        elif c.dep_ in ("xcomp", "acomp"):
            heads = [x for x in (find_targets(c, res, lexicon, exclude, themes),) if x]
            if heads:
                return heads[0]
            continue
        else:
            heads = [relative_object(c)]
        for h in heads:
            if about_act and names_an_act_on_someone(h, lexicon, code, res):
                return act_doer(h, res, lexicon, exclude)
            if about_act and h.lemma_.lower() in cues.meddling_nouns:
                # "condemned foreign interference in Hong Kong's affairs": the meddler, else no one
                found = own_doers(h, res, ("by",), cues, skip=exclude)
                if found:
                    return found
                continue
            if about_act and _done_by(h):
                found = own_doers(h, res, ("by",), cues, skip=exclude)
                if found:
                    return found  # "condemned the beating of students by police": the police
            found = _owner(h, res, exclude, lexicon) if owned else []
            found = found or phrase_mentions(h, res, preps, skip=exclude, brokers=lexicon.third_parties)
            if not found and h.pos_ == "PRON":
                found = conjunct_object(tok, h, res, exclude)  # "welcomed the government and urged it to"
            if not found and h.pos_ == "PRON" and h.morph.get("Person") == ["1"]:
                found = _speaker(tok, h, res, cues)  # "police deported me," said a Syrian man: the speaker
            if found:
                return found
    return []


def agent_hung_targets(tok, cues) -> list:
    """The target phrases of an act noun that the parser hung on its "by" phrase's doer: "the
    offensive by Israeli forces on Gaza", "strikes by NATO against Serb positions" (`on Gaza`
    parsed as the forces'); [] for a verb or a noun with no "by" phrase."""
    if tok.pos_ != "NOUN":
        return []
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"
            for h in (g, *g.conjuncts)
            for p in h.children if p.dep_ == "prep" and p.lower_ in cues.agent_hung_preps]


def undergone_subjects(verb) -> set[int]:
    """The tokens of the subjects of the passive clauses a verb reports (`_undergone_clause`):
    those who underwent what the clause tells, whom a complaint of it is not made of."""
    return {t.i for c in verb.children if c.dep_ == "ccomp" and _undergone_clause(c)
            for s in c.children if s.dep_ == "nsubjpass" for t in s.subtree}


def _undergone_clause(clause) -> bool:
    """Whether a reported clause is a passive whose subject undergoes what it tells: "that Japanese
    fishermen were mistreated", "that its nationals had been detained"."""
    return any(c.dep_ == "nsubjpass" for c in clause.children) and any(c.dep_ == "auxpass" for c in clause.children)


def _owner(tok, res, exclude: set[str], lexicon) -> list[Mention]:
    """Whoever made the thing `tok` names, as its possessor, modifiers or agent tell ("the EU
    sanctions package", "Russia's demands", "the deadline set by the Arab League"), before what
    its prepositional phrases say it is against or about: vetoing "the EU sanctions package
    against Russia" is done to the EU (`owner_roots`); [] when no maker is named."""
    return phrase_mentions(tok, res, frozenset(), skip=exclude, brokers=lexicon.third_parties)


def _mediated_sides(kids, res, exclude: set[str]) -> list[Mention]:
    """The two or more sides a mediation's object names in a "between" phrase anywhere inside it:
    "mediated the exchange of prisoners between Russia and Ukraine" (Russia and Ukraine, not the
    prisoners); [] when it names none (the object's own actors are then searched as usual)."""
    for c in kids:
        if c.dep_ != "dobj":
            continue
        for t in c.subtree:
            pair = [m for m in between(t, res) if not on_side(m, exclude)]
            if len(pair) >= 2:
                return pair
    return []


def _mediated_clause(verb, res, exclude: set[str]) -> list[Mention]:
    """The sides of an act a mediation participle describes: the two or more coordinated subjects
    of the clause whose object the described noun is ("Russia and Ukraine exchanged prisoners in a
    swap mediated by the UAE", "Israel and Hamas agreed to a ceasefire brokered by Qatar"); [] for
    any other participle or clause."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not has_agent(verb):
        return []
    noun = verb.head
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    sides = [m for m in phrase_mentions(subj, res, SUBJECT_PREPS) if not on_side(m, exclude)] if subj is not None else []
    return sides if len(sides) >= 2 else []


#: what a verb sharing the next conjunct's object has of its own: no argument, no particle
_OWN_ARGUMENTS = frozenset({"dobj", "dative", "attr", "oprd", "prep", "prt", "agent", "xcomp", "ccomp", "acomp", "nsubjpass"})


def shared_object(verb, code: str, lexicon) -> list:
    """The object a verb coding `code` shares with the verb coordinated right after it ("Russia
    condemned and rejected the sanctions", "Protesters attacked and injured two policemen"): that
    conjunct's direct object, when "and" or "or" stands between the two verbs and nothing else,
    the first has no argument of its own, the second no subject of its own, and the second codes
    an act of the same kind (GDELT quad class: words of conflict, force, ...), or, after an act of
    force, is a verb of harm to a body (`harm_verbs`: "a gunman shot and wounded three people").
    An act of another kind is as often one that takes no object ("troops retreated and shelled Kherson", "resigned
    and criticised the president"): [] then, as for any other verb."""
    if not code[:2].isdigit() or verb.pos_ != "VERB" or any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return []
    for c in verb.children:
        if (c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2 and verb.doc[verb.i + 1].lower_ in ("and", "or")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and (any(p.code[:2].isdigit() and quad_class(p.code) == quad_class(code)
                         for p in lexicon.lookup("V", c.lemma_.lower()))
                     or (quad_class(code) == 4 and c.lemma_.lower() in lexicon.cues.harm_verbs))):
            return [g for g in c.children if g.dep_ == "dobj"]
    return []


#: GDELT's quad classes of acts made with words (verbal cooperation, verbal conflict)
_VERBAL_QUADS = (1, 3)


def _said_on_platform(prep, code: str, cues) -> bool:
    """Whether a phrase of a verbal act (`code` of a verbal quad class) is an "on" phrase naming
    where the words are said (`platform_nouns`: "on social media", "on Twitter", "on state
    television"), not someone they are said to or an act is done to."""
    return code[:2].isdigit() and quad_class(code) in _VERBAL_QUADS and on_platform(prep, cues)


_FORUM_PREPS = frozenset({"with", "to"})  # "lodged a complaint with the WTO", "complained to the UN"


def _complained_of(tok, themes: frozenset[int], res, exclude: set[str]) -> list[Mention]:
    """Whom a complaint lodged with or made to an international body is against: "filed a
    complaint with the WTO over Japan's export curbs" (Japan), "lodged a complaint with the WTO
    against China" (China), "complained to the WTO about China's tariffs" (China); the body is only
    where it is lodged. [] when no international body is named with "with" or "to" or no other
    actor is named, and the usual order decides ("a protest with China")."""
    holders = [tok] + [c for c in tok.children if c.i in themes]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep"]
    forums = [g for p in preps if p.lower_ in _FORUM_PREPS for g in p.children if g.dep_ == "pobj"
              and (m := res.mention_at(g.i)) is not None and m.code.startswith("IGO")]
    if not forums:
        return []
    # the parser hangs the "over" phrase on the body's name as often as on the verb
    preps += [p for f in forums for p in f.children if p.dep_ == "prep"]
    for word in COMPLAINT_PREPS:
        for p in preps:
            if p.lower_ == word:
                for g in p.children:
                    found = phrase_mentions(g, res, SUBJECT_PREPS, skip=exclude) if g.dep_ == "pobj" else []
                    if found:
                        return found
    return []


def _judged_object(kids) -> list:
    """The object of a verb of judging put after the judgement ("denounced as provocative Japan's
    decision", "condemned as illegal the annexation of Crimea by Russia"), which the parser reads
    as the "as" phrase's noun: the noun of an "as" phrase whose phrase begins with an adjective
    ("as absurd Pakistan's claims", the adjective read as the possessor's, or hung on "as": "as
    illegal the U.S. sanctions"); or, after a label noun, the apposition the parser makes of it ("denounced
    as a grave crime Serbia's treatment of the prisoners")."""
    out = []
    for p in kids:
        if p.dep_ != "prep" or p.lower_ != "as" or p.i + 1 >= len(p.doc):
            continue
        a = p.doc[p.i + 1]
        for g in p.children:
            if g.dep_ != "pobj" or g.pos_ != "NOUN":
                continue
            if a.pos_ == "ADJ" and ((a.dep_ == "amod" and g.left_edge.i == a.i) or (a.head == p and a.i < g.left_edge.i)):
                out.append(g)
            else:
                out.extend(c for c in g.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > g.i
                           and p.doc[c.left_edge.i - 1].text != ",")
    return out


def _blamed_on(tok, res, exclude: set[str], premises: frozenset[str] = frozenset()) -> list[Mention]:
    """Whom a verb of blaming (`blaming_verbs`) lays an act on: its "on" phrase ("Hezbollah blamed
    the assassination on the United States"), which the parser hangs on the act as often as on the
    verb. Of two hung on the act, the first names its victim and the last the one blamed ("blamed
    the attack on Israel on Iranian proxies"); a lone one hung on the act names the one blamed only
    when its head is an actor itself ("blamed the attack on Israel"), not a thing of one's that may
    be the victim ("the attack on the Saudi embassy", its premises: `premises`). A date ("on Monday") is none; [] also
    when the object is itself an actor ("blamed Iran for the attack on Israel")."""
    def heads(p):
        return [g for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    ons = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" and heads(p)]
    if not ons:
        acts = [c for c in tok.children if c.dep_ == "dobj" and res.mention_at(c.i) is None]
        ons = [p for c in acts for p in c.subtree if p.dep_ == "prep" and p.lower_ == "on" and heads(p)]
        if len(ons) == 1 and not any(res.mention_at(g.i) is not None and g.lemma_.lower() not in premises
                                     for g in heads(ons[0])):
            return []
    return [m for p in ons[-1:] for g in heads(p) for m in phrase_mentions(g, res, SUBJECT_PREPS, skip=exclude)]


_VICTIM_ROOTS = ("17", "18", "19", "20")  # coercion and force: "the arrest of X", "the invasion of X"
# threats and cuts in relations ("the threats against Taiwan", "the sanctions on Russia") are acts on
# someone too for a stance on them (`_STANCE_ROOTS`: backing, opposing, condemning them), whose
# target is never their victim ("Germany opposed new sanctions against Russia" disapproves of no
# Russia); an appeal or a demand for them ("demanded sanctions on Turkey") is about their target
_MEASURE_ROOTS = ("13", "16")
_FORCE_ROOTS = ("18", "19", "20")  # a clause's verb that makes its noun an act of force: "which killed"
_STANCE_ROOTS = ("05", "11", "12")
# people released ("the release of the hostages") are no more the target of a stance on it than a
# victim is: whoever frees them is ("Qatar welcomed the release of two Israeli hostages" praises
# their captors, not Israelis); an appeal or a demand for it is still aimed at the state of those
# held, mostly their captor ("called for the release of jailed Iranian activists")
_FREED_CODES = ("0841",)
_VICTIM_PREPS = ("of", "on", "against")  # "the arrest of X", "the raid on X", "the crackdown against X"


def object_is_act_on_someone(tok, code: str, lexicon, res) -> bool:
    """Whether a verb's act (`code`) is about another act (`about_act_roots`) and its object names
    an act of coercion or force and its victim ("condemned the detention of activists"), itself or
    in its own or its object's phrase ("expressed outrage at the killing of its aid workers",
    "protested over the arrest of its citizens"):
    its target is that act's doer or no one, never the victim."""
    if code[:2] not in lexicon.cues.about_act_roots:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for o in [tok, *objects] for p in o.children if p.dep_ == "prep" and p.lower_ in lexicon.cues.target_preps
                for g in p.children if g.dep_ == "pobj"]
    return any(names_an_act_on_someone(c, lexicon, code, res) for c in objects)


def names_an_act_on_someone(tok, lexicon, about: str, res) -> bool:
    """Whether a noun names an act of coercion or force and, after "of", "on" or "against", the
    one it was done to ("the arrest of a journalist", "the raid on the Mexican embassy", "the
    crackdown on protesters"; "the visit of the speaker" names its doer, and is no such act), or
    as its possessor ("Navalny's arrest": `undergone_possessor`); for a stance on it (`about`'s
    root in `_STANCE_ROOTS`), a threat or a cut in relations as well ("opposed the sanctions on
    Iran")."""
    roots = _VICTIM_ROOTS + (_MEASURE_ROOTS + _FREED_CODES if about[:2] in _STANCE_ROOTS else ())
    if about[:2] in _STANCE_ROOTS and _harm_against_someone(tok, lexicon.cues, res):
        return True
    if _act_codes(tok, lexicon, roots):
        return bool(_victim_phrases(tok, lexicon.cues, res))
    return _told_as_force(tok, lexicon, res)


def _harm_against_someone(tok, cues, res) -> bool:
    """Whether a noun no actor names is a harm (`harm_nouns`) done "against" someone: "condemned the
    violence against protesters", "denounced the war against Ukraine". Whom it is against underwent
    it; a stance on it is aimed at whoever did it, never at them. Not any noun with "against":
    "presented evidence against Russia", "the case against him" name whom they accuse."""
    if tok.pos_ != "NOUN" or res.mention_at(tok.i) is not None or tok.lemma_.lower() not in cues.harm_nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)


def _said_to_be(clause):
    """The noun a free relative object says its thing was, when the parser made the whole of it a
    clause of its verb: in "Israeli jets struck what the military said were Hezbollah weapons
    depots" the jets struck the depots, and the military is only who said so. None for any other
    clause."""
    for inner in [clause, *(c for c in clause.children if c.dep_ == "ccomp")]:
        if inner is not clause and not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ == "what" for c in inner.children):
            return next((c for c in inner.children if c.dep_ == "attr"), None)
    return None


def _units_used(verb, units) -> set[int]:
    """The "with" phrases of a verb with a direct object whose own object is a unit of force
    (`unit_nouns`): the means it was done with, no one it was done to ("reinforced its
    peacekeeping force in Kosovo with 200 British troops", "bolstered the garrison with
    marines"). Alone, "with" names a counterpart ("clashed with troops")."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return set()
    return {c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in units for g in c.children)}


def _told_as_force(tok, lexicon, res) -> bool:
    """Whether a noun no actor names, of no act by itself (a "strike" may be a labour one), is told
    as an act of force by a clause of what it did to someone: "the strike, which killed two
    children", "the blast that wounded three tourists" (`_done_by_noun`, its verb of force)."""
    if tok.pos_ != "NOUN" or res.mention_at(tok.i) is not None:
        return False
    return any(_done_by_noun(c) and any(g.dep_ == "dobj" for g in c.children)
               and any(q.code[:2] in _FORCE_ROOTS for q in lexicon.lookup("V", c.lemma_.lower()))
               for c in tok.children)


def _act_codes(tok, lexicon, roots: tuple[str, ...] = _VICTIM_ROOTS) -> list[str]:
    """The code of coercion or force (`_VICTIM_ROOTS`, or the `roots` given) the noun's matching
    pattern gives it, in a list: "the imposition of sanctions" is an embargo (163), of a curfew a
    restriction (1723)."""
    p = noun_pattern(tok, lexicon) if tok.pos_ == "NOUN" else None
    return [p.code] if p is not None and p.code.startswith(roots) else []


def _done_by(tok) -> bool:
    """Whether a noun names an act done to someone by someone: its "of" phrase and a "by" phrase,
    on it or hung by the parser on its "of" object ("the beating of students by police", "the
    treatment of migrants by Greek authorities"), whatever the act; the "by" phrase is its doer."""
    if tok.pos_ != "NOUN":
        return False
    ofs = of_objects(tok)
    return bool(ofs) and any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for h in [tok, *ofs] for c in h.children)


def _victim_phrases(tok, cues, res) -> list:
    """The objects of a noun's "of", "on" or "against" phrases: whom its act was done to; else its
    possessor when that one underwent it ("Navalny's arrest": `undergone_possessor`)."""
    found = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS
             for g in c.children if g.dep_ == "pobj"]
    found += [g for c in tok.children if _done_by_noun(c) for g in c.children if g.dep_ == "dobj"]
    poss = undergone_possessor(tok, res, cues) if not found else None
    return [poss] if poss is not None else found


def _done_by_noun(clause) -> bool:
    """Whether a clause on a noun tells what the noun itself did, its object whom the act was done
    to: a relative clause whose subject is the relative pronoun ("the strike, which killed two
    children", "the attack that wounded three tourists") or an -ing participle ("the attack
    killing 12 soldiers"); not one whose subject is another ("the strike which Pakistan
    condemned")."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in clause.children)
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in _SUBJECT_RELATIVES for c in clause.children)


_SUBJECT_RELATIVES = frozenset({"which", "that", "who"})
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def undergone_possessor(tok, res, cues):
    """The possessor of an act noun that is the one the act was done to (`undergone_nouns`, with
    no "of", "on" or "against" phrase): a personal pronoun or a name with a role ("Navalny's
    arrest", "his detention", "Khashoggi's murder"); None for any other ("Russia's arrest of
    Navalny", "the government's crackdown", "its expulsion", "China's detention")."""
    if tok.lemma_.lower() not in cues.undergone_nouns or any(
            c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        m = res.mention_at(c.i)
        if c.lower_ in _PERSONAL_POSSESSIVES or (c.pos_ == "PROPN" and m is not None and len(m.code) > 3):
            return c
    return None


def own_doers(tok, res, preps, cues, skip: set[str] | None = None, undergone: bool = False) -> list[Mention]:
    """Who did the act a noun names, as its own phrase says: its possessor or an actor modifying
    it ("Russia's invasion", "EU sanctions"), else the first of its `preps` phrases that names
    anyone ("sanctions by the EU"). Mentions on the `skip` side are passed over; so is, with
    `undergone`, a possessor the act was done to ("Navalny's arrest": `undergone_possessor`)."""
    patient = undergone_possessor(tok, res, cues) if undergone else None  # "Navalny's arrest": done to him
    for c in tok.children:
        if c == patient:
            continue
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and res.mention_at(c.i) is not None):
            found = phrase_mentions(c, res, SUBJECT_PREPS, skip=skip)
            if found:
                return found
    found = source_phrases(tok, res, preps, cues, first=True, skip=skip)
    if found or "by" not in preps:
        return found
    # "the arrest of Imran Khan by Pakistani forces": the parser hangs the "by" phrase on the
    # act's object; an actor is done nothing "by" anyone but in the act
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in of.children if g.dep_ == "pobj" and res.mention_at(g.i) is not None):
            found = source_phrases(obj, res, ("by",), cues, first=True, skip=skip)
            if found:
                return found
    return []


_RELATIVE_OBJECTS = frozenset({"that", "which"})


def doing_clause(tok, res, cues) -> tuple[object, list[Mention]]:
    """The clause hung on an act noun that tells who did the act, and who: one whose verb's
    object is the act itself (`doing_verbs`), as a passive participle with its "by" agent ("the
    accusations made by Colombia", "the sanctions imposed by the United States", "the strikes
    carried out by Israel") or as a relative clause with its subject, the act its object or its
    relative pronoun ("the strikes that Israel carried out", "the airstrikes Trump ordered against
    Syria", "the attacks, which Ukraine launched"), its subject named (no pronoun); never the agent
    or subject of another verb
    ("the attack condemned by the UN", "the strikes Britain condemned", "the sanctions Russia
    faces"). (None, []) when none."""
    for c in tok.children:
        if c.lemma_.lower() not in cues.doing_verbs:
            continue
        if c.dep_ == "acl" and c.tag_ == "VBN":
            found = source_phrases(c, res, ("by",), cues, first=True)
            if found:
                return c, found
        if relative_clause(c) and _relative_act(c):
            # a named subject only: a pronoun there stands for whom the main clause names, often
            # no actor the resolver knows ("Carlineo was arrested for a call he made to Omar's office")
            found = [m for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                     for m in phrase_mentions(s, res, SUBJECT_PREPS)]
            if found:
                return c, found
    return None, []


def relative_clause(verb) -> bool:
    """Whether `verb` heads a relative clause: the parser's own, or a finite clause it calls a
    noun's "acl" ("the accusations that Australia made against it": "that" its object)."""
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP")
                                    and any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in verb.children))


def _relative_act(verb) -> bool:
    """Whether an active relative clause's object is the noun it modifies: its relative pronoun
    ("the strikes that Israel carried out") or none at all ("the sanctions the EU announced")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp") or (c.dep_ == "dative" and c.pos_ != "ADP")]
    return all(c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in objects)


def source_phrases(head, res, preps, cues, *, first: bool, skip: set[str] | None = None) -> list[Mention]:
    """The actors of `head`'s `preps` phrases (a passive's agent included): those of the first
    phrase that names anyone (`first`), or of all of them."""
    found: list[Mention] = []
    for c in [*head.children, *subset_phrases(head, preps, cues)]:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            objs = by_agents(c, cues) if c.lower_ == "by" else [g for g in c.children if g.dep_ == "pobj"]
            got = [m for g in objs for m in phrase_mentions(g, res, SUBJECT_PREPS, skip=skip)]
            if got and first:
                return got
            found += got
    return found


def act_doer(tok, res, lexicon, exclude: set[str]) -> list[Mention]:
    """Who did the act a noun names: its possessor or owner ("Russia's invasion", "Beijing's
    detention of"; not a person it was done to: "Navalny's arrest"), its "by" phrase ("the
    killing of protesters by Iranian police"), else its understood agent of the place it names
    ("the arrest of a journalist in Turkey": Turkish police), or, for an act a state does to its
    own people (`domestic_codes`: "the crackdown on Georgian protesters") or to its own
    politicians (`political_roles`: "the arrest of former President Lula"), of its victims'
    country; [] when none is said."""
    cues = lexicon.cues
    found = own_doers(tok, res, ("by",), cues, skip=exclude, undergone=True)
    if found:
        return found
    # the act's understood agent, of the place the phrase names (not of its victim's country:
    # "the arrest of two Chinese nationals" may be abroad)
    places = _place_countries(tok, res, deep=True)
    role = cues.implied_agents.get(tok.lemma_.lower())
    if role is None or len(places) > 1:
        return []
    if not places:
        victims = [m for g in _victim_phrases(tok, cues, res) for m in phrase_mentions(g, res, SUBJECT_PREPS)
                   if len(m.code) > 3 or m.code[:3] not in ROLES]
        if set(_act_codes(tok, lexicon)) & cues.domestic_codes or (
                victims and all(m.code[3:6].lower() in cues.political_roles for m in victims)):
            # a country's politicians are held by their own state: "the arrest of former
            # President Lula", "the detention of opposition leader Bobi Wine"
            places = {m.code[:3] for m in victims}
    if len(places) != 1:
        return []
    code = places.pop() + role
    return [] if same_side(code, exclude) else [understood(tok, code)]


def understood_state(tok, code: str, res, cues) -> list[Mention]:
    """The government that did a restriction only states do (`state_restrictions`: a ban on
    rallies, a curfew, a state of emergency, a bill given up) whose sentence names no doer: of the
    one country the act's own phrase places it in ("a state of emergency was declared in the
    Amhara region"), else of the country the article is set in at `tok` ("HONG KONG - The ban on
    protests angered residents"); [] when none is clear."""
    if code not in cues.state_restrictions:
        return []
    places = _place_countries(tok, res, deep=tok.pos_ == "NOUN")
    if len(places) > 1:
        return []
    country = places.pop() if places else country_in_context(tok.doc, res, tok.i)
    return [understood(tok, country + "GOV")] if country else []


def understood_doer(tok, res, lexicon) -> list[Mention]:
    """Who did the act a noun names when its sentence names no doer at all: `act_doer`'s
    understood agent (of the place named, or of the state of the politicians it was done to),
    else that of the country its victims were placed in by the article when they have no country
    of their own in the sentence ("BEIJING - The detention of journalists drew criticism": police
    of China, as "journalists were detained" is). Victims a sentence gives a country of their own
    ("two Chinese nationals", "two Canadians") may have been held anywhere: no doer then."""
    agent = lexicon.cues.implied_agents.get(tok.lemma_.lower())
    if agent is None:
        return []
    found = act_doer(tok, res, lexicon, set())
    if found or _place_countries(tok, res, deep=True):
        return found
    victims = [m for g in _victim_phrases(tok, lexicon.cues, res) for m in phrase_mentions(g, res, SUBJECT_PREPS)]
    countries = {m.code[:3] for m in victims}
    if not victims or len(countries) != 1 or any(m.via != "context" for m in victims):
        return []
    return [understood(tok, countries.pop() + agent)]


def reciprocal(tok, cues) -> bool:
    """Whether a word of the verb's phrase makes the act mutual ("each other", "bilateral"); an
    adjective on the medium the act is done in ("condemned the attack in a joint statement") does
    not: the sources acted together, not on each other."""
    for c in tok.subtree:
        if c.lower_ in cues.reciprocal and c.i != tok.i and not _on_medium(c, tok, cues):
            return True
    return False


def _on_medium(c, tok, cues) -> bool:
    """Whether `c` modifies a medium the act is said in ("in a joint statement", "in a joint
    news conference"), wherever the phrase attaches."""
    noun = c.head
    while noun.dep_ == "compound":  # "a joint news conference"
        noun = noun.head
    prep = noun.head
    return (c.dep_ in ("amod", "compound", "poss") and noun.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.lower_ in cues.medium_preps
            and (noun.lemma_.lower() in cues.medium_nouns or any(x.lower_ in cues.medium_nouns for x in noun.children if x.dep_ == "compound")))


def reflexive(tok, res, exclude: set[str], themes: frozenset[int] = frozenset()) -> bool:
    """Whether the verb's direct object (or its complement clause's subject: "allowing
    Washington to focus") is itself an actor on the source's side. An object the pattern names
    (`themes`) is what the act moves or uses, not whom it is done to: "Kinshasa recalled its
    ambassador from Kigali" is still done to Kigali."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            c = next((g for g in c.children if g.dep_ == "nsubj"), None)
        elif c.dep_ != "dobj" or c.i in themes:
            continue
        if c is not None:
            m = res.mention_at(c.i)
            return m is not None and on_side(m, exclude)
    return False


#: Dependents whose actors are not on the receiving end of the verb's act: its subject (the
#: source's side) and clauses that report or comment on it.
_NOT_TARGET_DEPS = {"nsubj", "csubj", "expl", "parataxis", "punct", "cc", "mark", "aux", "auxpass", "neg"}


def _enters(c, circumstance: frozenset[str]) -> bool:
    """Whether the target fallback walks into dependent `c`: not into circumstances ("amid ...",
    "after ...") nor into clauses they introduce."""
    if c.dep_ in ("parataxis", "punct") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        return False  # a coordinated verb is an act of its own
    if c.dep_ == "prep" and prep_words(c) in circumstance:
        return False  # "amid tensions with X", "in spite of condemnation by NATO"
    if c.dep_ in ("advcl", "advmod", "pcomp") and any(m.dep_ == "mark" and m.lower_ in circumstance for m in c.children):
        return False
    if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(m.dep_ in ("nsubj", "nsubjpass", "mark") for m in c.children):
        return False  # "..., killing 156 people": a consequence, another act with its own object
    if c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ in ("where", "when") for a in c.children):
        return False  # "marched to parliament, where police clashed with them": what happened there, another act
    return True


def _reported_content(c, report_nouns: frozenset[str]) -> bool:
    """Whether `c` is the clause a report noun reports ("claims that it had supplied weapons to
    Russia", "reports that Putin had met Zelensky"): another act, told by someone else, whose
    actors are not whom a denial or rejection of the report is aimed at ("China rejected claims
    that it armed Russia" rejects no one of Russia)."""
    return (c.dep_ in ("acl", "ccomp") and c.head.pos_ == "NOUN" and c.head.lemma_.lower() in report_nouns
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))


def _text_content(c, cues) -> bool:
    """Whether `c` is what a text says, a clause hanging from a text's noun (`document_nouns`,
    `decision_nouns`): "vetoed a resolution calling for a ceasefire in Gaza", "criticised a bill
    banning TikTok", "rejected a statement condemning Russia". Its actors are what the text is
    about; an act on the text (vetoing, rejecting, criticising it) is aimed at its authors."""
    texts = cues.document_nouns | cues.decision_nouns
    return c.dep_ in ("acl", "relcl") and c.head.pos_ == "NOUN" and c.head.lemma_.lower() in texts


def phrase_target(tok, res, cues, exclude: set[str], passive: bool, limit: int = 60,
                  skip: frozenset[int] = frozenset(), code: str = "",
                  themes: frozenset[int] = frozenset(), reactors: frozenset[str] = frozenset()) -> list[Mention]:
    """The first actor (breadth-first, then left to right) in the phrase a verb heads, leaving out
    its subject, reporting clauses, circumstances and `skip` (a consultation's topics); a fallback
    when no argument slot names a target. A verbal act (`code`) on a state of affairs found in a
    place is on no one of the place (`_setting`). The object a pattern names (`themes`) is the
    act's own word, never its target, when the actors stage read it as a group ("voiced
    opposition to the plan": no opposition party); its own phrase is still searched ("opposition
    to Russia's plan"). A person or body it names is whom the act is done to ("met his
    counterpart", "walked out of parliament"). A participle of `reactors` (`Lexicon.third_parties`)
    is not entered: "defended the strike criticised by France" is done to no one of France."""
    done_by_object = _done_by_object(tok)  # "accused them of massacring civilians"
    if code[:2] in cues.purpose_apart_roots and any(c.dep_ == "dobj" for c in tok.children):
        # "promised a rally to show support for X", "shelled the town to punish X's backers": after
        # the object, the purpose is another act with its own object (with no object, the
        # infinitive may be what is threatened: "threatened in 2019 to impose tariffs on Mexico")
        done_by_object |= {c.i for c in tok.children if _purpose(c)}
    # by code alone: the nearest actor of the phrase is too loose a guess to take one of the
    # source's own code as another actor ("warned that the Chinese government ...", said China's envoy),
    # nor a state body of the source's own state ("Israel recalled its diplomats": its own envoys)
    exclude = set(exclude)
    verbal = code[:2].isdigit() and quad_class(code) in _VERBAL_QUADS
    queue = [
        c
        for c in tok.children
        if c.dep_ not in _NOT_TARGET_DEPS and not (c.dep_ == "nsubjpass" and not passive) and _enters(c, cues.circumstance)
        and c.i not in skip and c.i not in done_by_object
    ]
    seen = 0
    while queue and seen < limit:
        nxt = []
        for t in queue:
            seen += 1
            m = res.mention_at(t.i)
            if m is not None and t.i in themes and res.actors[m.actor].kind == "group":
                m = None  # "voiced opposition to the plan": the row's own word, no opposition party
            if m is not None and not same_side(m.code, exclude) and not own_body(m.code, exclude):
                return phrase_mentions(t, res, SUBJECT_PREPS, skip=exclude) or [m]
            nxt.extend(c for c in t.children if _enters(c, cues.circumstance) and c.i not in skip
                       and not (verbal and _setting(c, cues))
                       and not _reported_content(c, cues.report_nouns)
                       and not _text_content(c, cues)
                       and not (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in reactors))
        queue = sorted(nxt, key=lambda t: t.i)
    return []


def _purpose(c) -> bool:
    """Whether a verb's dependent is a subjectless "to"-infinitive of purpose ("promised a rally to
    show support for the nurses")."""
    return (c.dep_ == "advcl" and c.tag_ == "VB" and infinitive(c)
            and not any(m.dep_ in ("nsubj", "nsubjpass", "mark") for m in c.children))


def _setting(c, cues) -> bool:
    """Whether `c` is a place phrase ("in Moscow", `place_preps`) of a state of affairs
    (`situation_nouns`): "angry at the prices in Moscow", "critical of the conditions in Gaza",
    "concerned about the situation in Venezuela" judge what is found there, not the place's
    state ("angry at Moscow" is; "condemned the crackdown in Hong Kong" is an act there); nor
    whose affairs are meddled in (`meddling_nouns`: "condemned foreign interference in Hong
    Kong's affairs" judges the meddlers)."""
    return (c.dep_ == "prep" and c.lower_ in cues.place_preps and c.head.pos_ in ("NOUN", "PROPN")
            and (c.head.lemma_.lower() in cues.situation_nouns
                 or (c.lower_ == "in" and c.head.lemma_.lower() in cues.meddling_nouns)))


def own_body(code: str, exclude: set[str]) -> bool:
    """A state body of a country that is itself among the sources: a country named as a doer is
    its state, and its own envoys or forces are not whom it acts on ("Israel recalled its diplomats")."""
    return state_body(code) and code[:3] in exclude


def _done_by_object(verb) -> frozenset[int]:
    """The prepositions that, after a verb's direct object, say what that object did
    (`deed_preposition`: "accused them of massacring civilians", "praised them for helping
    Ukraine"): never the verb's target. "for" with a noun stays one ("imposed restrictions for new
    members")."""
    return frozenset(c.i for c in verb.children if deed_preposition(c))


def located(tok, res, exclude: set[str]) -> list[Mention]:
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


def struck_home(tok, code: str, res, exclude: set[str], cues) -> list[Mention]:
    """The place of the doers' own country an act of force (`home_strike_codes`) is done to when
    the verb's direct object names only places: "Ethiopian forces bombed Mekelle", "shelled the
    capital of Tigray". As for force "in" a place (`located`), only the very same actor is
    skipped; [] for any other act or object ("bombed rebel positions")."""
    if not any(code.startswith(c) for c in cues.home_strike_codes):
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    found = phrase_mentions(obj, res, SUBJECT_PREPS) if obj is not None else []
    if not found or any(m.via != "place" for m in found):
        return []
    return [m for m in found if m.code not in exclude]


def retaken_from(tok, code: str, res, exclude, cues) -> list[Mention]:
    """Whom a place of the doers' own country is taken back from by a capture or seizure
    (`occupation_force`): the actors its "from" phrase names ("Ukrainian forces recaptured Kherson
    from Russia", "the army retook its capital from the rebels"); [] when the object names anyone
    but places of the doers' own side."""
    if f"{tok.lemma_.lower()} {code}" not in cues.occupation_force and code not in cues.occupation_force.values():
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    found = phrase_mentions(obj, res, SUBJECT_PREPS) if obj is not None else []
    if not found or any(m.via not in _PLACE_VIAS or not on_side(m, exclude) for m in found):
        return []
    return [m for c in tok.children if c.dep_ == "prep" and c.lower_ in _FROM
            for g in c.children if g.dep_ == "pobj"
            for m in phrase_mentions(g, res, SUBJECT_PREPS) if not on_side(m, exclude)]


_PLACE_VIAS = frozenset({"name", "metonym", "place"})
_AT_PLACE = frozenset({"at"})  # "seized weapons at Mumbai airport": a place, as `place_preps` are


def seized_from(tok, targets: list[Mention], cues) -> list[Mention]:
    """Whom a seizure (`seizure_codes`) is done to: the owner of what it seizes ("a British
    tanker", "Iran's assets", "from Russian oligarchs"), never the place it happens in ("police
    seized 300 kg of cocaine in Gujarat": no act on India); a place keeps only land seized there
    (`territory_nouns`: "seized land in the West Bank")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in cues.territory_nouns:
        return targets
    preps = cues.place_preps | _AT_PLACE
    kept = [m for m in targets if not in_place(tok.doc, m, preps)]
    # "captured American-made weapons from the Afghan army": the one it is taken from is the
    # owner, the country the thing was made in is no side
    taken_from = [m for m in kept if in_place(tok.doc, m, _FROM)]
    return taken_from or [m for m in kept if not _maker(tok.doc[m.tok_end - 1])]


_FROM = frozenset({"from"})


def captors(tok, res, cues, exclude: set[str]) -> list[Mention]:
    """Whom a release asked for is asked of when the sentence names who holds those to be freed:
    the "by" agent of a participle of holding (`captivity_verbs`) on them ("called for the
    release of hostages held by Hamas", "demanded the return of sailors seized by Iran"), else
    the country it holds them "in" ("the release of two French nationals held in Iran"); []
    when it names neither. The release noun (`release_nouns`) is the trigger's object or the
    object of its "for" ("pressed for the release of")."""
    nouns = [c for c in tok.children if c.dep_ == "dobj"]
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in cues.release_nouns:
            continue
        freed = of_objects(noun)
        for held in (v for f in freed for v in f.children if v.dep_ == "acl" and v.tag_ == "VBN"):
            if held.lemma_.lower() not in cues.captivity_verbs:
                continue
            found = agent_mentions(held, res, cues)
            found = found or [m for p in held.children if p.dep_ == "prep" and p.lower_ == "in"
                              for g in p.children if g.dep_ == "pobj" and (m := res.mention_at(g.i)) is not None
                              and len(m.code) == 3 and m.code not in ROLES]  # a country, not "held in police custody"
            found = [m for m in found if not on_side(m, exclude)]
            if found:
                return found
    return []


def _maker(t) -> bool:
    """Whether a name tells where a thing was made ("American-made", "Russian-built"), not whose it is."""
    return t.dep_ == "npadvmod" and t.head.tag_ == "VBN" and t.head.dep_ == "amod"


def venues_dropped(tok, targets: list[Mention], cues) -> list[Mention]:
    """The targets of a joint act by several sources that are no venue: "Armenia and Azerbaijan
    held talks at the U.S. embassy" are talks with each other, not with the embassy's country."""
    return [m for m in targets if not in_place(tok.doc, m, cues.place_preps | _AT_PLACE)]


def echoed_doers(verb, res, cues) -> list[Mention]:
    """Further doers of a verb's act that a pro-verb after it names (`echo_verbs`): "The EU
    criticised Poland, as did Germany", "condemned the arrests, and so did the United States", "as
    has Japan". Only an "as" clause or a "so" conjunct with its subject after the pro-verb and no
    object of its own: "as it did in 2014" repeats the act at another time, "and did the same to
    X" is an act of its own."""
    found: list[Mention] = []
    for c in verb.children:
        kids = list(c.children)
        so = (c.dep_ == "conj" and c.lemma_.lower() in cues.echo_verbs and c.i > verb.i
              and any(k.dep_ == "advmod" and k.lower_ == "so" and k.i < c.i for k in kids))
        if not (so or _as_echo(c, verb, cues)) or any(k.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for k in kids):
            continue
        for k in kids:
            if k.dep_ == "nsubj" and k.i > c.i:
                found += phrase_mentions(k, res, SUBJECT_PREPS)
    return found


def echoed_owners(verb, res, cues):
    """The pro-verb clause that repeats a verb's act on a like thing of another owner, and that
    owner: "will dismiss any criticism, as it has that from Britain", "rejected the claims, as it
    did those by Japan" (an "as" clause of an `echo_verbs` verb whose object is "that" or "those"
    with a "from"/"by" phrase, which the parser may hang on the pro-verb): (pro-verb, the owner's
    mentions), or (None, [])."""
    for c in verb.children:
        if not _as_echo(c, verb, cues):
            continue
        objs = [k for k in c.children if k.dep_ == "dobj" and k.lower_ in ("that", "those")]
        if not objs:
            continue
        found = [m for h in (objs[0], c) for q in h.children if q.dep_ == "prep" and q.lower_ in ("from", "by")
                 for g in q.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
        if found:
            return c, found
    return None, []


def _as_echo(c, verb, cues) -> bool:
    """Whether a child of `verb` is an "as" clause of an `echo_verbs` pro-verb after it: "as did
    Germany", "as it has that from Britain"."""
    return (c.dep_ == "advcl" and c.lemma_.lower() in cues.echo_verbs and c.i > verb.i
            and any(k.dep_ == "mark" and k.lower_ == "as" for k in c.children))


def topics_dropped(tok, targets: list[Mention], cues) -> list[Mention]:
    """The targets of a joint act by several sources that are not what it is about: an actor
    inside a `topic_preps` phrase of the verb or its object ("Turkey and Greece exchanged barbs
    over migrants", "Israel and Hamas traded blame over the deaths of civilians") is the topic;
    the sides act on each other."""
    told = topic_tokens(tok, cues.topic_preps)
    return [m for m in targets if m.tok_start not in told]


def topic_tokens(tok, preps: frozenset[str]) -> frozenset[int]:
    """The tokens of the `preps` phrases (cues `topic_preps`, `grievance_preps`) of a verb and of
    its object: what the act, or the thing it is done to, is about ("traded blame over the
    deaths", "rejected criticism over its treatment of the Uighurs")."""
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return frozenset(t.i for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                     for t in c.subtree)


def in_place(doc, m: Mention, preps: frozenset[str], on=None) -> bool:
    """Whether a mention is (a modifier or conjunct of) the object of a place preposition ("in
    Gujarat", "in the Gujarat port of Mundra", "in Chicago and Detroit"), hung on the word `on`
    when one is given."""
    t = doc[m.tok_start]
    while t.head != t and (m.tok_start <= t.head.i < m.tok_end or t.dep_ in PHRASE_DEPS or t.dep_ == "conj"):
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in preps and (on is None or t.head.head.i == on.i)


def attack_doers(tok, res, lexicon) -> list[Mention]:
    """Who made the attack a killing happened in, when its noun names them ("killed in a Boko
    Haram attack", "died in a Russian missile strike on Odesa", "wounded in an ambush by the
    Taliban"): the attack's own doer (`own_doers`), or the clause hung on it (`doing_clause`);
    so for an attack that is the killing's subject ("an attack by the Taliban killed 12 soldiers",
    "the airstrikes that Israel carried out killed 12 fighters")."""
    cues = lexicon.cues
    for c in tok.children:
        if c.dep_ == "nsubj" and _act_codes(c, lexicon, tuple(cues.unknown_attacker_roots)):
            found = own_doers(c, res, ("by",), cues) or doing_clause(c, res, cues)[1]
            if found:
                return found
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
            continue
        for g in c.children:
            if g.dep_ == "pobj" and _act_codes(g, lexicon):
                found = own_doers(g, res, ("by",), lexicon.cues)
                if found:
                    return found
    return []


def unidentified_forces(tok, res, cues) -> list[Mention]:
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
                        # a place, not whoever a thing there belongs to ("shot down in his Navy jet")
                        if m.via != "pronoun" and country.isalpha() and country not in ("IGO", "NGO"):
                            return [replace(m, code=country + "UAF")]
    return []


def user_roles(tok, p: Pattern, res, sources, targets, cues):
    """A user pattern's role markers: "+ WAS_ * ..." (the subject is the target), "FROM $"
    (the source is that preposition's object), "WITH +" (the target is)."""
    roles = p.roles
    if not roles:
        return sources, targets
    if roles.get("tgt") == "subject":
        subj, _ = subject_token(tok)
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
        sources = agent_mentions(tok, res, cues) if roles.get("src") is None else []
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
    """The actors of the verb's object (`prep` "object") or of a preposition's object in its phrase."""
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


_DONE_TO_PREPS = frozenset({"on", "against", "of"})  # "cracked down on dissent", "the repression of protests"


_PEOPLE = "CVL"  # everyone a curfew or martial law is imposed on: the country's civilians


#: an impeachment's sides: a legislature charges its own country's executive
_IMPEACHER, _IMPEACHED = "LEG", "GOV"


def office_side(tok, others: list[Mention], doer: bool) -> list[Mention]:
    """The side an impeachment (a row flagged `office`: "the impeachment inquiry") leaves unnamed:
    it is a legislature's act on the executive of its own country, so with no doer named it is
    done by the legislature of its one target's country ("the impeachment inquiry against
    President Trump" -> USALEG), with no one named it is done to the government of its one
    doer's country ("Schiff's impeachment inquiry" -> USAGOV). `others`: the side that is named;
    `doer`: whether the doer is the side wanted."""
    countries = {split_code(m.code)[0] for m in others}
    if len(countries) != 1 or None in countries:
        return []
    role = _IMPEACHER if doer else _IMPEACHED
    return [understood(tok, countries.pop() + role)]


def office_targets(tok, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """Whom an impeachment is done to: the named targets of its doer's country, else that
    country's executive (`office_side`). A target of another country is what the inquiry is
    about, not whom it charges ("limited their impeachment inquiry to the Ukraine scandal")."""
    own = office_side(tok, sources, doer=False)
    if not own:
        return targets
    country = own[0].code[:3]
    return [m for m in targets if split_code(m.code)[0] == country] or own


def own_people(tok, code: str, everyone: bool, sources: list[Mention], cues) -> list[Mention]:
    """Whom a state's act on its own people is done to when the sentence names no one: all its
    civilians for an act on everyone (`everyone`: a row flagged `people`: a curfew, martial law,
    tear gas fired), else, for a restriction or a repression (`repression_codes`), those who do
    what it stops ("crushed the protests", "banned most rallies", "a crackdown on dissent": the
    opposition; `dissent_nouns`). The people are the doer's: a state (`state_roles`, or the
    country itself) of one country must do it."""
    role = _PEOPLE if everyone and not _outward(tok, cues) else None
    if role is None and any(code.startswith(c) for c in cues.repression_codes):
        role = next((cues.dissent_nouns[w] for w in _done_to_words(tok, cues) if w in cues.dissent_nouns), None)
    if role is None:
        return []
    countries = set()
    for m in sources:
        country, own = split_code(m.code)
        if country is None or (own is not None and own.lower() not in cues.state_roles):
            return []
        countries.add(country)
    if len(countries) != 1:
        return []
    return [understood(tok, countries.pop() + role)]


_AUTHORITIES = "GOV"  # whom dissent that names no one is against: the protesters' own government
_STRIKE = LABOUR_STRIKE  # a strike or boycott: by workers or firms (`employed_roles`) against their employers


def own_authorities(tok, code: str, sources: list[Mention], res, cues) -> list[Mention]:
    """Whom dissent (`dissent_roots`) that names no one is against: whom the protest it happens at
    is against ("threw stones during demonstrations against the Israeli military"), else the
    government of its doers' one country ("students marched to demand free education"); none when
    the doers are of several countries or of none, or are organs of a state (`state_roles`)."""
    if code[:2] not in cues.dissent_roots:
        return []
    own = {m.code[:3] for m in sources}
    for c in tok.children:
        for g in c.children if c.dep_ == "prep" else ():
            if g.dep_ != "pobj" or g.lemma_.lower() not in cues.dissent_nouns:
                continue
            for a in g.children:
                if a.dep_ == "prep" and a.lower_ == "against":
                    span = range(a.left_edge.i, a.right_edge.i + 1)
                    found = [m for m in res.mentions if m.tok_start in span and m.code[:3] not in own]
                    if found:
                        return found
    if _purpose_of_act_on_another(tok, own, res):
        return []  # "summoned Pakistan's envoy to protest against the killing": a protest to Pakistan
    provokers = _provokers(tok, own, res)
    if provokers:
        return provokers  # "Japan protested after Chinese ships entered its waters": against China
    countries = set()
    for m in sources:
        country, own = split_code(m.code)
        if country is None or (own or "").lower()[:3] in cues.state_roles:
            return []  # a state's own organs (police blocking roads) do not protest against it
        if own is None and _accused_of(tok, cues):
            return []  # "accused China of blocking its supply boats": the accuser's complaint, no protest against Beijing
        if code[:3] == _STRIKE and (own or "").lower()[:3] in cues.employed_roles \
                and not _public_strike(tok, sources, res, cues):
            return _employers(tok, sources, res)  # workers strike against employers, the firm named theirs
        if _for_stance(tok.doc, m):
            return []  # "pro-government demonstrators" are for it
        countries.add(country)
    if len(countries) != 1:
        return []
    return [understood(tok, countries.pop() + _AUTHORITIES)]


#: clause markers by which a protest tells what provoked it
_PROVOKED_MARKS = frozenset({"after", "when", "because"})


def _provokers(tok, own: set[str], res) -> list[Mention]:
    """Those of another country whose act, told in an "after"/"when"/"because" clause of the
    protest, provoked it: its subject's actors ("Japan protested after Chinese ships entered its
    waters", "students marched after police shot a protester" stay their own government's only
    when the clause names no one else); [] otherwise."""
    for c in tok.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _PROVOKED_MARKS for m in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None:
            continue
        span = range(subj.left_edge.i, subj.right_edge.i + 1)
        found = [m for m in res.mentions if m.tok_start in span and m.code[:3] not in own
                 and m.code[:3].isalpha() and m.code[:3] not in ROLES]
        if found:
            return found
    return []


def _accused_of(tok, cues) -> bool:
    """Whether the act is what a verb of alleging (`allegation_words`) charges its object with
    ("accused China of blocking its supply boats", "accused Turkey of closing the border"): an act
    done to the accuser or others, never a state's protest against its own government."""
    return (tok.dep_ == "pcomp" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in cues.allegation_words)


def _employers(tok, sources: list[Mention], res) -> list[Mention]:
    """The firm that employs striking workers, where their own words name it: folded into their
    name ("Samsung workers went on strike": Samsung) or in their "at"/"of" phrase ("workers at
    the Volkswagen plant"); [] when the sources are not all one firm's."""
    firms = set()
    for m in sources:
        firm = res.employers.get((m.tok_start, m.tok_end))
        if firm is None and m.tok_end > m.tok_start:
            head = tok.doc[m.tok_end - 1]
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ in ("at", "of"):
                    span = range(p.left_edge.i, p.right_edge.i + 1)
                    found = {f.code for f in res.mentions if f.tok_start in span and split_code(f.code)[1] == "BUS"}
                    firm = found.pop() if len(found) == 1 else None
        if firm is None:
            return []
        firms.add(firm)
    return [understood(tok, firms.pop())] if len(firms) == 1 else []


def _purpose_of_act_on_another(tok, own: set[str], res) -> bool:
    """Whether the dissent is the purpose of an act done to another country's actor, its verb's
    object ("India summoned Pakistan's deputy high commissioner to protest against the killing",
    "Seoul called in the Japanese ambassador to protest"): a protest made to them, never one
    against its doers' own government."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    verb = tok.head
    # the parser may read the particle of "called in the envoy" as a preposition
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1
                for g in c.children if g.dep_ == "pobj"]
    for c in objects:
        span = range(c.left_edge.i, c.right_edge.i + 1)
        if any(m.tok_start in span and m.code[:3] not in own and len(m.code) >= 3 for m in res.mentions):
            return True
    return False


def _public_strike(tok, sources: list[Mention], res, cues) -> bool:
    """A strike against the state, not an employer (`public_strike_words`): general or nationwide,
    or over a policy, a law or prices ("went on strike to protest against a rise in fuel prices"),
    by doers who are no firm's, in a sentence that names no firm; or a strike by a national labour
    centre, a congress or federation of a country's unions (`labour_centre_words`), which strikes
    across trades, at no one employer."""
    if any(m.actor >= 0 and set(res.actors[m.actor].name.lower().split()) & cues.labour_centre_words for m in sources):
        return True  # "the Nigeria Labour Congress staged a warning strike": a country's unions together
    sent = tok.sent
    if any(split_code(m.code)[1] == "BUS" for m in res.mentions
           if sent.start <= m.tok_start < sent.end):
        return False  # "Ford workers went on strike over the new pension plan": the employer's
    taken = {i for m in sources for i in range(m.tok_start, m.tok_end)}
    for t in tok.subtree:
        if t.i in taken or t.ent_type_ == "ORG":
            if t.i in taken and t.ent_type_ == "ORG":
                return False  # "Samsung workers": their firm's
            continue
        if t.lemma_.lower() in cues.public_strike_words:
            return True
    return False


def earlier_dissenters(tok, res, cues) -> list[Mention]:
    """Who holds protests a noun names with no doer of its own ("the protests began in June",
    "weeks of protests over a disputed election", "in protest at the fare increase"): the
    protesters the article has already named, when they are all of one country and the noun goes
    back to their protests (a plural or a definite one; "a demonstration" may be another's) ("demonstrators"
    in Hong Kong, HKGOPP, named paragraphs earlier). None for a noun of other dissenters
    (`dissent_nouns`: "strike" is labour's), where no protesters, or those of several countries,
    came before, or where the sentence names who holds them (a verb's subject, or the clause an
    "in protest" phrase qualifies)."""
    role = cues.dissent_nouns.get(tok.lemma_.lower())
    if role != _PROTESTERS:
        return []
    if tok.tag_ != "NNS" and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return []  # "the protests", "weeks of riots" go back to the article's; "a demonstration" is a new one
    if _clause_own(tok):
        return []
    countries = set()
    for m in res.mentions:
        if m.tok_end > tok.i:
            break
        country, own = split_code(m.code)
        if country is not None and own == _PROTESTERS:
            countries.add(country)
    if len(countries) != 1:
        return []
    return [understood(tok, countries.pop() + _PROTESTERS)]


_PROTESTERS = "OPP"


def _clause_doers(tok, res) -> bool:
    """Whether the clause a noun hangs in has a subject of its own, apart from the noun's phrase,
    that names an actor: who may be the ones at the protest the noun names."""
    v = tok.head
    while v.pos_ not in ("VERB", "AUX") and v.head != v:
        v = v.head
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (c.left_edge.i <= tok.i <= c.right_edge.i):
            if any(res.mention_at(t.i) is not None for t in c.subtree):
                return True
    return False


def _clause_own(tok) -> bool:
    """Whether a protest noun is its clause's own act, held by the clause's subject: "staged a hunger
    strike in protest at X", "marched in the latest protest against X", "residents launched
    marches", "allowed X to hold a rally"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return True
    return tok.dep_ == "dobj" and subject_token(tok.head)[0] is not None


def unnamed_protesters(tok, against: list[Mention], res, cues, *, faced: bool = False) -> list[Mention]:
    """Who holds protests a noun names with no doer, none named before it, when they are against
    the organs of one state (`protested_roles`; `faced`: the subject that faces them, which may be
    the country itself): that country's protesters, as a generic group is coded of the country in context
    ("a wave of protests against the Lebanese government", "the Chilean government has faced weeks
    of protests"); none when the sentence places anything in another country ("protests against
    the Russian government in London"), `against` names anyone else, or the protest is its clause's
    own ("marched in the latest protest against Vucic")."""
    if cues.dissent_nouns.get(tok.lemma_.lower()) != _PROTESTERS or not against or (_clause_own(tok) and not faced):
        return []
    if not faced and _clause_doers(tok, res):
        return []  # "Palestinian youths threw stones during demonstrations against the Israeli military": theirs
    country = _protested_state(tok, against, res, cues, faced=faced)
    return [understood(tok, country + _PROTESTERS)] if country else []


def crowd_protesters(verb, against: list[Mention], res, cues) -> list[Mention]:
    """Who protests by a verb of dissent whose subject is only a count of people or a crowd
    (`crowd_words`: "Thousands rallied against the government", "tens of thousands marched on
    parliament", "crowds protested against the Serbian president"): the protesters of the one state
    it is against, as for a protest noun that names none (`unnamed_protesters`); else none."""
    subj, passive = subject_token(verb)
    if subj is None or passive or subj.lower_ not in cues.crowd_words:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" and not all(g.lower_ in cues.crowd_words for g in c.children if g.dep_ == "pobj")
           for c in subj.children):
        return []  # "thousands of farmers": whoever the actors stage made of them, not a crowd
    country = _protested_state(verb, against, res, cues)
    return [understood(subj, country + _PROTESTERS)] if country else []


def _protested_state(tok, against: list[Mention], res, cues, *, faced: bool = False) -> str | None:
    """The one country whose organs (`protested_roles`) a protest is against, when the sentence
    places nothing in another country ("protests against the Russian government in London")."""
    countries = set()
    for m in against:
        country, own = split_code(m.code)
        if country is None or not ((own or "").lower()[:3] in cues.protested_roles or (faced and own is None)):
            return None
        countries.add(country)
    sent = tok.sent
    places = {m.code for m in res.mentions if sent.start <= m.tok_start < sent.end
              and m.via in ("place", "metonym", "name") and len(m.code) == 3 and m.code not in ROLES}
    if len(countries) != 1 or places - countries:
        return None
    return countries.pop()


def _for_stance(doc, m: Mention) -> bool:
    """Whether a mention's words say what its people are for ("pro-government demonstrators")."""
    head = doc[m.tok_end - 1]
    words = [t.lower_ for t in doc[head.left_edge.i:head.i]]
    return any(w == "pro" and nxt == "-" for w, nxt in zip(words, words[1:]))


def _outward(tok, cues) -> bool:
    """Whether what an act on everyone is done to is a measure on other countries
    (`outward_measures` modifying it): "would not lift the trade restrictions", "eased export
    curbs" bind trade partners, not the doer's own people; so does a measure on them ("lifted
    the ban on rice exports", "restrictions on imports of beef")."""
    for h in _done_to(tok, cues):
        if h.lemma_.lower() in cues.outward_measures:  # "lifted the ban on rice exports": the verb's "on"
            return True
        for g in h.children:
            if g.dep_ in ("compound", "amod") and g.lemma_.lower() in cues.outward_measures:
                return True
            if g.dep_ == "prep" and g.lower_ == "on" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in cues.outward_measures for o in g.children):
                return True
    return False


def _done_to_words(tok, cues) -> list[str]:
    """The lemmas of what an act is done to (`_done_to`)."""
    return [h.lemma_.lower() for h in _done_to(tok, cues)]


def _done_to(tok, cues) -> list:
    """What an act is done to: a verb's object (a passive's subject), a verb's or noun's "on",
    "against" or "of" phrase, a noun's modifier ("the protest ban"), each with its conjuncts and
    through measure nouns ("dozens of rallies")."""
    heads = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") or (tok.pos_ == "NOUN" and c.dep_ in ("compound", "amod", "nmod")):
            heads.append(c)
        elif c.dep_ in ("prep", "prt") and (c.lower_ in _DONE_TO_PREPS or c.dep_ == "prt"):
            heads.extend(g for g in c.children if g.dep_ == "pobj")
            heads.extend(x for g in c.children if g.dep_ == "prep" and g.lower_ in _DONE_TO_PREPS
                         for x in g.children if x.dep_ == "pobj")  # "cracked down on": "down" may take "on"
    out = []
    while heads and len(out) < 8:
        h = heads.pop(0)
        out.append(h)
        heads.extend(g for g in h.children if g.dep_ == "conj")
        if h.lemma_.lower() in cues.quantity_nouns:
            heads.extend(x for g in h.children if g.dep_ == "prep" and g.lower_ == "of" for x in g.children if x.dep_ == "pobj")
    return out
