"""Who did it and to whom: source and target actors of a trigger, read off the dependency parse.

Every function here walks a bounded part of one sentence's tree (a phrase, a few hops up), so
the cost per trigger stays proportional to the phrase, not the document.
"""

from __future__ import annotations

from ..actors.dictionary import STATE_ROLES
from ..actors.grouping import backing_word
from ..actors.types import Mention, Resolution

#: Dependents that stay inside a noun phrase when looking for the actor it names.
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "npadvmod", "quantmod", "nummod"}
SUBJECT_PREPS = frozenset({"of", "from", "in"})  # "a group of Moroccan diplomats", "officials in Fornost"
_WEAPON_PREPS = SUBJECT_PREPS - {"in"}  # "Iranian drones from Russia", never "a bomb in Iraq"
#: prepositions that name what a complaint or a criticism is against or about, in the order a
#: complaint's target is sought ("lodged a complaint with the WTO over Japan's export curbs")
COMPLAINT_PREPS = ("against", "over", "about")


#: Sectors that speak for their state: a bare country code is on their side. Other groups
#: (rebels, opposition, civilians, farmers) act against their own country ("Kurds demonstrated
#: for independence from Iraq").
STATE_SECTORS = STATE_ROLES | {""}


def same_side(code: str, others: set[str]) -> bool:
    """Whether `code` names one of `others` or the bare country a state actor among them
    belongs to ("Putin reaffirmed Russia's commitment": Russia is not Putin's counterpart)."""
    return code in others or (len(code) == 3 and same_state(code, others))


#: Mentions that group several actors ("the two leaders") or name a place or a people rather
#: than a body: they never prove two actors apart.
_UNSURE_VIAS = frozenset({"plural", "demonym", "place"})
_NAME_STOP = frozenset({"the", "of", "and", "for", "'s", "s"})


def distinct(a: Mention, b: Mention, res: Resolution, local_titles: frozenset[str] = frozenset()) -> bool:
    """Whether two mentions are clearly two actors, whatever their codes: two actors of the
    resolution (a pronoun is its antecedent's), each a state body or official of a country,
    whose names share no word (never Biden and "the Biden administration", nor the same name
    twice), and either two people ("California Governor Gavin Newsom" and "Florida Governor Ron
    DeSantis", the Home Secretary and the Prime Minister; two party politicians of one code, Weidel
    and Merz, both DEUPTY) or a person whose title is a local
    office (`local_titles`: a governor, a mayor; or any title a province or city names:
    "Quebec's premier", `Resolution.local`) and an institution ("Texas Governor Greg Abbott"
    and "the Biden administration", the mayor of Chicago and the federal government). Two
    institutions of one code may be one ("the White House", "the Biden administration"), as may a
    national leader and one ("the Kremlin", Putin)."""
    spans = ((a.tok_start, a.tok_end), (b.tok_start, b.tok_end))
    if a is not b and a.code == b.code and (spans in res.apart or spans[::-1] in res.apart):
        return True  # "a senator accused another senator": the sentence says they are two
    if a is b or a.actor < 0 or b.actor < 0 or a.actor == b.actor:
        return False
    politicians = party_role(a.code) and party_role(b.code)
    if not politicians and (not state_body(a.code) or not state_body(b.code)):
        return False  # two private people or two branches of one party: seldom a political event
    if a.via in _UNSURE_VIAS or b.via in _UNSURE_VIAS:
        return False
    people = [m for m in (a, b) if res.actors[m.actor].kind == "person"]
    if politicians and not people and _named_party(a, res) and _named_party(b, res):
        # two parties named by their names, both a bare PTY ("the Christian Democrats and the
        # Social Democrats", "the Greens"): two actors unless one name
        return _party_name(a, res) != _party_name(b, res)
    if _name_words(a, res) & _name_words(b, res):
        return False
    if len(people) == 2:
        return True
    if politicians:
        return False  # a politician and a party of one code may be his own
    return len(people) == 1 and (people[0].actor in res.local or _local(res.actors[people[0].actor], local_titles))


#: Roles of party politicians: two named people of one such code ("AfD co-leader Alice Weidel"
#: and Merz, the CDU's leader, both DEUPTY) are two sides of a campaign quarrel.
PARTY_ROLES = frozenset({"PTY", "OPP"})


def party_role(code: str) -> bool:
    """Whether a country's code names a party or the opposition (DEUPTY, GBROPP), not a state body."""
    return len(code) >= 6 and code[3:6] in PARTY_ROLES


def _party_name(m: Mention, res: Resolution) -> str:
    name = res.actors[m.actor].name
    return " ".join(w for w in name.lower().replace("'s", " ").split() if w not in _NAME_STOP)


def _named_party(m: Mention, res: Resolution) -> bool:
    """Whether a mention names a party by its name ("the Greens", "Social Democrats"), not by a
    common noun ("the party", "opposition parties")."""
    name = res.actors[m.actor].name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return bool(name) and name[0].isupper()


def state_body(code: str) -> bool:
    """Whether a code names a state body of a country (a `STATE_ROLES` role: USAGOV, GBRJUD)."""
    return code[3:6] in STATE_ROLES


def _name_words(m: Mention, res: Resolution) -> set[str]:
    words = res.actors[m.actor].name.lower().replace("'s", " ").split()
    return {w.strip(".,") for w in words} - _NAME_STOP


def _local(actor, titles: frozenset[str]) -> bool:
    """Whether any mention or the name of an actor holds a local office's title ("Texas Governor
    Greg Abbott", "the mayor of Chicago")."""
    texts = [actor.name] + [s.text for s in actor.mentions]
    return any(f" {t} " in f" {x.lower()} " for x in texts for t in titles)


class Side(frozenset):
    """The codes of an act's sources, with the sources themselves: a mention of one of those codes
    that is `distinct` from every source of its code is not on their side (domestic acts between
    two bodies of one state: "Texas Governor Greg Abbott sued the Biden administration", both
    USAGOV). Set operations on a Side give plain code sets, which compare by code alone."""

    def __new__(cls, sources: list[Mention], res: Resolution, local_titles: frozenset[str] = frozenset()) -> "Side":
        side = super().__new__(cls, (m.code for m in sources))
        side.sources = tuple(sources)
        side.res = res
        side.local_titles = local_titles
        return side

    def apart(self, m: Mention) -> bool:
        """Whether `m` is another actor than every source of its code."""
        same = [s for s in self.sources if s.code == m.code]
        return bool(same) and all(distinct(m, s, self.res, self.local_titles) for s in same)


def on_side(m: Mention, others: set[str]) -> bool:
    """`same_side` for a mention: by code, except a mention a `Side` holds apart."""
    if isinstance(others, Side) and others.apart(m):
        return False
    return same_side(m.code, others)


def same_state(code: str, others: set[str]) -> bool:
    """Whether `code` is a state actor (or the bare country) of a country one of `others` is a
    state actor of: a ministry and its government, Russia and the Kremlin."""
    return code[3:6] in STATE_SECTORS and any(o[:3] == code[:3] and o[3:6] in STATE_SECTORS for o in others)


def phrase_mentions(
    tok, res: Resolution, preps: frozenset[str] | set[str], *, skip: set[str] | None = None, limit: int = 40,
    brokers: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The actor mentions a phrase headed by `tok` names: the first one found head-first, plus
    those coordinated with it ("China and Russia", "Hungarian and Romanian officials").
    Mentions on the `skip` side are passed over (a target search skips the source's own). The
    agent of a participle names the phrase's owner ("efforts made by Russia"), unless the verb
    is one of a third party's (`brokers`: "a truce brokered by Egypt" is not Egypt's truce). A
    hyphened backer ("the Iran-backed group", `_backer`) is not whom the phrase names."""
    queue = [tok]
    seen = 0
    while queue and seen < limit:
        t = queue.pop(0)
        seen += 1
        m = res.mention_at(t.i)
        if m is not None and not (skip and on_side(m, skip)):
            found = _coordinated(t, m, res)
            return [x for x in found if not (skip and on_side(x, skip))]
        for c in t.children:
            dep = c.dep_
            if m is not None and c.i in range(m.tok_start, m.tok_end):
                continue
            if dep in PHRASE_DEPS:
                if not _backer(c):
                    queue.append(c)
            elif dep == "prep" and c.lower_ in preps:
                queue.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            elif dep in ("dobj", "pobj") and t.pos_ == "VERB":  # "commitment to enhancing cooperation with X"
                queue.append(c)
            elif dep == "acl" and c.lemma_.lower() not in brokers:  # "efforts made by Russia"
                for g in c.children:
                    if g.dep_ == "agent":
                        queue.extend(x for x in g.children if x.dep_ == "pobj")
            elif dep == "conj" and t == tok:
                queue.append(c)
    return []


def _backer(mod) -> bool:
    """Whether a modifier is a hyphened participle of backing ("the Iran-backed group", "US-funded
    militias", "Moscow-aligned separatists"): its name is the backer, not who the phrase names
    (actors/grouping.py reads the same words for whose force it is)."""
    return mod.dep_ == "amod" and backing_word(mod)


def between(tok, res: Resolution) -> list[Mention]:
    """The actors of a "between X and Y" phrase on `tok` ("talks between Russia and Ukraine"),
    in their order; [] when it names fewer than two."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            pair = [m for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
            if len(pair) >= 2:
                return pair
    return []


def joint_between(tok, res: Resolution, heads: frozenset[str] = frozenset()) -> list[Mention]:
    """The two sides of a joint act told with no doer, whose "between" phrase the parser hung on
    the verb of which the act is the subject, or on the subject of the act's passive verb: "Clashes
    broke out between police and protesters", "Talks were held between Iran and the US", "A
    ceasefire was agreed between Armenia and Azerbaijan", "A deal between Egypt and Sudan was
    signed"; [] for a verb with an object or an agent of its own ("Clashes left three dead").
    `tok` is the act's noun (the verb's subject) or its passive verb; a passive subject's phrase
    counts only when it is the thing its pattern names (`heads`: a deal signed), not a topic ("A
    meeting between Putin and Zelensky was discussed")."""
    if tok.pos_ in ("VERB", "AUX"):
        verb = tok
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return []
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        verb, subj = tok.head, None
    else:
        return []
    if any(c.dep_ in ("dobj", "agent", "dative", "attr", "acomp", "ccomp", "xcomp") for c in verb.children):
        return []
    return between(verb, res) or (between(subj, res) if subj is not None and subj.lemma_.lower() in heads else [])


def _companions(t) -> list:
    """The actors a subject is said to act along with ("Britain, along with France, condemned
    Iran", "Britain, together with France, ..."): the object of its "along with" or "together
    with" phrase, which the parser hangs on the subject, or on the verb between the subject and
    it ("France, along with Germany, condemned the attack"). Only for a subject: on an object
    ("sanctions on Russia, along with Belarus") the phrase may be the doer's company."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out = []
    for p in [*t.children, *(c for c in t.head.children if t.i < c.i < t.head.i)]:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ == "together" for a in p.children):
            out += [g for g in p.children if g.dep_ == "pobj"]
        elif p.lower_ == "along":
            out += [g for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
    return out


def _excepted(conjunct) -> bool:
    """Whether a conjunct is set apart from the others by a negation ("but not Germany", "and not
    China"): it does not share what they do, nor are any conjuncts hung on it."""
    return any(g.dep_ == "neg" and g.i < conjunct.i for g in conjunct.children)


#: how a modifier that names an actor hangs off the head it describes ("Hungarian officials",
#: "Hezbollah fighters", "U.S. officials")
_MODIFIERS = ("amod", "compound", "nmod")


def _coordinated(t, first: Mention, res: Resolution) -> list[Mention]:
    found = list(res.together(first))  # "the two leaders": both actors it stands for
    stack = [c for c in t.children if c.dep_ == "conj"]
    # "The US, Russia, and Switzerland": a list the parser hangs off an apposition
    for c in t.children:
        if c.dep_ == "appos" and any(g.dep_ in ("conj", "cc") for g in c.children):
            stack.append(c)
    # "Hungarian and Romanian officials": the conjuncts hang off a modifier of the head (a name
    # the parser calls a nominal modifier too: "U.S. and Russian officials")
    for c in t.children:
        if c.dep_ in _MODIFIERS and any(g.dep_ == "conj" for g in c.children):
            stack.append(c)  # "Hungarian and Romanian officials": the first modifier names an actor too
            stack.extend(g for g in c.children if g.dep_ == "conj")
        elif (c.dep_ in _MODIFIERS and c.i < first.tok_start and any(g.dep_ == "cc" for g in c.children)
              and not any(g.dep_ == "conj" for g in c.children)):
            stack.append(c)  # "Israeli and Hezbollah fighters": the parser left "and" dangling off the first modifier
    # "the foreign ministers of Egypt and Jordan", "officials from Russia, Ukraine and China": the
    # mention spans "of Egypt", the parser hangs the other countries off the first, inside the mention
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "from") and p.i < first.tok_end:
            for o in p.children:
                if o.dep_ == "pobj" and first.tok_start <= o.i < first.tok_end:
                    stack.extend(g for g in o.children if g.dep_ == "conj" and not first.tok_start <= g.i < first.tok_end)
    if t.dep_ in _MODIFIERS:
        stack.extend(g for g in t.children if g.dep_ == "conj")
    stack.extend(_companions(t))  # "Britain, along with France, condemned Iran"
    while stack:
        c = stack.pop(0)
        if _excepted(c):
            continue  # "Britain and France, but not Germany, condemned Iran": Germany did not
        m = res.mention_at(c.i)
        if m is None:
            for g in c.children:
                if g.dep_ in PHRASE_DEPS:
                    m = res.mention_at(g.i)
                    if m is not None:
                        break
        if m is not None and all(m is not x for x in found):
            found.append(m)
        stack.extend(g for g in c.children if g.dep_ == "conj")
    return found


def stative(verb, lemmas: frozenset[str]) -> bool:
    """Whether a passive form of `verb` states its subject's own stance or activity ("Israel is
    opposed to X", "forces were engaged in ethnic cleansing"): a listed lemma with no "by" agent."""
    # an adjective the parser gave a passive subject ("officials were irritated with X") is no passive
    return (verb.lemma_.lower() in lemmas or verb.pos_ == "ADJ") and not has_agent(verb)


def has_agent(verb) -> bool:
    """Whether a verb has a "by" phrase of its doer, whether or not it names an actor ("was
    imposed by the storm")."""
    return any(c.dep_ == "agent" for c in verb.children)


def is_passive(verb, statives: frozenset[str] = frozenset()) -> bool:
    """Whether `verb` is passive; a stative passive (`stative`) counts as active."""
    if statives and stative(verb, statives):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def _fronted_setting(subj) -> bool:
    """Whether a subject opens its sentence and is set off by a comma ("Outside court, ...",
    "In Moscow, ..."): a fronted setting the parser misread as a subject."""
    end = max(t.i for t in subj.subtree if not t.is_punct)
    doc = subj.doc
    return subj.left_edge.i == subj.sent.start and end + 1 < len(doc) and doc[end + 1].text == ","


def _after_relative(verb):
    """The noun whose verb the parser joined to its relative clause, when that noun is the
    sentence's root (it found no main verb) and a comma closes the clause before the verb:
    "German Chancellor Olaf Scholz, whose country's carmakers depend on the Chinese market,
    criticised the tariffs" is Scholz's criticism, not the carmakers'. None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or head.head.dep_ != "ROOT" or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.i < 1 or verb.doc[verb.i - 1].text != "," or any(c.dep_ == "cc" for c in head.children if c.i < verb.i):
        return None  # "X, who met Y and criticised Z": the relative clause goes on
    return head.head


def misread_subject(verb):
    """The name before a finite verb that the parser hung on it as a compound, as if the verb
    were a plural noun ("If Israel attacks, Iran said ...", "If Russia strikes, NATO will ...",
    "unless China invades ..."): a finite verb heads no compound, so the name is its subject,
    never a name the verb's act is done to; None when the verb has none."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    names = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")]
    return names[-1] if names else None


def subject_token(
    verb, depth: int = 0, statives: frozenset[str] = frozenset(), undergo: frozenset[str] = frozenset(),
    allegations: frozenset[str] = frozenset(), inducing: frozenset[str] = frozenset(),
    enlisting: frozenset[str] = frozenset(), speaking: frozenset[str] = frozenset(),
):
    """The token heading `verb`'s subject, following control and coordination upwards
    ("agreed to visit", "condemned ... and promised"); (token, passive?) or (None, passive?).
    The subject of a stative passive (`statives`: "is opposed to") is an active one; the object of
    a verb of undergoing (`undergo`: "faced criticism for blocking aid") is no gerund's doer. A
    participle with no "by" doer that modifies a noun or opens its clause (`undergone_participle`)
    makes the noun or the clause's subject the one it was done to ("two men accused of spying",
    "two Canadians detained in China", "Arrested in Moscow, the journalist ..."), whatever doer
    the sentence leaves unsaid. A participle with a "by" phrase put before its clause ("Hosted by
    Kenya, the talks ...") is passive: the clause's subject undergoes it. After a verb of inducing (`inducing`: "goaded Iran into attacking", "pushed
    Turkey into invading") the gerund of "into" is its object's act, not its subject's; after a verb
    of enlisting (`enlisting`: "enlisted Egypt to mediate") so is a "to"-infinitive the parser reads
    as a purpose. A participle of saying (`speaking`) after a reported clause is the speaker's
    (`speaker_adjunct`)."""
    if undergone_participle(verb, statives) and verb.dep_ == "ROOT":
        # "Three soldiers killed in a bombing were buried": the parser's root is the reduced relative
        return next(c for c in verb.children if c.dep_ == "nsubj"), True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and _fronted_setting(subjects[0]):
        # "Outside court, Heath's father thanked police": the parser makes the fronted place a
        # second subject; the one after the comma acts
        return _relative(verb, subjects[-1]), False
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj", "expl"):
            return _relative(verb, c), False
        if c.dep_ in ("nsubjpass", "csubjpass"):
            return _relative(verb, c), not (statives and stative(verb, statives))
    misread = misread_subject(verb)
    if misread is not None:
        return misread, False
    if depth >= 4:
        return None, False
    head = verb.head
    if head == verb:
        return None, False
    if verb.dep_ == "xcomp":
        # object control: "urged Eriador to respond" -> Eriador is the one who responds
        for c in head.children:
            if c.dep_ == "dobj":
                return c, False
        # the controller acts, whatever the governor's voice ("Xi is set to visit")
        return subject_token(head, depth + 1, statives, undergo, inducing=inducing, enlisting=enlisting)[0], False
    if verb.dep_ == "acomp":  # "France is ready to ..."
        tok, passive = subject_token(head, depth + 1, statives, undergo, inducing=inducing, enlisting=enlisting)
        if verb.tag_ == "VBN" and head.lemma_.lower() == "be" and has_agent(verb):
            # "Japan was deeply disappointed by Seoul's ruling", the parser's adjective after "be":
            # a passive all the same, whose "by" phrase acts
            return tok, True
        return tok, passive
    speaker = speaker_adjunct(verb, speaking)
    if speaker is not None:  # "said Iran could face sanctions, accusing Tehran": the speaker accuses
        return subject_token(speaker, depth + 1, statives, undergo, inducing=inducing, enlisting=enlisting)
    main = _after_relative(verb)
    if main is not None:  # "Scholz, whose country's carmakers depend on China, criticised the tariffs"
        return main, False
    clause = finite_conjunct(verb) or reporting_conjunct(verb)
    if clause is not None:  # "accused Moon of mishandling the economy and blasted his policy": the party blasted
        return subject_token(clause, depth + 1, statives, undergo, allegations, inducing, enlisting)
    if (verb.dep_ == "advcl" and head.lemma_.lower() in enlisting and any(c.lower_ == "to" for c in verb.children)
            and (obj := next((c for c in head.children if c.dep_ == "dobj"), None)) is not None):
        return obj, False  # "Washington enlisted Egypt to mediate", parsed as a purpose: Egypt mediates
    if verb.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        tok, passive = subject_token(head, depth + 1, statives, undergo, inducing=inducing, enlisting=enlisting)
        if undergone_participle(verb, statives):
            return tok, True  # "Detained in China since 2018, the two Canadians ...": the subject underwent it
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and has_agent(verb) \
                and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children):
            return tok, True  # "Hosted by Kenya, the talks ...": the clause's subject undergoes it, the "by" phrase acts
        # "was indicted and will resign": a conjunct with its own auxiliary and no participle is
        # active, whatever the first verb's voice ("was arrested and jailed" shares it, also when
        # the first verb's subject is an active verb's: "I tried ... but was caught and deported")
        head_passive = verb.dep_ == "conj" and is_passive(head, statives)
        passive = passive or head_passive
        # the tagger reads some participles as past tenses: after a passive, one with no object
        # of its own shares the voice ("was caught by police and deported from Arizona")
        participle = verb.tag_ == "VBN" or (head_passive and not any(c.dep_ == "dobj" for c in verb.children))
        own_active = not participle or any(c.dep_ == "aux" for c in verb.children)
        return tok, passive and verb.dep_ != "advcl" and not own_active
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and has_agent(verb):
        return head, True  # "prisoners freed by Israel": the noun undergoes, the "by" phrase acts
    if undergone_participle(verb, statives):
        # "two men accused of spying", "two Canadians detained in China": the noun underwent it,
        # done by someone unnamed
        return head, True
    if verb.dep_ in ("relcl", "acl"):
        return head, False
    if verb.dep_ == "pcomp" or (head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")):
        if head.dep_ != "prep":
            return None, False
        # the gerund's doer is the governing verb's object, when it has one and the preposition
        # names what that object did or is kept from ("accused India of killing", "criticised
        # Israel for blocking aid", "warned NATO against sending troops", "stopped them from
        # entering", "quoted Sharon as saying"); else its subject, whatever that verb's voice ("was tasked with
        # investigating", "was arrested for stealing": its own passive is is_passive), as after
        # an act undergone ("Israel faced criticism for blocking aid": Israel blocks)
        gov = head.head
        if gov.dep_ == "advmod" and gov.head.pos_ in ("VERB", "AUX"):
            # "did not shy away from criticising", "stopped short of condemning": the preposition
            # hangs on the verb's adverb, the doer is the verb's
            gov = gov.head
        if (head.lower_ in _OBJECT_CONTROL_PREPS and gov.lemma_.lower() not in undergo) \
                or (head.lower_ == "into" and gov.lemma_.lower() in inducing) or means_of_charge(head, gov):
            obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, False
        return subject_token(gov, depth + 1, statives, undergo, inducing=inducing, enlisting=enlisting)[0], False
    return None, False



def means_of_charge(prep, gov) -> bool:
    """Whether a "by" gerund the parser hangs on a verb tells how that verb's object did what an
    earlier "of"/"for" phrase charges it with, not how the subject did the verb: "accused Israel of
    escalating violence by killing three Palestinians", "blamed Russia for the crisis by massing
    troops" (Israel kills, Russia masses); "criticised the plan by saying ..." (no charge) stays
    the subject's."""
    return prep.lower_ == "by" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < prep.i for c in gov.children)

def undergone_participle(verb, statives: frozenset[str] = frozenset()) -> bool:
    """Whether `verb` is a past participle with no "by" doer that tells what its noun underwent,
    not what it did: a reduced relative ("two Canadians detained in China", "a journalist
    murdered in Istanbul", "refugees expelled from Pakistan") or a participle clause put before
    its clause ("Arrested in Moscow last year, the journalist ..."). A stative participle
    (`statives`: "countries opposed to the deal") states its noun's own stance, and one with an
    auxiliary, a subject or a conjunction of its own is a clause of its own. On a noun that heads
    its sentence, one with an object or a complement of its own is that sentence's past tense,
    misread ("Maduro called Trump, the U.S. president, on Friday"); a headline's dropped "was"
    ("Two journalists detained in Moscow") is still undergone."""
    if verb.tag_ != "VBN" or has_agent(verb):
        return False
    if statives and stative(verb, statives):
        return False
    if verb.dep_ == "acl":
        if verb.head.dep_ == "ROOT" and any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            return False
        return verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    if verb.dep_ == "ROOT":
        return _rooted_relative(verb)
    if verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass", "dobj") for c in verb.children)


def attributive_participle(verb, res: Resolution, participles: frozenset[str]) -> bool:
    """Whether an -ing form (of `participles`) the parser hung as the complement of the verb just
    before it, a verb with no object of its own, is the attribute of the person it precedes: in
    "Xi told visiting French President Macron that ..." or "welcomed visiting Indian Prime Minister
    Modi", Macron and Modi are the ones visiting and the verb's objects; Xi visits no one. Only
    before a person: "began visiting European capitals" is a gerund complement."""
    head = verb.head
    if (verb.tag_ != "VBG" or verb.lemma_.lower() not in participles or verb.dep_ not in ("xcomp", "advcl", "ccomp")
            or head == verb or verb.i != head.i + 1):
        return False
    if any(c.dep_ in ("nsubj", "aux", "mark", "neg") for c in verb.children) or any(c.dep_ == "dobj" for c in head.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = [m for m in res.mentions if obj.left_edge.i <= m.tok_start <= obj.right_edge.i]
    return any(res.actors[m.actor].kind == "person" for m in named if 0 <= m.actor < len(res.actors))


def _rooted_relative(verb) -> bool:
    """Whether the parser made a reduced relative its sentence's root, with the noun it modifies
    as its subject and the sentence's own verb as its conjunct: in "Three soldiers killed in a
    bombing were buried on Sunday", "killed" (a participle with no auxiliary, object or
    complement of its own) has "soldiers" as subject and "were buried" (an auxiliary, no subject
    of its own) as conjunct."""
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") or c.dep_ in _OBJECT_DEPS for c in kids):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in kids):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and any(g.dep_ in ("aux", "auxpass") for g in c.children)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in kids)


def ordered_participle(verb, governors: frozenset[str]):
    """A past participle a verb of command takes as its complement ("was ordered deported by an
    immigration judge", "a judge ordered Mejia released"): the act is done to the one ordered,
    by the one who ordered it. (patient token, doer token or None) or None for any other verb.
    The parser hangs the active form as a clause of its own with the patient as its subject, and
    may hang the orderer's "by" phrase on the participle (`agent_mentions` reads either verb)."""
    head = verb.head
    if head == verb or head.lemma_.lower() not in governors or head.pos_ != "VERB":
        return None
    own = {c.dep_ for c in verb.children}
    if own & {"aux", "auxpass", "dobj", "nsubjpass", "csubj"}:
        return None
    doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and "nsubj" not in own:
        patient = next((c for c in head.children if c.dep_ == "dobj"), None)
        if patient is None:  # "was ordered deported": the order's passive subject
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return (patient, doer) if patient is not None else None
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBN", "VBD") and "nsubj" in own and not any(
            c.dep_ in ("mark", "dobj") for c in verb.children) and not any(c.dep_ == "dobj" for c in head.children):
        patient = next(c for c in verb.children if c.dep_ == "nsubj")
        return patient, doer
    return None


def finite_conjunct(verb):
    """The finite verb a tensed conjunct the parser hung on a gerund belongs to: in "accused the
    US of supporting terrorists and denounced its threat", "denounced" is the accuser's, told as
    done, not a second thing alleged; None for any other verb."""
    head = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ in _FINITE and head.tag_ == "VBG" and head.dep_ == "pcomp"):
        return None
    prep = head.head
    if prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and prep.head.tag_ in _FINITE:
        return prep.head
    return None


def reporting_conjunct(verb):
    """The reporting verb a past-tense conjunct the parser hung on its reported clause belongs to:
    in "the ministry said Morales had been removed in a coup and accused Washington of backing
    it" or "Geng said Beijing opposes any interference and accused Britain", "accused" is told in
    the reporter's own past tense, which the reported verb (present, or with an auxiliary of its
    own that a simple past cannot share) does not have: the ministry accused, not Morales. A
    reported verb in the simple past ("said police arrested ten and charged them") keeps its
    conjunct; None for any other verb."""
    reporter = reported_clause_conjunct(verb)
    head = verb.head
    if reporter is not None and (head.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in head.children)):
        return reporter
    return None


def reported_clause_conjunct(verb, speech: frozenset[str] | None = None):
    """The reporting verb (of `speech`, when given: "said", "told") whose reported clause the parser
    hung a past-tense conjunct on, in the reporter's own past tense, whatever the reported verb's:
    in "Mogherini said the bombing was unacceptable and urged Moscow to halt it", "urged" hangs
    on "was". Whose act it is the caller decides (`reporting_conjunct` by the reported verb's
    tense; `arguments.subjects` the speaker's when the reported subject names no actor and the
    act is a verbal one); None for any other verb."""
    head = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX")):
        return None
    reporter = head.head
    if reporter.tag_ != "VBD" or reporter.pos_ != "VERB" or head.i < reporter.i:
        return None
    if speech is not None and reporter.lemma_.lower() not in speech:
        return None
    return reporter


def trailing_participle(verb) -> bool:
    """Whether `verb` is an -ing participle set off by a comma after the clause the parser hung it
    on ("Iran could face sanctions, accusing Tehran ...")."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].text == ",")


def speaker_adjunct(verb, speaking: frozenset[str]):
    """The verb of saying whose speaker a participle of saying (`speaking`) set off by a comma after
    the clause it reports belongs to, when the parser hung it on that clause: in "Pompeo said Iran
    could face sanctions, accusing Tehran of attacking tankers" or "said China would retaliate,
    adding ...", Pompeo accuses, as he speaks, whatever the reported clause's "could" or "would". Only
    after a clause of what may or will be (a modal auxiliary) or is (a present tense, "is shelling
    Kharkiv, accusing Moscow of war crimes"), also with the speaker set in between ("Iran could face
    sanctions, Pompeo said, accusing ..."): after one told as done ("officials said the rebels had rejected the offer, accusing ...") the participle may be
    its subject's; None for any other verb."""
    if not speaking or verb.lemma_.lower() not in speaking or not trailing_participle(verb):
        return None
    head = verb.head
    if head.dep_ == "ccomp" and head.head.pos_ == "VERB" and head.head.i < head.i:
        reporter = head.head
    else:
        # "Iran could face sanctions, Pompeo said, accusing Tehran ...": the speaker's clause set
        # in between, which the parser hangs on the reported one
        reporter = next((c for c in head.children if c.dep_ == "parataxis" and c.pos_ == "VERB" and head.i < c.i < verb.i
                         and any(g.dep_ == "nsubj" for g in c.children)), None)
        if reporter is None:
            return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    if not (head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("MD", "VBZ", "VBP") for c in head.children)):
        return None
    return reporter


_OBJECT_DEPS = frozenset({"dobj", "oprd", "dative", "ccomp"})  # what only an active verb takes ("called Trump")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # tensed verb forms: a clause of their own, never a gerund's conjunct
# ... and "as", whose gerund tells what the object is said or seen to do: "the newspaper quoted
# Sharon as saying", "cited officials as saying", "portrayed Iran as seeking a bomb"
_OBJECT_CONTROL_PREPS = frozenset({"of", "for", "against", "from", "as"})


def _relative(verb, subj):
    """A relative pronoun subject stands for the noun its clause modifies ("police, who fired");
    on a common noun in apposition to a name, for the name ("Amnesty International, a group that
    has urged Congress to act": Amnesty urged)."""
    if verb.dep_ != "relcl" or verb.head == verb or not (subj.lower_ == "who" or _told_as_done(verb)
                                                         or _set_off(subj)):
        return subj
    noun = verb.head
    if _stands_for(subj, noun):
        return noun
    if (subj.lower_ in ("that", "which") and noun.dep_ == "appos" and noun.pos_ == "NOUN"
            and noun.head.pos_ == "PROPN"):
        return noun.head
    return subj


def relative_object(obj, things: bool = False):
    """A relative pronoun object stands for the noun its clause modifies ("Crimea, which Russia
    annexed": Crimea; with `things`, any noun, as a pattern reads its object: "the sanctions
    package, which Hungary blocked", "a charge that Moscow denies", whatever tag "that" is given);
    any other object is itself."""
    verb = obj.head
    if (obj.dep_ == "dobj" and verb.dep_ == "relcl" and verb.head != verb
            and (_stands_for(obj, verb.head) or (things and (obj.tag_ in ("WDT", "WP") or obj.lower_ == "that")))):
        return verb.head
    return obj


def _told_as_done(verb) -> bool:
    """Whether a relative clause tells an act done ("Cyprus, which demanded", "which has
    accused"), not what its noun is or keeps doing ("Hamas, which rules Gaza")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _set_off(pronoun) -> bool:
    """Whether a relative pronoun opens a clause set off by a comma ("Israel, which accuses Iran
    of ..."): a clause that adds what its noun does, whatever the tense, not one that picks the
    noun out."""
    return pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","


def _stands_for(pronoun, noun) -> bool:
    """Whether a relative pronoun stands for the noun its clause modifies: "who" for anyone
    ("police, who fired"), "which" only for a name ("Cyprus, which demanded"); after a common
    noun ("the faction that controls", "the sanctions, which") it names a thing as often."""
    word = pronoun.lower_
    return word == "who" or (word == "which" and noun.pos_ == "PROPN")


def named_after(tok, nouns: frozenset[str], preps: tuple[str, ...]) -> bool:
    """Whether a word modifies one of `nouns` ("assault charges") or is the object of their
    `preps` phrase, through up to two more ("charged with attacking", "fears of a Chinese
    invasion of Taiwan", "prisoners of war")."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in nouns:
        return True
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pobj", "pcomp", "conj") or t.head == t or finite_conjunct(t) is not None:
            return False
        t = t.head
        if t.lower_ in preps and t.head.lemma_.lower() in nouns:
            return True
    return False


def agent_mentions(verb, res: Resolution, cues) -> list[Mention]:
    """The actors of a passive's "by" agent, also where the parser hung it on an amount the verb
    takes as object ("was fined 1.8 billion euros by the Commission"), on the object a passive
    keeps ("Ukraine was given weapons by the United States") or on the object of its "with" phrase
    ("Russia was hit with new sanctions by the EU")."""
    # every "by" agent: "condemned by France as well as by Germany"
    named = [g for c in verb.children if c.dep_ == "agent" for g in by_agents(c, cues)]
    if not named:
        # "was widely condemned, including by Egypt": some of the doers, named apart
        named = [g for c in subset_phrases(verb, ("by",), cues) for g in by_agents(c, cues)]
    if named:
        # "killed by a roadside bomb in Iraq": where a weapon went off is no one who set it off
        return [m for g in named for m in phrase_mentions(g, res, _WEAPON_PREPS if g.lemma_.lower() in cues.weapons else SUBJECT_PREPS)]
    kept = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj" and (kept or c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children))]
    if kept:
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    for c in objects:
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                return [m for g in by_agents(p, cues) for m in phrase_mentions(g, res, SUBJECT_PREPS)]
    return []


def subset_phrases(head, preps, cues) -> list:
    """The `preps` phrases (by, from) that an "including" phrase of `head` holds: "was condemned,
    including by Egypt", "drew criticism from around the world, including from China" name some of
    the doers apart (cues.yaml `subset_preps`)."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in cues.subset_preps
            for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in preps]


def shared_agent(verb, res: Resolution, cues) -> list[Mention]:
    """The "by" agent of the passive a passive conjunct shares its subject with ("were detained
    by soldiers and later released": the soldiers released them; "was arrested and questioned by
    police": the police arrested): the other conjunct's, when `verb` has no agent of its own, both
    are participles of the one passive (the first holding its subject) and a conjunction joins
    them; [] otherwise ("was attacked by a mob and rescued by police" keeps each its own)."""
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return []
    own_subject = any(c.dep_ == "nsubjpass" for c in verb.children)  # the first conjunct holds the shared one
    # the tagger reads some participles after a passive as past tenses ("caught by police and
    # deported"): one with no object of its own shares the voice, as `subject_token` reads it
    if (verb.dep_ == "conj" and not own_subject and verb.head.tag_ == "VBN" and is_passive(verb.head) and _joined(verb.head, verb)
            and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children)))):
        return agent_mentions(verb.head, res, cues)  # "detained by soldiers and later released"
    if verb.tag_ == "VBN" and is_passive(verb):
        for c in verb.children:  # "arrested and questioned by police"
            if (c.dep_ == "conj" and c.tag_ == "VBN" and _joined(verb, c)
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)
                    and any(g.dep_ == "agent" for g in c.children)):
                return agent_mentions(c, res, cues)
    return []


def _joined(first, second) -> bool:
    """Whether a conjunction ("and", "then") joins two conjuncts: the parser may hang a clause on
    another with none ("a girl was rescued by police was released Monday")."""
    return any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children)


def amount_in(tok, quantity: frozenset[str]) -> bool:
    """Whether a noun is what an amount its verb takes is in, the parser having hung the "in"
    phrase on the verb: "received billions of dollars in military aid" (the aid is received)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and tok.head.i > verb.i and any(
        c.dep_ == "dobj" and c.i < tok.head.i and (c.lemma_.lower() in quantity or c.ent_type_ == "MONEY")
        for c in verb.children)


def by_agents(prep, cues) -> list:
    """The objects of a "by" phrase that can name a doer: not a place beside which something
    happens ("killed by the Lebanese border", "by the side of the road"; cues `beside_nouns`,
    written in lower case: "by the World Bank" names a doer)."""
    nouns, frames = cues.beside_nouns, cues.beside_frames
    out = []
    # a "by" phrase joined to it names further doers: "condemned by France and by Germany" (the
    # parser may hang the second on the verb: "by China and also by Russia")
    joined = [c for c in prep.children if c.dep_ == "conj" and c.lower_ == "by"]
    if prep.dep_ == "agent":
        joined += [c for c in prep.head.children if c.dep_ == "conj" and c.lower_ == "by" and c.i > prep.i]
    for g in [g for p in (prep, *joined) for g in p.children]:
        if g.dep_ != "pobj":
            continue
        head = g
        if head.lemma_.lower() in frames:
            head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), head)
        if not (head.lemma_.lower() in nouns and head.is_lower):  # "by the World Bank" is a doer's name
            out.append(g)
    return out


#: complex prepositions read as one: "in spite of", "in the face of" (a preposition "in" whose object is the noun)
_COMPLEX_PREPS = {"spite": "in spite of", "face": "in the face of"}


def prep_words(prep) -> str:
    """The words of a preposition token, a complex one whole: "in" of "in spite of criticism" ->
    "in spite of", of "in the face of protests" -> "in the face of"; else its own lower form."""
    if prep.lower_ == "in":
        for g in prep.children:
            words = _COMPLEX_PREPS.get(g.lemma_.lower()) if g.dep_ == "pobj" else None
            if words and any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children):
                return words
    return prep.lower_


def of_objects(tok) -> list:
    """The objects of a word's "of" phrases: "the release of the hostages", "a team of doctors"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def counted_by(tok, quantity: frozenset[str]):
    """The count or unit a noun is the "of" object of ("a wave of air strikes": wave, "a team of
    doctors": team; `quantity`, cues `quantity_nouns`), else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in quantity:
        return tok.head.head
    return None


def count_phrases(tok, quantity: frozenset[str]) -> list:
    """The prepositions a noun's count hangs after it, which the parser gives the count and not
    the noun counted: "carried out a wave of air strikes on Beirut", "a series of attacks against
    Kurdish positions" (`quantity`, cues `quantity_nouns`); [] for a noun that is not counted."""
    count = counted_by(tok, quantity)
    if count is None:
        return []
    return [c for c in count.children if c.dep_ == "prep" and c.i > tok.i]


def governing_verb(tok, quantity: frozenset[str], hops: int = 5):
    """The verb whose argument a noun is, through prepositions and measure nouns ("allocated
    tens of billions of dollars in military aid"): (verb, dependency it arrived by) or (None, None)."""
    t = tok
    for _ in range(hops):
        dep, head = t.dep_, t.head
        if head == t:
            return None, None
        if head.pos_ in ("VERB", "AUX"):
            if dep in ("dobj", "nsubjpass", "attr", "dative", "oprd", "nsubj") and t != tok and dep == "dobj":
                return head, "via-dobj"
            if dep in ("dobj", "nsubjpass", "attr", "dative", "oprd", "nsubj"):
                return head, dep
            if dep in ("prep", "agent", "advmod", "acomp", "npadvmod"):
                return head, dep
            return None, None
        if dep in ("pobj", "prep", "pcomp") or (dep in ("compound", "conj") and head.pos_ == "NOUN"):
            t = head
            continue
        if head.lemma_.lower() in quantity or dep == "appos":
            t = head
            continue
        return None, None
    return None, None


def own_act_frame(tok, verb, frames: frozenset[str], quantity: frozenset[str] = frozenset()) -> bool:
    """Whether a noun is the act its governing verb's subject does through the preposition the
    noun hangs from (`frames`, cues.yaml `own_act_frames`): "Iran retaliated with missile strikes",
    "Russia hit back with sanctions", "Britain took part in the strikes on Syria", also as a
    conjunct or through a measure noun (`quantity`: "responded with a wave of strikes"), never
    inside another noun's phrase ("pressed ahead with its plans despite the sanctions"). A frame's
    own particle or fixed object counts ("back", "ahead", "part"); any other adverb between them
    is passed over ("responded swiftly with")."""
    t = tok
    while t.dep_ == "conj" or counted_by(t, quantity) is not None:
        t = t.head if t.dep_ == "conj" else counted_by(t, quantity)
    if t.dep_ != "pobj":
        return False
    t = t.head
    if t.head != verb or t.dep_ != "prep":
        return False
    words = {w for frame in frames for w in frame.split()}
    between = [c.lower_ for c in verb.children
               if verb.i < c.i < t.i and c.dep_ in ("prt", "advmod", "dobj") and c.lower_ in words]
    return " ".join([verb.lemma_.lower(), *between, t.lower_]) in frames
