"""Verbs about another clause: control verbs, reported speech and announced acts.

- A control verb ("refused to meet X", "pledged to provide aid", "threatened to impose tariffs on
  X") folds the act it governs into one event (`fold_controls`), coded by the lexicon's
  intent/reject tables.
- A speech verb ("X said that ...") codes a statement (or a demand, "X said Y must ...") only when
  the clause it reports codes nothing better (`speech_event`).
- An act announced for the future or announced as not happening is recoded as an intent, threat
  or rejection, as CAMEO asks (`announced`).
`coder.py` calls these per sentence, before and after `build.py` builds each trigger's event.
"""

from __future__ import annotations

from ..actors.dictionary import split_code
from ..actors.plural import Words
from ..actors.types import Mention
from .arguments import find_targets, own_doers, source_phrases, statement_author, subject_actors, subjects
from .build import Raw
from .lexicon import Lexicon, Pattern
from .modality import CONDITIONS, clause_chain, infinitive, modal_flags, modality, subject_marked, subjunctive, unexcluded, yet_to
from .roles import SUBJECT_PREPS, distinct, has_agent, of_objects, on_side, phrase_mentions, prep_words, subject_token
from .triggers import Trigger


def fold_controls(triggers: dict[int, Trigger], lexicon: Lexicon) -> dict[int, tuple[Trigger, str]]:
    """Control verbs fold their complement's event in ("refused to meet", "pledged to provide
    aid"): by control verb token index, the complement trigger and the code the pair takes. The
    complements are marked consumed, so they code no event of their own."""
    cues = lexicon.cues
    folded: dict[int, tuple[Trigger, str]] = {}
    for trig in triggers.values():
        flags = trig.pattern.flags
        idea = _idea_trigger(trig.tok, triggers, cues) if trig.pattern.code[:2] == "12" and trig.pattern.pos == "V" else None
        if idea is not None:
            flags = flags | {"reject"}  # "rejected the idea of sending troops": as "refused to send troops"
        if "intent" in flags or "reject" in flags:
            if trig.pattern.pos == "N":  # "Germany's refusal to send tanks": only its infinitive
                comp = next((triggers[c.i] for c in trig.tok.children
                             if c.dep_ == "acl" and c.i in triggers and infinitive(c)), None)
            else:
                comp = governed_trigger(trig.tok, triggers, cues.circumstance) or idea
            for _ in range(2):  # "refused to commit to any assistance": through a second control verb
                inner = governed_trigger(comp.tok, triggers, cues.circumstance) if comp is not None and "intent" in comp.pattern.flags else None
                if inner is None:
                    break
                comp.consumed = True
                comp = inner
            if comp is not None:
                table = cues.reject if "reject" in flags else cues.intent
                if "removal" in comp.pattern.flags:  # "vowed to oust the government": no sanction
                    code = trig.pattern.code              # vowed by whoever it is, the vow's own code
                else:
                    code = (lexicon.recode(table, comp.pattern.code)
                            or _vowed_force(comp.pattern.code, flags, lexicon, _agreed_outright(trig.tok, cues))
                            or trig.pattern.code)
                if "reject" in flags and not comp.pattern.code and unexcluded(comp.tok, cues):
                    code = ""  # "refused to rule out the use of force": no refusal, the option kept open
                if "intent" in flags and "void" in comp.pattern.flags:
                    code = ""  # "vowed to fight the ruling in court": a sense that is no event, promised or not
                if "reject" in flags and "removal" not in comp.pattern.flags \
                        and comp.pattern.code[:2] in cues.unrefused_roots \
                        and (comp.tok.head == trig.tok or _idea_of(comp.tok, trig.tok, cues)) \
                        and comp.tok.pos_ == "VERB":  # not "refused to respond to a demand": that rejects the demand
                    code = ""  # "refused to criticise Trump", "declined to attack Biden": no one rejected, nothing done
                folded[trig.tok.i] = (comp, code)
                comp.consumed = True
        elif trig.pattern.pos == "V" and not ({"say", "user", "command"} & flags) and trig.pattern.code \
                and trig.tok.lemma_.lower() not in cues.instrument_verbs:
            # (a means used "to" do something is its own act, its infinitive the act it was used
            # for: "used tear gas to disperse protesters" is repression done to the protesters,
            # `coder._took_own_people`)
            # (a command's "to"-clause is the commanded one's act, not yet done: coded apart,
            # hypothetical; the command is a demand on whom it names)
            # any other coded verb governing a coded infinitive is the news, acting on the
            # complement's target: "threatened to impose tariffs on X" is a threat against X
            comp = next((triggers.get(c.i) for c in trig.tok.children if c.dep_ == "xcomp"), None)
            if comp is not None and not comp.consumed and "say" not in comp.pattern.flags:
                removal = "removal" in comp.pattern.flags  # "threatened to oust the speaker": a bare threat
                code = trig.pattern.code if removal else _threatened(trig.pattern.code, comp.pattern.code, lexicon)
                if _joined_in(trig.tok, cues):
                    code = comp.pattern.code  # "Egypt helped broker a ceasefire": Egypt's brokering
                folded[trig.tok.i] = (comp, code)
                comp.consumed = True
    return folded


def _idea_of(act, verb, cues) -> bool:
    """Whether an act is refused as the bare idea of it (`idea_nouns`): "rejected the idea of
    sending troops to Ukraine" refuses the sending itself, as "refused to send troops" does, not
    anyone's proposal."""
    prep = act.head
    return (act.dep_ in ("pobj", "pcomp") and prep.lower_ == "of" and prep.head.lemma_.lower() in cues.idea_nouns
            and prep.head.head == verb and prep.head.dep_ == "dobj")


def _idea_trigger(verb, triggers, cues) -> Trigger | None:
    """The coded act a verb of refusal names as a bare idea ("rejected the idea of sending
    troops", "ruled out the notion of talks with Hamas"): folded in as "refused to" folds its
    infinitive."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.idea_nouns):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for act in prep.children:
                if act.i in triggers and _idea_of(act, verb, cues):
                    return triggers[act.i]
    return None


def _joined_in(verb, cues) -> bool:
    """Whether a verb of helping (`joining_verbs`) names no one it helps, so that its infinitive is
    an act its subject takes part in ("helped free the hostages"), not aid to anyone ("helped
    Ukraine rebuild its grid")."""
    return verb.lemma_.lower() in cues.joining_verbs and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


def purposes(folded) -> frozenset[int]:
    """The "to"-infinitives that are the purpose of an act a control verb took as its noun
    complement ("agreed to a truce to allow aid into Gaza", "agreed a ceasefire to let civilians
    leave"): the parser hangs them from the verb as its complement, but the verb's complement is
    the noun; the infinitive tells what the act is for, which has not happened, and names no
    counterpart of the verb."""
    out = set()
    for verb_i, (comp, _) in folded.items():
        if comp.tok.pos_ not in ("NOUN", "PROPN") or comp.tok.dep_ not in ("pobj", "dobj"):
            continue
        verb = comp.tok.head.head if comp.tok.dep_ == "pobj" else comp.tok.head
        if verb.i != verb_i:
            continue
        out.update(c.i for c in verb.children if c.dep_ == "xcomp" and infinitive(c))
    return frozenset(out)


def _threatened(code: str, comp_code: str, lexicon: Lexicon) -> str:
    """A bare threat (130) takes the kind of the act it threatens, as a conditional act does
    (cues.yaml `threat`), for the roots of `threat_kind_roots`: "threatened to use live ammunition
    on the students" is a threat of repression (137), "threatened to shell the town" one of force
    (138)."""
    if code != "130" or comp_code[:2] not in lexicon.cues.threat_kind_roots:
        return code
    return lexicon.recode(lexicon.cues.threat, comp_code) or code


def _agreed_outright(tok, cues) -> bool:
    """Whether a control verb is one of accord (`accord_verbs`: "agreed to impose sanctions") with
    no condition in its clause ("agreed to impose sanctions if Minsk did not free them" is a threat)."""
    return tok.lemma_.lower() in cues.accord_verbs and not any(
        t.dep_ == "mark" and t.lower_ in CONDITIONS for t in tok.subtree)


def _vowed_force(code: str, flags, lexicon: Lexicon, accord: bool = False) -> str | None:
    """A protest or use of force vowed or promised is a threat (13: "vowed to attack Ukraine"),
    as `announced` codes one announced for the future; agreed to (`accord`: cues.yaml
    `accord_verbs`), it is decided, the act itself ("EU ministers agreed to impose sanctions on
    Belarus" is 163, no threat to anyone); None for any other act."""
    root = code[:2]
    if "intent" in flags and root.isdigit() and 14 <= int(root) <= 20:
        return code if accord else lexicon.recode(lexicon.cues.threat, code)
    return None


_CONTROLLED = ("xcomp", "dobj")  # what a control verb governs: its infinitive or object


def governed_trigger(tok, triggers, circumstance: frozenset[str] = frozenset(), *, deps: tuple[str, ...] = _CONTROLLED,
                     depth: int = 4, stops: frozenset[str] = frozenset()) -> Trigger | None:
    """The nearest coded act a word governs, a few steps (`depth`) below it along `deps` links
    and prepositions' objects: a control verb's infinitive or object, also through a preposition
    ("refused to commit to any assistance"); an appeal's asked act (events/appeals.py, with its
    own `deps`). A phrase fronted before its verb is the setting, not what is agreed or refused:
    "At a meeting with Erdogan, Putin agreed to extend the ceasefire" agreed to no meeting; nor is
    a circumstance (`circumstance`: "agreed to ease tensions after talks between their ministers"
    agreed to no talks); nor what a word of `stops` governs ("urged X to stop supplying arms"
    asks for no supply)."""

    def below(t):
        for c in t.children:
            if c.dep_ in deps:
                yield c
            elif c.dep_ == "prep" and c.i > t.i and prep_words(c) not in circumstance:
                yield from (g for g in c.children if g.dep_ == "pobj")

    stack = list(below(tok))
    for _ in range(depth):
        if not stack:
            return None
        c = stack.pop(0)
        if c.i in triggers and c.i != tok.i:
            return triggers[c.i]
        if c.lemma_.lower() not in stops:
            stack.extend(below(c))
    return None


def reports_clause(tok, p: Pattern, lexicon: Lexicon) -> bool:
    """Whether a user dictionary's bare entry for a speech verb ("SAID [023]") is reporting a
    clause (", a senior official said"): then it is coded as the built-in speech verbs are."""
    return "user" in p.flags and not (p.before or p.after) and tok.lemma_.lower() in lexicon.speech


def speech_event(trig, triggers, res, lexicon, sent) -> Raw | None:
    """A speech verb codes 010 (or a demand, for "X said Y must ...") only when the clause it
    reports codes nothing better; the clause's own events are coded where they stand."""
    tok = trig.tok
    cues = lexicon.cues
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
    if tok.dep_ in ("parataxis", "ccomp") and tok.head != tok:
        # ", officials said": the main clause is the news, unless it judges what "of" names
        return _said_of(tok, tok.head, subjects(tok, res, lexicon, [], 0)[0], res, lexicon, sent)
    sources = subjects(tok, res, lexicon, [], 0)[0]
    exclude = {m.code for m in sources}
    for c in comps:
        if _situation(c, cues):
            if any(t.i in triggers and t.i != tok.i for t in c.subtree):
                return None
            continue  # "said the situation in Syria was a disaster": no actor judged or addressed
        said_of = _said_of(tok, c, sources, res, lexicon, sent)
        if said_of is not None:
            return said_of  # "“This is a betrayal,” Graham said of Trump's withdrawal"
        label = _label(c, lexicon, res)
        speakers = sources or _issuer(tok, res, cues)
        if label and speakers and modality(c, sent, cues) == "asserted":  # not "would be criminals if"
            # "X said Y's soldiers are criminals": an accusation of Y
            targets = _labelled(c, speakers, res, lexicon, joint=label == "051")
            if label[:2] == "11" and (not targets and not _names_actor(c, res) or _unresolved_owner(c, res)):
                # "told his Russian counterpart that the poisoning was unacceptable", "said in a
                # letter to the companies that their response was unacceptable": a judgement of
                # nobody named, or of a deed of "their" own, told to someone, is aimed at whom it is told to
                targets = _told(tok, res, {m.code for m in sources}, cues) or targets
            if targets:
                return Raw(speakers, targets, label, modality(tok, sent, cues), tok)
            named = _named_deed(c, cues)
            if named is not None and not _names_actor(c, res):
                # "The EU imposed sanctions ... The Kremlin said the measures were illegal": the
                # earlier act the subject names is judged (the coder reads its doer, anaphora.py)
                return Raw(speakers, [], label, modality(tok, sent, cues), tok, about=named)
        due = _due(c, cues)  # "said it was time for Israel to withdraw": the infinitive
        demand = due is not None or _demanded(tok, c, cues)
        threat = not demand and _retribution(c, cues)
        inner = [triggers[t.i] for t in c.subtree if t.i in triggers and t.i != tok.i]
        if inner and not demand and not threat:
            return None  # the reported clause codes something better than a statement
        if not sources:
            return None
        subj, _ = subject_token(due if due is not None else c)
        if subj is None:
            continue
        targets = phrase_mentions(subj, res, SUBJECT_PREPS, skip=exclude)
        if not targets:
            continue
        if demand and any(on_side(m, exclude) for m in phrase_mentions(subj, res, SUBJECT_PREPS)):
            # "Wang said the two countries should resolve their differences": a course the speaker
            # sets for its own side too, no demand on the other
            demand = False
            if inner:
                return None
        if threat and c.lemma_.lower() in cues.retribution_alone_verbs and \
                {m.code[:3] for m in targets} <= {m.code[:3] for m in sources}:
            threat = False  # "the minister said voters would regret leaving": a forecast at home
        if not demand and not threat and "report" in trig.pattern.flags:
            return None  # "argued that the hospital was told": a verb that only reports makes no statement of its own
        if demand:  # "X said Y must ...": what Y must do is demanded, not done
            for t in inner:
                t.consumed = True
        code = cues.demand_code if demand else _THREAT if threat else trig.pattern.code
        return Raw(sources, targets, code, modality(tok, sent, cues), tok)
    return _directive(tok, sources, exclude, res, sent, cues)


def _named_deed(clause, cues):
    """The subject of a labelling clause when it is a noun that names an earlier act
    (`anaphoric_nouns`: "said the measures were illegal", "said the strikes were a violation"), else None."""
    subj, _ = subject_token(clause)
    return subj if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in cues.anaphoric_nouns else None


def _issuer(tok, res, cues) -> list[Mention]:
    """Who speaks through a text a participle of saying hangs from ("China's foreign ministry
    issued a statement saying Washington's arms sales were a serious mistake", "Beijing's
    statement saying ..."): the text's author (`statement_author`); [] for any other participle. Read only
    for a clause that labels an actor: a statement "saying that voters are entitled to ..."
    addresses no one it speaks of."""
    if tok.dep_ != "acl":
        return []
    author = statement_author(tok.head, cues)
    return subject_actors(author.head, author, res, cues) if author is not None else []


def _due(clause, cues):
    """The infinitive of "it is time for X to ..." (`due_nouns`) that a reported clause is ("said
    it was time for Israel to withdraw", "it is high time for Beijing to act"): what X is told it
    must do, a demand as "said X must" is; else None."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return None
    for attr in clause.children:
        if attr.dep_ == "attr" and attr.lemma_.lower() in cues.due_nouns:
            for v in attr.children:
                if (v.dep_ in ("relcl", "acl", "advcl") and v.pos_ in ("VERB", "AUX")
                        and any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
                        and any(n.dep_ == "nsubj" for n in v.children)):
                    return v
    return None


def _demanded(tok, clause, cues) -> bool:
    """Whether a reported clause says what its subject must do: a modal ("said Y must"), a verb of
    necessity in the present with its infinitive ("said Y needs to", "has to"), or the bare verb of a mandative
    subjunctive after a verb of demanding ("insisted that Britain honour")."""
    if any(a.dep_ == "aux" and a.lower_ in cues.demand_modals for a in clause.children):
        return True
    if clause.lemma_.lower() in cues.demand_semimodals and clause.tag_ in ("VBZ", "VBP") \
            and not yet_to(clause) and any(  # "has yet to respond": not done, no demand
            x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
            and not any(a.dep_ == "auxpass" for a in x.children) for x in clause.children):  # not "had to be restrained"
        return True
    return (tok.lemma_.lower() in cues.mandative_verbs and subjunctive(clause)
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children))


_THREAT = "130"  # CAMEO: threaten, not specified


def _retribution(clause, cues) -> bool:
    """Whether a reported clause says what its subject will suffer (`retribution_verbs` with a
    `retribution_nouns` object, after "will"/"would", `retribution_aux`): "said Israel would face a
    bitter fate", "said the attackers would face severe punishment"), or a `retribution_alone_verbs`
    verb after them ("said Israel will regret this aggression"): the speaker threatens the subject."""
    lemma = clause.lemma_.lower()
    return ((lemma in cues.retribution_verbs or lemma in cues.retribution_alone_verbs)
            and any(a.dep_ == "aux" and a.lower_ in cues.retribution_aux for a in clause.children)
            and not any(a.dep_ == "neg" for a in clause.children)
            and (lemma in cues.retribution_alone_verbs
                 or any(o.dep_ == "dobj" and o.lemma_.lower() in cues.retribution_nouns for o in clause.children)))


_DEICTIC = frozenset({"this", "that", "it", "these", "those", "they", "he", "she"})


def _said_of(tok, clause, sources: list[Mention], res, lexicon: Lexicon, sent) -> Raw | None:
    """A framed clause that labels what the speech verb's "of" phrase names: "“This is a
    betrayal,” Graham said of Trump's withdrawal from Syria" accuses Trump (112), "“It is a
    shameful decision,” the minister said of the French vote" criticises France (111). Only when
    the clause's subject is a pronoun ("this", "it", "they", "he") that points at the "of"
    phrase; a noun it names (`_doers`: the act's doer) or an actor it names is the target. None
    otherwise."""
    cues = lexicon.cues
    about = of_objects(tok)
    subj, _ = subject_token(clause)
    misread = _misread_attribute(clause)
    if not about or subj is None or subj.lower_ not in _DEICTIC or (clause.lemma_.lower() != "be" and not misread):
        return None
    attrs = [clause] if misread else [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    label = _label(clause, lexicon, res) or next(filter(None, (_label_code(c, cues) for c in attrs)), None)
    if label is None or label == "051" or modality(clause, sent, cues) != "asserted":
        return None
    if not sources:
        return None
    obj = about[0]
    patterns = lexicon.lookup("N", obj.lemma_.lower())
    targets = _doers(obj, patterns, res, lexicon.cues) if patterns else phrase_mentions(obj, res, SUBJECT_PREPS)
    own = {m.code for m in sources}
    targets = [m for m in targets if not on_side(m, own) or any(distinct(s, m, res, cues.local_titles) for s in sources)]
    return Raw(sources, targets, label, modality(tok, sent, cues), tok) if targets else None


def according_speaker(sent, res) -> Mention | None:
    """The actor an "according to" phrase of the sentence's main clause names as its source:
    "China's behaviour is unacceptable, according to the Australian prime minister"; None when
    there is none, or it names no actor ("according to reports")."""
    root = sent.root
    for acc in root.children:
        if acc.dep_ == "prep" and acc.lower_ == "according":
            for to in acc.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    found = [m for g in to.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
                    return found[0] if found else None
    return None


def quoted_label(sent, speaker, res, lexicon: Lexicon) -> Raw | None:
    """A quoted sentence whose frame is in another sentence labels its subject as a reported
    clause does (`_label`): "“Governor Bevin has done a wonderful job!” Trump tweeted" is praise
    of Bevin by Trump (the quote's `speaker`). None for any other sentence."""
    cues = lexicon.cues
    root = sent.root
    if _situation(root, cues):
        return None
    label = _label(root, lexicon, res)
    if not label or modality(root, sent, cues) != "asserted":
        return None
    targets = _labelled(root, [speaker], res, lexicon, joint=label == "051")
    if not targets:
        return None
    raw = Raw([speaker], targets, label, "asserted", root)
    raw.speech = True
    return raw


def _labelled(clause, sources: list[Mention], res, lexicon: Lexicon, *, joint: bool = False) -> list[Mention]:
    """The actors a labelling clause's subject names, less the speakers' own side unless clearly
    another actor of its code ("Trump said Governor Bevin has done a wonderful job": a governor is
    no part of the federal government). A subject that names an act ("the detention of Canadian
    citizens by China is unacceptable") labels its doer (`_doers`), never whom it was done to;
    with `joint` (praise), an act with no other doer named labels the speaker's partner in it
    (`_partners`: "said the summit with Mexico was a great success")."""
    cues = lexicon.cues
    subj, _ = subject_token(clause)
    if subj is not None:
        subj = _dislocated(clause, subj) or _extraposed(clause, subj) or subj
    if subj is None:
        targets = []
    elif patterns := lexicon.lookup("N", subj.lemma_.lower()):
        targets = _doers(subj, patterns, res, lexicon.cues)
    else:
        targets = phrase_mentions(subj, res, SUBJECT_PREPS)
    if joint and not targets and subj is not None and _judged_deed(subj, lexicon):
        targets = _partners(subj, res)
    own = {m.code for m in sources}
    return [m for m in targets if not on_side(m, own) or any(distinct(s, m, res, cues.local_titles) for s in sources)]


def _partners(act, res) -> list[Mention]:
    """Whom a joint act names as its doer's partner, in its "with" phrase ("the talks with Kyiv",
    "the agreement with the UAE"): praising the act praises them. Not when the act has an owner
    ("Putin said Russia's relations with Trump were good" tells of his own country's ties)."""
    if any(c.dep_ == "poss" for c in act.children):
        return []
    return [m for p in act.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]


def _dislocated(clause, subj):
    """The noun phrase a pronoun subject takes up when the speaker puts it first, set off by a
    comma (left dislocation, common in quoted speech: "These rioters, they are criminals", "The
    government, it is a disgrace"); None when the subject is no pronoun or nothing is put first."""
    if subj.pos_ != "PRON" or subj.lower_ not in _DEICTIC:
        return None
    for c in clause.children:
        if c.i < subj.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("npadvmod", "nsubj", "dep") \
                and c.right_edge.i + 1 < subj.i and c.doc[c.right_edge.i + 1].text == ",":
            return c
    return None


def _extraposed(clause, subj):
    """The subject of the clause an empty "it" stands for, put after the label (extraposition):
    "said it was unacceptable that Britain had expelled its diplomats" labels Britain's act, as
    "said Britain's expulsion of its diplomats was unacceptable" does; so does "it was
    regrettable for Tokyo to release the water". None when the subject is no "it" or no such
    clause follows."""
    if subj.lower_ != "it" or subj.pos_ != "PRON":
        return None
    heads = [clause] + [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ not in ("ccomp", "advcl") or c.i < subj.i:
            continue
        if subject_marked(c):
            return next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _names_actor(clause, res) -> bool:
    """Whether a reported clause's subject names any actor at all (the speaker's own side too)."""
    subj, _ = subject_token(clause)
    return subj is not None and bool(phrase_mentions(subj, res, SUBJECT_PREPS))


def _unresolved_owner(clause, res) -> bool:
    """Whether a reported clause's subject is owned by a pronoun that names no actor ("their
    level of engagement", "its response"): told to someone, it is most often theirs."""
    subj, _ = subject_token(clause)
    return subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" and not phrase_mentions(c, res, SUBJECT_PREPS)
                                    for c in subj.children)


def _told(tok, res, exclude: set[str], cues) -> list[Mention]:
    """Whom a speech verb tells what it says: its object ("told Putin that ...") or the object of
    its "to" phrase, or of a document's "to" phrase ("said in a letter to the companies that ...").
    Never the press: "told reporters", "told the BBC" (`press_nouns`, media actors)."""
    heads = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ == "to":
            heads += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "in":
            heads += [x for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in cues.document_nouns
                      for d in g.children if d.dep_ == "prep" and d.lower_ == "to" for x in d.children if x.dep_ == "pobj"]
    heads = [h for h in heads if h.lemma_.lower() not in cues.press_nouns]
    found = [m for h in heads for m in phrase_mentions(h, res, SUBJECT_PREPS, skip=exclude)]
    return [m for m in found if not m.code.endswith("MED")]


def _doers(act, patterns, res, cues) -> list[Mention]:
    """Who does the act a noun names (`own_doers`: "Russia's use of force", "the killing of
    protesters by police"); its "of" phrase is whom it was done to, and so is the possessor of a
    coercion that has none ("Navalny's detention", "Khan's arrest": the detainee's). With no doer
    named the act labels no one here."""
    done_to_owner = any(p.code.startswith("17") for p in patterns) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in act.children)
    return source_phrases(act, res, ("by",), cues, first=True) if done_to_owner else own_doers(act, res, ("by",), cues)


def _directive(tok, sources, exclude: set[str], res, sent, cues) -> Raw | None:
    """"X told Y to ...": a speech verb with an object and a "to"-clause appeals to the object
    (`directive_code`); None for any other speech."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and infinitive(c)), None)
    if not sources or obj is None or comp is None:
        return None
    targets = phrase_mentions(obj, res, SUBJECT_PREPS, skip=exclude)
    return Raw(sources, targets, cues.directive_code, modality(tok, sent, cues), tok) if targets else None


def _situation(clause, cues) -> bool:
    """Whether a clause's subject is a state of affairs (`situation_nouns`): "the situation in
    Syria was a disaster" judges where it holds, no actor there."""
    subj, _ = subject_token(clause)
    return subj is not None and subj.lemma_.lower() in cues.situation_nouns


def _label(clause, lexicon: Lexicon, res) -> str | None:
    """The CAMEO code of a reported clause that only labels its subject ("Y's soldiers are
    criminals": an accusation, 112; "Y's decision was illegal": criticism, 111; "Y had been a
    great partner": praise, 051), from `accusation_labels`, `disapproval_words` and the words of
    approval read on the attribute, or on its modifier when the attribute names an actor ("Y was
    the most corrupt president in history": `_names_an_actor`), or that judges its subject's work ("Y has done a wonderful job", `performance_nouns`),
    or that makes it the author of a harm ("Y was behind the attack": an accusation, `_blamed`),
    or tells it did a misdeed CAMEO has no code for (`misdeed_verbs`: "Y was sabotaging the talks";
    `misdeed_acts`: "Y had abused his power"; or tried to, `attempt_verbs`: "Y was trying to smear
    China"),
    or that it failed at what it had to do (`failure_verbs`: "Y had failed to honour its commitments"),
    or that it behaved in a way a label names (`conduct_verbs`: "Y had behaved irresponsibly");
    None for any other clause, or a negated one."""
    cues = lexicon.cues
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    lemma = clause.lemma_.lower()
    if lemma in cues.attempt_verbs:  # "said Washington was trying to sabotage the talks": as the deed
        tried = next((c for c in clause.children if c.dep_ == "xcomp" and infinitive(c)), None)
        if tried is not None and not any(c.dep_ == "neg" for c in tried.children):
            clause, lemma = tried, tried.lemma_.lower()
    if lemma == "be" and _blamed(clause, lexicon):
        return "112"
    if lemma in cues.misdeed_verbs:
        return "112"  # "said Netanyahu was sabotaging the talks"
    if any(f"{lemma} {c.lemma_.lower()}" in cues.misdeed_acts for c in clause.children if c.dep_ == "dobj"):
        return "112"  # "said the president had abused his power", "had committed war crimes"
    if lemma in cues.failure_verbs and any(c.dep_ == "xcomp" and infinitive(c) and c.lemma_.lower() in cues.failure_duties
                                           for c in clause.children) and not _joint_subject(clause):
        return "111"  # "said Iran had failed to honour its commitments": a duty left undone, judged
    if lemma == "do":
        work = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.performance_nouns]
        return (_label_code(work[0], cues) or ("051" if _praise(work[0], cues) else None)) if work else None
    if lemma in cues.label_copulas:  # "the sanctions amounted to economic terrorism": as "were"
        attrs = [c for c in clause.children if c.dep_ == "dobj"] + [
            g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    elif lemma in cues.conduct_verbs:  # "said Washington had behaved irresponsibly", "was acting like a criminal regime"
        manner = next(filter(None, (_word_code(_adjective(c.lower_), cues) for c in clause.children
                                    if c.dep_ == "advmod" and c.pos_ == "ADV")), None)
        if manner:
            return manner
        attrs = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "like" for g in c.children if g.dep_ == "pobj"]
    elif _misread_attribute(clause):  # "Washington's move was misguided": the participle is the attribute
        attrs = [clause]
    elif lemma != "be":
        return None
    else:
        attrs = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    attrs += [g for c in attrs for g in c.conjuncts]  # "groundless and irresponsible", "a friend and a hero"
    for c in attrs:
        code = _label_code(c, cues, modifiers=_names_an_actor(c, res) or c.lemma_.lower() in cues.label_frames)
        if code:
            return code
        if any(g.dep_ in ("compound", "amod") and g.lemma_.lower() in cues.accusation_labels for g in c.children) \
                and not _names_an_act(c, lexicon):
            return "112"  # "Russia is an aggressor state", "a brutal terrorist organisation"
    subj = subject_token(clause)[0]
    if not _praise_of(subj, lexicon):
        return None
    return "051" if any(_praise(c, cues, _judged_deed(subj, lexicon)) for c in attrs) else None


def _misread_attribute(clause) -> bool:
    """Whether a clause's head is the attribute of "be" that the parser read as a passive verb: a
    participle used as an adjective ("said Washington's move was misguided", "said the report was
    biased") or a noun that is also a verb ("“It is blackmail,” Zelensky said of the demands"),
    under a passive "be" with no "by" phrase ("was misguided by its advisers" is a passive). Only
    a word of the label lists makes it a label (`_label_code`, which reads the word's own form)."""
    return clause.tag_ in ("VBN", "NN", "NNS") and not has_agent(clause) \
        and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in clause.children)


def _adjective(adverb: str) -> str:
    """The adjective an adverb of manner is made from ("irresponsibly" irresponsible, "illegally"
    illegal, "arbitrarily" arbitrary, "recklessly" reckless); the word itself when it is none."""
    if adverb.endswith(("ably", "ibly")):
        return adverb[:-1] + "e"
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"
    if adverb.endswith("ly"):
        return adverb[:-2]
    return adverb


def _word_code(word: str, cues) -> str | None:
    """112 for a word of `accusation_labels`, 111 for one of `disapproval_words`, else None."""
    if word in cues.accusation_labels:
        return "112"
    return "111" if word in cues.disapproval_words else None


def _names_an_actor(attr, res) -> bool:
    """Whether the attribute of a labelling clause names a person or body (an actor mention: "a
    corrupt president", "a dangerous man", "the worst government in decades"): its modifier then
    judges the clause's subject as the attribute itself would ("said Trump was the most corrupt
    president in history" criticises Trump), as it does a frame of labels ("a cowardly act",
    `label_frames`). A modifier of a thing or an event judges no one:
    "said the shooting was a terrible tragedy", "said the country had a corrupt system"."""
    return res.mention_at(attr.i) is not None


def _names_an_act(attr, lexicon: Lexicon) -> bool:
    """Whether an attribute names an act or a proceeding (a noun of a pattern, or one that names an
    earlier act: `anaphoric_nouns`), which an adjective such as "criminal" classifies without
    accusing anyone: "said the probe was a criminal investigation"."""
    lemma = attr.lemma_.lower()
    return bool(lexicon.lookup("N", lemma)) or lemma in lexicon.cues.anaphoric_nouns


def _joint_subject(clause) -> bool:
    """Whether a clause's subject is coordinated: "Russia and Ukraine had failed to agree" is a
    failure of both together, no judgment of either."""
    subj, _ = subject_token(clause)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


def _blamed(clause, lexicon: Lexicon) -> bool:
    """Whether a clause of "be" makes its subject the author of a harm: "Y was responsible for the
    attacks" (`responsibility_words`), "Y was to blame for the tensions", "Y was behind the
    fires". The harm is a hostile act (a noun of a pattern of roots 11-20: "attack", "bombing") or
    a noun of `harm_nouns` ("violence", "crisis"); "responsible for security" is a duty, no blame."""
    cues = lexicon.cues
    heads = [clause] + [c for c in clause.children if (c.dep_ == "acomp" and c.lemma_.lower() in cues.responsibility_words)
                        or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and any(a.lower_ == "to" for a in c.children))]
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != ("behind" if h is clause else "for"):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _harm(obj, lexicon):
                    return True
    return False


def _harm(word, lexicon: Lexicon) -> bool:
    """Whether a noun names a harm: one of `harm_nouns`, or an act of a hostile root (11-20)."""
    lemma = word.lemma_.lower()
    if lemma in lexicon.cues.harm_nouns:
        return True
    codes = [p.code for p in lexicon.patterns.get(("N", lemma), ()) if p.code and p.code[:2].isdigit()]
    return any(11 <= int(c[:2]) <= 20 for c in codes)


def _praise(word, cues, acts: bool = False) -> bool:
    """Whether a word praises what it is said of: a noun of `approval_labels` ("a hero"), or a
    word of `approval_words` as the word itself ("heroic") or its modifier ("a good man"); with
    `acts` (what it is said of is no hostile act: `_judged_deed`), a word of `approval_act_words`
    too ("a success", "a historic step"); not negated, not alongside a word of disapproval ("a
    great danger"), and not an adjective of ability with its complement (`ability_preps`)."""
    if any(g.dep_ == "neg" for g in word.children) or _label_code(word, cues):
        return False
    if word.pos_ == "ADJ" and any(g.dep_ == "prep" and g.lower_ in cues.ability_preps for g in word.children):
        return False  # "said Iran was capable of building a bomb", "good at making cars": an ability, no praise
    words = cues.approval_words | cues.approval_act_words if acts else cues.approval_words
    lemma = word.lemma_.lower()
    mods = [g.lemma_.lower() for g in word.children if g.dep_ == "amod"]
    return lemma in cues.approval_labels or lemma in words or word.lower_ in words or any(m in words for m in mods)


def _praise_of(subj, lexicon: Lexicon) -> bool:
    """Whether what a word of praise is said of may be an actor praised: not one's kin (`kin_nouns`:
    "described her daughter as brave", "said his son was a hero": private, no event)."""
    return subj is not None and subj.lemma_.lower() not in lexicon.cues.kin_nouns


def _judged_deed(subj, lexicon: Lexicon) -> bool:
    """Whether what a word of praise is said of may be praised as an act (`approval_act_words`):
    anything but a hostile act or a harm (`_harm`) or a game (`sports_words`): "Macron's visit was
    a success" praises the visitor, "Russia's offensive was successful" judges how the offensive
    went, "the match with Mexico was a great success" a game, no one's deed."""
    return subj is not None and not _harm(subj, lexicon) and subj.lemma_.lower() not in lexicon.cues.sports_words


def _label_code(word, cues, modifiers: bool = True) -> str | None:
    """112 for a word of `accusation_labels`, 111 for one of `disapproval_words` ("liar",
    "illegal", "witch hunt"), read on the word or (`modifiers`) a modifier ("a terrorist state");
    None for any other word, or a negated one ("not illegal")."""
    if any(g.dep_ == "neg" for g in word.children):
        return None
    lemma = word.lemma_.lower()
    if lemma in cues.label_frames:  # "called the sanctions an act of economic terrorism": the act's name
        named = of_objects(word)
        if named:
            return _label_code(named[0], cues, modifiers)
    # a past participle is read by its own form: "biased", "misguided" (the tagger's verb, "bias"),
    # never its verb's ("Kyiv was bullied" calls no one a bully)
    forms = [word.lower_] if word.tag_ == "VBN" else [lemma]
    # a compound ("witch hunt") or an adverb ("politically motivated") makes one label with the word
    words = forms + [f"{g.lemma_.lower()} {f}" for g in word.children if g.dep_ in ("compound", "advmod") for f in forms]
    # ... and so does an adjective's infinitive ("hard to believe": "said Y's account was hard to believe")
    words += [f"{f} to {g.lemma_.lower()}" for g in word.children if g.dep_ == "xcomp" and infinitive(g) for f in forms]
    if modifiers:
        words += [g.lemma_.lower() for g in word.children if g.dep_ in ("amod", "compound")]
    codes = {_word_code(w, cues) for w in words}
    return "112" if "112" in codes else ("111" if "111" in codes else None)


def _naming_complements(tok):
    """What a verb of naming calls its object: "called Biden a liar", "called the decision illegal",
    "branded Netanyahu a terrorist" (the parser's apposition), "labelled the protesters extremists"
    (a second object), "described Putin as a killer", each with its conjuncts ("called the
    protesters vandals and criminals"); and an object the parser glued to its label as a plural
    compound ("called [the protesters criminals]": a plural noun modifies no noun so)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    for comp in _named(tok, objs):
        yield comp
        yield from comp.conjuncts
    if objs and _glued_object(objs[0]) is not None:
        yield objs[0]


def _named(tok, objs):
    for c in tok.children:
        if c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ == "ccomp" and c.pos_ == "ADJ"):
            yield c
        elif _misread_name(c):
            # "called Prime Minister Narendra Modi a coward", "called the UN rapporteur an idiot":
            # the tagger took the object's last word for a verb, the label for its object
            yield from (g for g in c.children if g.dep_ == "dobj")
    yield from objs[1:]
    # "called Trump a danger to democracy": the parser may swap the two, the label its object
    yield from (o for o in objs[:1] if any(c.dep_ == "oprd" and c.i < o.i for c in tok.children))
    for h in [tok] + objs[:1]:
        for c in h.children:
            if c.dep_ == "appos" and h is not tok:
                yield c
            elif c.dep_ == "amod" and h is not tok and c.i > h.i:
                yield c  # called the decision "unacceptable": a quoted label the parser hung after the noun
            elif c.dep_ == "npadvmod" and h is not tok and c.i > h.i and c.pos_ == "NOUN":
                yield c  # called Washington's move a mistake: a label the parser hung on the object
            elif c.dep_ == "prep" and c.lower_ == "as":
                # "described the sanctions as unfriendly": the parser may take the adjective for an adverb
                yield from (g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")
                            or (g.dep_ == "pcomp" and g.pos_ in ("ADJ", "ADV")))


def _misread_name(c) -> bool:
    """Whether a clause under a verb of naming is its object's last word that the tagger read as a
    bare verb ("called Prime Minister Narendra [Modi] a coward"): a present or bare form with no
    auxiliary, marker, negation or clause of its own, right before the determiner of its object."""
    if c.dep_ != "ccomp" or c.tag_ not in ("VB", "VBP") or c.i + 1 >= len(c.doc):
        return False
    if any(g.dep_ in ("aux", "auxpass", "mark", "neg", "ccomp", "xcomp", "advcl", "prep") for g in c.children):
        return False
    after = c.doc[c.i + 1]
    return after.dep_ == "det" and after.head.dep_ == "dobj" and after.head.head == c


def _glued_object(obj):
    """The plural noun the parser made a compound of a verb of naming's object ("called the
    protesters criminals": "protesters" under "criminals"), or a singular one before a plural label
    ("labelled the opposition terrorists", "called the PKK terrorists": a plural label names no
    kind of a singular noun so), when a determiner comes before it; or None."""
    glued = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and (
        c.tag_ in ("NNS", "NNPS") or (obj.tag_ == "NNS" and c.tag_ in ("NN", "NNP")))]
    if len(glued) == 1 and any(c.dep_ in ("det", "poss") and c.i < glued[0].i for c in obj.children):
        return glued[0]
    return None


def _object_in_label(label):
    """The object of a verb of naming the parser hung on its label as a noun modifier, before the
    label's determiner or opening quote ("called [Trump] a danger", "called [Pompeo's remarks]
    \"lies\""); or None. A modifier after the determiner is the label's own ("called Guaido a
    Washington puppet"). An adjective label has no noun of its own before it: a noun there is the
    object ("branded [Maduro's victory] illegitimate")."""
    for c in label.children:
        if label.pos_ == "ADJ" and c.i < label.i and c.pos_ in ("NOUN", "PROPN") \
                and c.dep_ in ("compound", "nsubj", "npadvmod", "nmod", "poss"):
            return c  # an owner too: "branded [Sweden]'s stance unacceptable" judges Sweden
        if c.dep_ == "nmod" and c.i < label.i and c.pos_ in ("NOUN", "PROPN"):
            after = label.doc[c.right_edge.i + 1]
            if (after.dep_ == "det" and after.head == label) or after.is_quote:
                return c
    return None


def dismissed_as_label(tok, res, lexicon: Lexicon) -> bool:
    """Whether a verb of dismissal (`dismissal_verbs`) calls its object, an actor, by a label ("Putin
    dismissed the Ukrainian government as a puppet of Washington", "rejected Guaido as a usurper"):
    then it names the actor, as a verb of naming does (`label_event`), and rejects nothing. An
    object that is no actor ("dismissed the claims as lies") or a label of none of the lists
    ("rejected Iran as a mediator") leaves the verb as it is."""
    if tok.lemma_.lower() not in lexicon.cues.dismissal_verbs:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objs) != 1 or res.mention_at(objs[0].i) is None:
        return False
    return any(c.head.lower_ == "as" and _label_code(c, lexicon.cues) for c in _naming_complements(tok))


def label_event(trig, res, lexicon, sent) -> Raw | None:
    """A verb of naming (a row flagged `label`) whose complement labels its object is an act on
    it, as a reported label is (`_label`): "called Biden a liar" accuses Biden (112), "called the
    decision illegal" criticises whoever made it (111); None for any other naming ("called Biden
    on Tuesday"). With no actor for a target, the coder looks for whoever did what was labelled."""
    tok = trig.tok
    cues = lexicon.cues
    if any(c.dep_ == "dobj" and c.lemma_.lower() in cues.situation_nouns for c in tok.children):
        return None  # "called the situation in Lebanon a disaster": where it holds, no actor judged
    for comp in _naming_complements(tok):
        code = _label_code(comp, cues)
        if code:
            break
    else:
        comp = _praising_complement(tok, lexicon)
        if comp is None:
            return _phone_call(tok, res, lexicon, sent)
        code = "051"
    sources, passive, targets = subjects(tok, res, lexicon, [], 0)
    if passive and not sources:  # "was called a liar by Trump": the parser may hang the agent on the label
        sources = source_phrases(comp, res, ("by",), lexicon.cues, first=True)
    if not sources:
        return None
    exclude = {m.code for m in sources}
    if passive:
        targets = [m for m in targets if m.code not in exclude]
    else:
        # the object glued to its label: "called [the protesters] criminals", read as the verb's
        # object or, with no other object, as the label ("called the Democrats lunatics")
        objectless = not any(c.dep_ == "dobj" for c in tok.children)
        glued = _glued_object(comp) if comp.dep_ == "dobj" or objectless else None
        if glued is None and comp.dep_ != "dobj":
            glued = _object_in_label(comp)
        if glued is None and _misread_name(comp.head) and res.mention_at(comp.head.i) is not None:
            glued = comp.head  # "called Prime Minister Narendra Modi a coward": the misread word names the object
        if glued is not None:
            targets = [m for m in phrase_mentions(glued, res, set()) if m.code not in exclude]
        else:
            targets = find_targets(tok, res, lexicon, exclude, skip=frozenset(t.i for t in comp.subtree), code=code)
    return Raw(sources, targets, code, modality(tok, sent, cues), tok)


def _praising_complement(tok, lexicon: Lexicon):
    """The complement with which a verb of naming praises its object (`_praise`): "called Abe a true
    friend", "described the agreement with Greece as historic", "called Germany's decision a
    historic step" (an act praised by `approval_act_words` unless it is a hostile one: "called the
    offensive a success" praises no one); None when it praises nothing."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not _praise_of(obj, lexicon):
        return None
    acts = _judged_deed(obj, lexicon)
    return next((c for c in _naming_complements(tok) if c is not obj and _praise(c, lexicon.cues, acts)), None)


def _phone_call(tok, res, lexicon, sent) -> Raw | None:
    """A naming verb with no label whose object is a person or state called ("Trump called Xi on
    Friday", "Merkel called Putin to discuss Syria": `call_purposes`) is a phone call (041); None
    when the object is summoned somewhere ("called the ambassador to the ministry", "called him
    in") or called to do anything else ("called Ukraine to withdraw": an appeal), or is no actor
    ("called elections", "called a meeting"), and for any verb other than "call"."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        # "Erdogan called Rouhani after the attack": the parser may take the name for a label
        objs = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    callee, clause = _glued_pair(tok)
    if callee is not None:
        objs = [callee]  # "Biden called Zelensky and the two discussed the war"
    if len(objs) != 1 or any((c.dep_ in ("prt", "dative", "ccomp", "nsubjpass", "agent") or (c.dep_ == "oprd" and c not in objs))
                             and c != clause for c in tok.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "before", "back", "for", "as", "in", "out", "off", "up")
           for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX"):
            if c.dep_ == "xcomp" or any(m.lower_ == "to" for m in c.children if m.dep_ == "aux"):
                if c.lemma_.lower() not in lexicon.cues.call_purposes:
                    return None
    obj = objs[0]
    if obj.pos_ not in ("PROPN", "NOUN") or obj.lemma_.lower() in lexicon.cues.situation_nouns:
        return None
    if res.mention_at(obj.i) is None and obj.lemma_.lower() in lexicon.cues.anaphoric_nouns:
        return None  # "called Washington's move ...": an act is no one to phone, nor is its owner
    if any(c.dep_ in ("appos", "dobj", "attr", "oprd") and c.i > obj.i and obj.doc[c.left_edge.i - 1].text != ","
           for c in obj.children):
        return None  # "Maduro called Trump \"the new Hitler\"": a name given, not set off as a description is

    targets = phrase_mentions(obj, res, set())
    if callee is not None:
        pair = {t.i for k in callee.children if k.dep_ == "conj" for t in k.subtree}
        targets = [m for m in targets if m.tok_start not in pair]  # "the two" stand for caller and called
    if not targets:
        return None
    sources, passive, _t = subjects(tok, res, lexicon, [], 0)
    if passive or not sources:
        return None
    exclude = {m.code for m in sources}
    targets = [m for m in targets if m.code not in exclude and not _bare_role(m.code)]
    if not targets or all(_bare_role(m.code) for m in sources):
        return None  # "Police called the suspect's mother", "called Kim Little Rocket Man": no side named
    return Raw(sources, targets, "041", modality(tok, sent, lexicon.cues), tok)


def _glued_pair(tok):
    """(the one called, the clause after) where the parser glued the one called to the pair that
    the next clause's subject names: "Biden called Zelensky and the two discussed the war" parsed as
    "called [Zelensky and the two discussed ...]" (the clause's subject), "called Putin and the two
    leaders agreed ..." or "called Netanyahu and both men pledged ..." (the clause hung on the call
    beside its object). The one called has the count word of the pair conjoined to it ("the two",
    "both men", "the two leaders": plural.yaml `counts`); (None, None) otherwise ("called Pelosi
    and Schumer liars" names no pair)."""
    counts = Words.load().counts

    def paired(s) -> bool:
        return any(k.dep_ == "cc" and k.lower_ == "and" for k in s.children) and any(
            k.dep_ == "conj" and (k.lower_ in counts or any(
                g.dep_ in ("nummod", "det", "predet") and g.lower_ in counts for g in k.children)) for k in s.children)

    for c in tok.children:
        if c.i < tok.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.dep_ == "ccomp":
            s = next((s for s in c.children if s.dep_ == "nsubj" and paired(s)), None)
            if s is not None:
                return s, c
        if c.dep_ in ("ccomp", "oprd") and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            s = next((s for s in tok.children if s.dep_ in ("dobj", "oprd") and s.i < c.i and s.pos_ == "PROPN" and paired(s)), None)
            if s is not None:
                return s, c
    return None, None


def _bare_role(code: str) -> bool:
    """A code of a role of no country ("CVL", "COP"): a side no one is named for."""
    return len(code) == 3 and split_code(code) == (None, code)


def announced(raw: Raw, tok, sent, lexicon: Lexicon, *, threat: bool = True) -> None:
    """CAMEO codes announced acts as what they announce: a future cooperative act is an intent
    (03: "will visit"), a future protest or use of force a threat (13: "said they would blockade
    Paris"), and a cooperative act announced as not going to happen a rejection (12: "said it
    would not meet the demands"), as is one not accepted or agreed to ("did not accept the
    offer": `refusal_verbs`). `threat` False: the act is decided on, not announced to anyone
    ("parliament approved sending troops to Libya"), and keeps its own code."""
    cues = lexicon.cues
    root = raw.code[:2]
    if raw.modality == "future":
        recoded = lexicon.recode(cues.intent, raw.code)
        if recoded is None and threat and root.isdigit() and 14 <= int(root) <= 20 and not hosted(raw, tok, cues):
            recoded = lexicon.recode(cues.threat, raw.code)
        raw.code = recoded or raw.code
    elif raw.modality == "negated" and root in ("03", "04", "05", "06", "07", "08"):
        _neg, hyp, future = modal_flags(tok, sent, cues)
        refusal = future or tok.lemma_.lower() in cues.refusal_verbs  # "did not accept the offer"
        if refusal and _unscheduled(tok, cues):
            refusal = False  # "Biden is not expected to meet Xi": not foreseen, not refused
        recoded = lexicon.recode(cues.reject, raw.code) if refusal and not hyp else None
        if recoded:
            raw.code, raw.modality = recoded, "asserted"


def _unscheduled(tok, cues) -> bool:
    """Whether the negation of an act falls on a word of foreseeing or of a timetable that governs
    it (`schedule_governors`): "is not expected to meet Xi", "is not scheduled to visit Beijing"
    say the act is not foreseen, not that its doer refuses it."""
    return any(v.lemma_.lower() in cues.schedule_governors and any(c.dep_ == "neg" for c in v.children)
               for v in clause_chain(tok)[1:])


def hosted(raw: Raw, tok, cues) -> bool:
    """Whether a deployment (15) goes to the country it names as its host: every target is a
    country named as the object of a `host_preps` phrase of the act or of its object ("will send
    5,000 troops to Estonia", "will station jets in Romania"). An announced deployment there is
    no threat to the host; one "to the Ukrainian border", "toward Taiwan" or "near" a country
    names no host and stays a threat."""
    if raw.code[:2] != "15" or not raw.targets:
        return False
    holders = {tok.i} | {c.i for c in tok.children if c.dep_ == "dobj"}
    doc = tok.doc
    for m in raw.targets:
        heads = [t for t in doc[m.tok_start:m.tok_end] if not (m.tok_start <= t.head.i < m.tok_end)]
        if len(heads) != 1:
            return False
        head = heads[0]
        if not (head.dep_ == "pobj" and head.head.lower_ in cues.host_preps and head.head.head.i in holders):
            return False
    return True
