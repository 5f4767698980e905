"""Targets named by what they did: "The Kremlin condemned the package" after "The EU adopted a new
package of sanctions against Russia" is a condemnation of the EU.

An act that is always done to someone (criticise, reject, praise, welcome ...) whose object is a
definite noun phrase naming an earlier act or its product ("the package", "the accusations", "the
agreement", "this decision") takes as its target whoever did that act: the sources of the most
recent earlier event, within `WINDOW` sentences, whose sentence holds the same noun or whose
trigger is the verb it comes from (`anaphoric_nouns` in cues.yaml maps "accusation" to "accuse";
"the plan", "the offer" map to "*announced": any earlier announced act, future or an intent;
"the move", "the decision", "the step" map to "*act": any earlier deed done, as such shell nouns
name whatever was done ("imposed sanctions on Iranian oil firms. Iran condemned the move"), but
no words (a statement, appeal, demand, criticism, rejection, threat or praise: `_WORDS`) and
nothing only promised or planned;
"the remarks", "the comments" map to "*words" as well: anything said earlier to or of someone
("Blinken criticized China's support for Russia ... China rejected the remarks");
"the attack", "the strikes", "the violence" map to "*force": any earlier act of force (CAMEO 18-20), as
wire copy names a bombing, a shelling or a killing by whichever of these words it likes ("carried out air
strikes on a village, killing 100 people. The UN condemned the attack");
"a|b" lists several: a ruling is whatever a court did, "struck down", "overturned", "sentenced";
"=agreement": an earlier act whose sentence names the thing by another of its names, as "the deal"
names "signed a peace agreement").
The doer's own state is no counterpart, except its other powers (`separate_powers`): a court,
a legislature, a former leader ("Police arrested former President Duterte. Duterte condemned the
arrest" is aimed at the police). With no such event, nothing is guessed. A complaint names the act in its "over" phrase as well
("lodged a protest over the incident", "complained about the ban"), and an appeal or a demand to
stop an act names it in the "to" or "of" phrase of its noun of stopping (`cessation_nouns`:
"called for an end to the violence", "urged a halt to the strikes"), so an appeal (02), which may
have no addressee, looks for one only then.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.attach import POSSESSIVE_PRONOUNS
from ..actors.dictionary import NON_COUNTRY
from ..actors.types import Mention
from . import senses
from .arguments import subject_actors
from .modality import DEFINITE, modality, verb_in
from .roles import COMPLAINT_PREPS, same_state, subject_token

_CONSULT = "04"  # meetings, visits, hosting: a gathering's own acts
_GATHERING = frozenset({"meet", "visit", "summit"})  # the verbs a noun of a gathering names ("the meeting")
ANNOUNCED = "*announced"  # cues.yaml's verb for nouns that name any announced act ("the plan")
ACT = "*act"  # cues.yaml's verb for shell nouns that name any act but a statement ("the move")
FORCE = "*force"  # cues.yaml's verb for nouns that name any act of force, roots 18-20 ("the attack")
WORDS = "*words"  # cues.yaml's verb for nouns that name anything said to someone ("the remarks")
PUBLISHED = "*published"  # cues.yaml's verb for nouns that name a report made public ("the report")
SYNONYM = "="  # cues.yaml's mark of another name of the same thing ("the deal": "=agreement")
#: codes of words said, not deeds: a statement, an appeal, a demand, disapproval, a rejection, a
#: threat, praise or verbal support ("Belarus rejected the accusations. Poland welcomed the
#: decision": the EU's sanctions)
_WORDS = ("01", "02", "10", "11", "12", "13", "051", "052")
WINDOW = 30  # sentences back: a definite "the package" mostly names the story's own act
#: roots of acts a retaliation answers: disapproval to force
_HOSTILE = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
PRONOUN_WINDOW = 1  # sentences back: "it" names what the sentence before, or its own, told
RETALIATION_WINDOW = 5  # sentences back: a retaliation told with no target answers the story's last blow
#: roots of reactions that object to what was done (disapproval, rejection, threat, protest): the
#: deed "the decision" names is sooner one done to the objector than the story's latest
_OBJECTING = ("11", "12", "13", "14")
# Acts of backing a thing (praise, verbal defence, rallying support): who backs "the resolution"
# made none of it ("a resolution drafted by Britain and backed by the United States. Iran condemned
# the resolution" is aimed at its makers, not at the US)
_BACKING = ("051", "052", "053")
# a possessive pronoun left unresolved is as definite: "freed 500 prisoners ... welcomed their release"
_DEFINITE = DEFINITE | {"his", "her", "their", "its"}


@dataclass(frozen=True, slots=True)
class Done:
    """An earlier event, as anaphora reads it: its sentence number, the lemmas of its sentence
    and trigger, and who did it."""

    n: int
    lemmas: frozenset[str]
    trigger: str
    sources: tuple[Mention, ...]
    announced: bool = False  # future, or an intent (03): what "the plan", "the offer" can name
    act: bool = False  # a deed done, no words (`_WORDS`): what "the move", "the decision" can name
    force: bool = False  # an asserted act of force (18-20): what "the attack", "the strikes" can name
    reaction: bool = False  # itself aimed at an earlier act its object named ("called the sanctions illegal")
    hypothetical: bool = False  # only a purpose, a wish or a possibility: no act a later "the X" names
    words: bool = False  # words said to or of someone (`_WORDS`), asserted: what "the remarks" can name
    published: bool = False  # a report its sources made public, no event: what "the report" can name
    hostile: tuple[str, ...] = ()  # the codes an asserted hostile act (11-20) was done to: what a retaliation answers
    statement: bool = False  # a plain statement (01): its speaker made none of the things its sentence names
    backing: bool = False  # backing a thing (`_BACKING`): its doer made none of the things its sentence names
    said: bool = False  # words of any modality (`_WORDS`): no deed its sentence names ("urged people to protest the detention")


def _lemmas(sent) -> frozenset[str]:
    """The lemmas of a sentence's nouns, names and verbs: what a later definite noun is matched on."""
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB"))


def record(n: int, sent, raws) -> list[Done]:
    """What the coded events of sentence `n` leave for later anaphora."""
    if not any(r.sources for r in raws):
        return []  # nothing to leave: no walk over the sentence for its lemmas
    lemmas = _lemmas(sent)
    return [Done(n, lemmas, r.trigger.lemma_.lower(), tuple(r.sources), r.modality == "future" or r.code[:2] == "03",
                 r.modality == "asserted" and not r.code.startswith(_WORDS), senses.force(r.code) and r.modality == "asserted",
                 r.anaphoric, r.modality == "hypothetical", r.modality == "asserted" and r.code.startswith(_WORDS) and bool(r.targets),
                 hostile=tuple(m.code for m in r.targets) if r.modality == "asserted" and r.code[:2] in _HOSTILE else (),
                 statement=r.code.startswith("01"), backing=r.code.startswith(_BACKING), said=r.code.startswith(_WORDS))
            for r in raws if r.sources]


def deeds(n: int, sent, res, raws, cues) -> list[Done]:
    """Deeds of sentence `n` that coded no event, for a later reaction that names them: "The State
    Department said it had approved the sale of F-16 jets to Taiwan. China condemned the decision"
    condemns whoever approved it. Only a clause told as done (asserted, not negated) whose verb is
    a deed (`deed_verbs`: approve, decide, sign, lift, expel ...), with an actor as its subject, the
    main clause or a clause it reports or joins. What a later "the decision", "the move", "the step"
    names is then that clause's doer, as for a coded deed; a coded event of the sentence is found first."""
    coded = {r.trigger.i for r in raws}
    out: list[Done] = []
    for tok in sent:
        if (tok.pos_ != "VERB" or tok.i in coded or tok.lemma_.lower() not in cues.deed_verbs
                or tok.dep_ not in ("ROOT", "ccomp", "conj")):
            continue
        if tok.dep_ == "conj" and tok.head.dep_ not in ("ROOT", "ccomp"):
            continue
        subj, passive = subject_token(tok)
        if subj is None or passive:
            continue
        doers = subject_actors(tok, subj, res, cues)  # "said it had approved": the speaker
        if not doers or modality(tok, sent, cues) != "asserted":
            continue
        lemmas = out[0].lemmas if out else _lemmas(sent)  # read once, for the sentence's first deed
        out.append(Done(n, lemmas, tok.lemma_.lower(), tuple(doers), act=True))
    return out


def sayings(n: int, sent, res, raws, says, cues) -> list[Done]:
    """Words said of someone in sentence `n` that coded no event, for a later "the remarks", "the
    comments" (`WORDS`): "Erdogan said Greece was occupying Aegean islands. Athens condemned the
    remarks" condemns Erdogan. Only a verb of saying (`says`: the sentence's `say` triggers) that
    coded nothing, told as done, with an actor as its subject, whose reported clause (or object or
    prepositional phrase) names an actor of another state (what was said is of someone); the
    sentence's coded words are found first."""
    coded = {r.trigger.i for r in raws}
    out: list[Done] = []
    for tok in says:
        if tok.i in coded or tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "conj"):
            continue
        subj, passive = subject_token(tok)
        if subj is None or passive:
            continue
        doers = subject_actors(tok, subj, res, cues)
        if not doers or modality(tok, sent, cues) != "asserted":
            continue
        # what was said, wherever the parser hangs it ("said on Monday Greece was ...")
        said = [t for c in tok.children if c.dep_ in ("ccomp", "prep", "dobj") for t in c.subtree]
        speakers = {m.code for m in doers}
        if not any(m.code not in speakers and not same_state(m.code, speakers)
                   for t in said if (m := res.mention_at(t.i)) is not None):
            continue  # "Erdogan said he was ready": said of no one else
        out.append(Done(n, frozenset(), tok.lemma_.lower(), tuple(doers), words=True))
    return out


def published(n: int, sent, res, verbs: frozenset[str], nouns: frozenset[str]) -> list[Done]:
    """Reports made public in sentence `n` ("Amnesty published a report on torture", "the study
    released by HRW"), by whoever the actors stage named as their subject, for later anaphora."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in tok.children):
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        m = res.mention_at(subj.i) if subj is not None else None
        if m is not None:
            out.append(Done(n, frozenset(), tok.lemma_.lower(), tuple(res.together(m)), published=True))
    return out


def proposed(n: int, sent, res, raws, cues) -> list[Done]:
    """Proposals made in sentence `n` that coded no event, for a later reaction to "the plan", "the
    proposal" or "it": "Washington put forward a peace plan. Moscow rejected the plan", "The
    resolution was drafted by France. Russia vetoed it". Only a verb of proposing
    (`proposal_verbs`, with its particle: "put forward") told as done, whose object (a passive's
    subject) is a noun of a proposal (`proposal_nouns`), by the actor that is its subject or its
    passive's "by" agent; a proposal is announced, not done, as an offer is."""
    coded = {r.trigger.i for r in raws}
    out: list[Done] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in coded or not verb_in(tok, cues.proposal_verbs, ("prt", "advmod")):
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cues.proposal_nouns for c in tok.children):
            continue
        subj, passive = subject_token(tok)
        if passive:
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            m = res.mention_at(agent.i) if agent is not None else None
            doers = res.together(m) if m is not None else []
        else:
            doers = subject_actors(tok, subj, res, cues) if subj is not None else []
        if doers and modality(tok, sent, cues) == "asserted":
            out.append(Done(n, _lemmas(sent), tok.lemma_.lower(), tuple(doers), announced=True))
    return out


def antecedent_target(
    tok, n: int, history: list[Done], exclude: set[str], nouns: dict[str, str], separate: frozenset[str] = frozenset(),
    cessation: frozenset[str] = frozenset(), told=None, code: str = "", pronoun_roots: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The doers of the earlier act that the trigger's definite object names (or, for a reaction
    the act caused, `told`: "The move angered Minsk"), or []. A reaction that objects (`code` of
    `_OBJECTING`) to a shell noun ("the decision", "the move") names the latest deed done to the
    objector's country, when one was done within the window, before the story's latest deed
    ("EU leaders agreed to extend sanctions against Russia. Hungary's Orban backed down. The
    Kremlin dismissed the decision": the EU's, not Orban's)."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    obj = told or ceased(tok, cessation) or obj
    direct = obj
    if obj is None or obj.lemma_.lower() not in nouns:
        obj = _over(tok, obj, nouns)  # "lodged a protest over the incident": what it is about
    if obj is None:
        if code[:2] in pronoun_roots and _thing_pronoun(direct):
            return _pronoun_antecedent(n, history, exclude, separate)
        return _same_word(direct, n, history, exclude, separate)
    if not _definite(obj):
        return []
    noun = obj.lemma_.lower()
    verbs = nouns[noun].split("|")
    if code[:2] == _CONSULT and any(v in _GATHERING for v in verbs):
        return []  # "Oman hosted the meeting", "attended the summit": a part in it, not an act on those who met
    country = _one_country(exclude) if ACT in verbs and code[:2] in _OBJECTING else None
    if country:
        struck = _blow_doers(n, history, WINDOW, lambda c: c[:3] == country, deeds=True)
        if struck:
            return struck
    for done in reversed(history):
        if n - done.n > WINDOW:
            break
        if done.hypothetical:
            continue  # "accusing Minsk of moving migrants to put pressure on the bloc": no pressure was put
        # a reaction to the act is not the act: "The EU imposed sanctions. Minsk called the
        # sanctions illegal. The opposition welcomed the sanctions" welcomes the EU's
        # a statement's speaker made none of what its sentence names: "the U.N. watchdog said Iran
        # had breached the 2015 deal. Israel opposes the deal" opposes no deal of the watchdog's
        named = noun in done.lemmas or any(v[1:] in done.lemmas for v in verbs if v.startswith(SYNONYM))
        # words said in the sentence that names a deed did none of it ("called the detention a coup and
        # urged people to protest": the appeal is no detention), unless the noun names words
        said_only = done.said and WORDS not in verbs and done.trigger != noun
        if (named and not done.reaction and not done.statement and not done.backing and not said_only) or done.trigger in verbs or (ANNOUNCED in verbs and done.announced) or (ACT in verbs and done.act) \
                or (FORCE in verbs and done.force) or (WORDS in verbs and done.words) \
                or (PUBLISHED in verbs and done.published):
            found = _counterparts(done, exclude, separate)
            if found:
                return found
    return []


def _thing_pronoun(obj) -> bool:
    """Whether a reaction's object is "it", which names a thing done or proposed, not an actor."""
    return obj is not None and obj.pos_ == "PRON" and obj.lower_ == "it"


def _pronoun_antecedent(n: int, history: list[Done], exclude: set[str], separate: frozenset[str]) -> list[Mention]:
    """The doers of what a reaction's "it" names ("The United States proposed a truce. The Kremlin
    rejected it", "Parliament passed the bill. The president vetoed it"): the latest act done or
    announced (a proposal, an offer, a plan) of the same or the sentence just before, as a pronoun
    reaches no further; no words said, nothing only hoped for, and no reaction to a reaction."""
    for done in reversed(history):
        if n - done.n > PRONOUN_WINDOW:
            break
        if done.hypothetical or done.reaction or done.statement or done.backing or not (done.act or done.announced):
            continue
        found = _counterparts(done, exclude, separate)
        if found:
            return found
    return []


def _definite(noun) -> bool:
    """Whether a noun is made definite by its determiner or possessive ("the package", "this
    decision", "their release"): only such a noun names an earlier act."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children)


def _same_word(obj, n: int, history: list[Done], exclude: set[str], separate: frozenset[str]) -> list[Mention]:
    """The doers of the latest earlier act told by the very word a definite object is ("House
    Democrats subpoenaed the White House ... The White House called the subpoena a waste of time",
    "police raided the office ... condemned the raid": the noun and the verb are one word), as for
    a noun `anaphoric_nouns` lists; [] for anything else."""
    if obj is None or obj.pos_ != "NOUN" or not _definite(obj):
        return []
    word = obj.lemma_.lower()
    for done in reversed(history):
        if n - done.n > WINDOW:
            break
        if done.trigger != word or done.hypothetical or done.reaction or done.statement:
            continue
        found = _counterparts(done, exclude, separate)
        if found:
            return found
    return []


def _counterparts(done: Done, exclude: set[str], separate: frozenset[str]) -> list[Mention]:
    """The doers of an earlier act who can be whom a reaction to it is aimed at: the source's own
    state is no counterpart, except another of its powers (`separate_powers`); the people, parties
    and businesses of its country may be ("CBP did not accept the offer" of American doctors)."""
    return [m for m in done.sources
            if not (m.code in exclude or (same_state(m.code, exclude) and not _other_power(m.code, exclude, separate)))]


def retaliated(tok, n: int, history: list[Done], sources: list[Mention], verbs: frozenset[str]) -> list[Mention]:
    """Whom a retaliation told with no target answers ("Britain expelled 23 Russian diplomats.
    Moscow vowed to retaliate", "Washington imposed tariffs on Chinese goods. Beijing retaliated
    with tariffs of its own"): the doers of the latest hostile act done to the retaliator's country
    within `RETALIATION_WINDOW` sentences, not of that country (`_blow_doers`); [] when the
    trigger, or the verb its clause hands the act to ("vowed to retaliate") or its object ("vowed
    revenge"), is no `verbs` word."""
    words = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    if not any(w.lemma_.lower() in verbs for w in words):
        return []
    country = _one_country(m.code for m in sources)
    if country is None:
        return []
    return _blow_doers(n, history, RETALIATION_WINDOW, lambda code: code[:3] == country)


def denied(n: int, history: list[Done], sources: list[Mention], tok=None, raws=()) -> list[Mention]:
    """Whom a denial (`answer_codes`) told with no target answers ("Poland said Belarusian
    helicopters had violated its airspace. Belarus denied the incursion", "Britain accused Russia
    of the poisoning. Moscow denied any involvement"): the doers of the latest asserted words of
    conflict (disapproval, rejection, threat: words among `_HOSTILE`) said to the denier's country
    within `RETALIATION_WINDOW` sentences, not of that country; first those of its own sentence
    told before the denial (`raws`: the sentence's events so far; "India accuses Pakistan's
    military intelligence of the assault, but Pakistan denies the allegation"); [] when there are none."""
    country = _one_country(m.code for m in sources)
    if country is None:
        return []
    for r in reversed(raws):
        if (tok is not None and r.trigger.i < tok.i and r.sources and r.modality == "asserted"
                and r.code.startswith(_WORDS) and r.code[:2] in _HOSTILE
                and any(m.code[:3] == country for m in r.targets)):
            found = [m for m in r.sources if m.code[:3] != country]
            if found:
                return found
    return _blow_doers(n, history, RETALIATION_WINDOW, lambda code: code[:3] == country, words=True)


def holders(tok, targets: list[Mention], n: int, history: list[Done], nouns: frozenset[str],
            sources: tuple[str, ...] = ()) -> list[Mention]:
    """Whom an appeal or a demand for someone's release is made to: the doers of the latest
    hostile act done to that someone within `WINDOW` sentences (`_blow_doers`: "Canada detained
    Huawei's finance chief. China demanded her immediate release": Canada, not her). The release
    noun (`nouns`) is the trigger's object or the object of its "for" ("called for their
    release"), and the targets read so far stand in its phrase; with none read, a personal
    possessive names those of the latest blow (`_pronoun_holders`); [] when no earlier act was done
    to them."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    noun = next((o for o in objs if o.lemma_.lower() in nouns), None)
    if noun is None:
        return []
    if not targets:
        return _pronoun_holders(noun, n, history, sources)
    inside = {t.i for t in noun.subtree}
    released = {m.code for m in targets if m.tok_start in inside}
    if not released or len(released) != len({m.code for m in targets}):
        return []
    return _blow_doers(n, history, WINDOW, released.__contains__)


_RELEASED_PRONOUNS = POSSESSIVE_PRONOUNS - {"its"}  # people's possessors: "their/his/her release"


def _pronoun_holders(noun, n: int, history: list[Done], sources: tuple[str, ...]) -> list[Mention]:
    """Whom "their/his/her release" is asked of when the pronoun names no actor: the doers of the
    latest deed done to the asker's own country's people (an arrest, a seizure, an abduction)
    within `RETALIATION_WINDOW` sentences ("China detained two Taiwanese fishermen. Taiwan demanded
    their release": China; "Hamas seized dozens of hostages. Israel demanded their release": Hamas);
    [] for any other possessor, or when no such deed was told (whose people "their" are, when not
    the asker's, is not guessed)."""
    if not any(c.dep_ == "poss" and c.lower_ in _RELEASED_PRONOUNS for c in noun.children):
        return []
    own = {code[:3] for code in sources if code[:3].isalpha() and code[:3] not in NON_COUNTRY}
    if not own:
        return []  # an organisation's people are no country's: "Amnesty demanded their release"
    return _blow_doers(n, history, RETALIATION_WINDOW, lambda code: code[:3] in own, deeds=True)


def _one_country(codes) -> str | None:
    """The one country the actor codes `codes` are of (organisations' heads, `NON_COUNTRY`, are
    none), or None when they are of none or of several."""
    countries = {c[:3] for c in codes if c[:3].isalpha() and c[:3] not in NON_COUNTRY}
    return next(iter(countries)) if len(countries) == 1 else None


def _blow_doers(n: int, history: list[Done], window: int, struck, deeds: bool = False,
                words: bool = False) -> list[Mention]:
    """The doers of the latest asserted hostile act (`_HOSTILE`; `deeds`: a deed, no words;
    `words`: words, no deed) of an earlier sentence, within `window` sentences of sentence `n`,
    done to a side whose code `struck` accepts; the doers `struck` accepts (those it was done to)
    are left out; [] when there is none."""
    for done in reversed(history):
        if n - done.n > window:
            break
        if done.n < n and (done.act or not deeds) and (done.words or not words) and any(struck(code) for code in done.hostile):
            found = [m for m in done.sources if not struck(m.code)]
            if found:
                return found
    return []


def told_act(head, nouns: dict[str, str], undergone: bool = False):
    """The definite noun of an earlier act that caused a reaction rather than undergoing it: the
    subject of the verb `head` ("The move angered Minsk", "The decision drew criticism from
    Minsk"; with `undergone`, a passive one too: "The plan was met with criticism from Beijing"),
    or the agent of its passive ("Minsk was angered by the move"); else None."""
    cands = [c for c in head.children if c.dep_ == "nsubj" or (undergone and c.dep_ == "nsubjpass")]
    cands += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for c in cands:
        if c.lemma_.lower() in nouns and _definite(c):
            return c
    return None


def clause_act_doers(tok, raws, nouns: dict[str, str]) -> list[Mention]:
    """The doers of the deed of the clause that an indefinite shell noun set beside it names
    ("imposed sanctions on Turkey, a move that angered Ankara", "expelled two Dutch diplomats, in a
    move condemned by the Netherlands", "imposed tariffs, a move that drew condemnation from
    Beijing"), when the trigger's act is about that noun (its relative or participle clause) and
    the clause's verb coded a deed done (`raws`: the sentence's events so far); else []."""
    shell = shell_of(tok, nouns)
    if shell is None:
        return []
    head = shell.head
    if shell.dep_ == "pobj" and head.lower_ == "in":
        head = head.head  # ", in a move condemned by X"
    elif shell.dep_ != "appos":
        return []
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # an apposition hangs on the clause's object: the clause's verb did it
    for r in raws:
        if (r.trigger.i == head.i and r.sources and r.modality == "asserted"
                and not r.code.startswith(_WORDS) and not r.anaphoric):
            return list(r.sources)
    return []


def charge_makers(tok, raws, nouns: dict[str, str], res, cues) -> list[Mention]:
    """The makers of the charge that an indefinite noun set beside their clause names, when the
    trigger answers it in a relative clause on that noun whose object the noun is ("accused Russia
    of shelling the plant, a charge Moscow denied", "accused China of hacking, a claim that Beijing
    rejected"): the sources of the asserted words (`_WORDS`) the clause's verb coded (`raws`: the
    sentence's events so far), when the noun names such words (`nouns`: "charge" names "accuse";
    "claim", "allegation" likewise); or the subject of the verb of saying that reports the clause
    ("Kyiv said Russian forces had used chemical weapons, an accusation Moscow denied"); else []."""
    if tok.dep_ != "relcl" or any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and c.tag_ == "WDT")
                                  or (c.dep_ == "dobj" and not (c.i < tok.i and c.lower_ in ("that", "which")))
                                  for c in tok.children):
        return []  # "a charge that angered Moscow": the noun is no object of the answer
    noun = tok.head
    verbs = nouns.get(noun.lemma_.lower(), "").split("|")
    if noun.pos_ != "NOUN" or _definite(noun) or ACT in verbs or FORCE in verbs or noun.dep_ not in _BESIDE:
        return []
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # set beside the clause's object: "used chemical weapons near Pokrovsk, an accusation"
    for r in raws:
        if (r.trigger.i == head.i and r.sources and r.modality == "asserted" and r.code.startswith(_WORDS)
                and (r.trigger.lemma_.lower() in verbs or r.code.startswith("11"))):
            return list(r.sources)
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in cues.charge_reporting_verbs and modality(head.head, head.sent, cues) == "asserted":
        subj, passive = subject_token(head.head)
        if subj is not None and not passive:
            return subject_actors(head.head, subj, res, cues)
    return []


# how the parser hangs a noun set after a clause on that clause's verb ("accused Russia of it, a
# charge Moscow denied": an adverbial noun, an apposition, or taken as a second object or a conjunct)
_BESIDE = frozenset({"npadvmod", "appos", "dobj", "conj", "attr"})


def shell_of(tok, nouns: dict[str, str]):
    """The indefinite shell noun of a deed (`nouns` mapped to "*act": "a move", "a decision") that a
    reaction is about, when the reaction is told in a clause hung on it: a relative clause whose
    subject it is ("a move that angered X"; an act noun's governing verb: "a move that drew
    condemnation"), or a participle modifying it ("a move condemned by X"); else None. "The move"
    names an earlier act (`antecedent_target`)."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        verb = tok.head  # "drew condemnation from Beijing"
    if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in verb.children):
        shell = verb.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        shell = verb.head
    else:
        return None
    if ACT not in nouns.get(shell.lemma_.lower(), "").split("|"):
        return None
    return shell if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in shell.children) else None


def ceased(tok, cessation: frozenset[str]):
    """The act an appeal or a demand asks to stop: the noun of the "to"/"of" phrase of a noun of
    stopping that is the trigger's object or the object of its "for" ("urged an end to the
    violence", "called for a halt to the strikes"), or None."""
    stops = [c for c in tok.children if c.dep_ == "dobj"]
    stops += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    for stop in stops:
        if stop.lemma_.lower() not in cessation:
            continue
        for p in stop.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "of"):
                return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def _over(tok, obj, nouns: dict[str, str]):
    """The anaphoric noun of an "over" phrase of the verb or of its object ("lodged a protest over
    the incident", "protested over the arrests"), or None."""
    for head in (tok, obj):
        if head is None:
            continue
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in COMPLAINT_PREPS:
                for g in p.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in nouns:
                        return g
    return None


def _other_power(code: str, others: set[str], separate: frozenset[str]) -> bool:
    """Whether `code` is another power of its state than every one of `others` of its country: the
    courts, the legislature and former leaders (`separate`) against the executive and each other."""
    def power(c: str) -> str:
        return c[3:6] if c[3:6].lower() in separate else ""
    return all(power(o) != power(code) for o in others if o[:3] == code[:3])
