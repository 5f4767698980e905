"""Event building: one trigger and its sentence -> a `Raw` event (sources, targets, code, modality).

`verb_event` handles verbs and adjectives (their subject and object slots, a folded control
verb's complement, user patterns' role markers, "unless" threats); `noun_event` handles event
nouns ("talks between", "sanctions on"). The slot searches live in `arguments.py`, modality in
`modality.py`; `coder.py` turns each `Raw` into `Event`s, one per source-target pair.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..actors.dictionary import NON_COUNTRY, ROLES, split_code
from ..actors.types import Mention
from .arguments import (
    agent_hung_targets,
    act_doer,
    addressee,
    asked_before,
    beneficiaries,
    undergone_subjects,
    unnamed_addressee,
    adjunct_object,
    attack_doers,
    crowd_protesters,
    doing_clause,
    earlier_dissenters,
    echoed_doers,
    echoed_owners,
    find_targets,
    implied_agent,
    in_place,
    located,
    retaken_from,
    names_an_act_on_someone,
    object_is_act_on_someone,
    office_side,
    office_targets,
    own_authorities,
    own_body,
    own_doers,
    own_people,
    phrase_target,
    reciprocal,
    reflexive,
    struck_home,
    relative_clause,
    seized_from,
    source_phrases,
    subject_actors,
    subjects,
    topic_tokens,
    topics,
    topics_dropped,
    understood_doer,
    understood_state,
    unidentified_forces,
    unnamed_protesters,
    user_roles,
    venues_dropped,
)
from .anaphora import shell_of, told_act
from .lexicon import Pattern
from .modality import clause_chain, infinitive, modality, subject_marked, verb_in
from . import senses
from .senses import LABOUR_STRIKE, labour_strike
from .triggers import in_call, judged_meeting, maker_adjectives, rebutted, rebutted_in_frame
from .roles import (
    SUBJECT_PREPS, Side, agent_mentions, amount_in, between, count_phrases, joint_between, state_body, governing_verb, has_agent, is_passive, on_side, own_act_frame,
    phrase_mentions, prep_words,
    same_side, subject_token, undergone_participle, attributive_participle,
)


@dataclass(slots=True)
class Raw:
    """One trigger's event before pairing: every source and target it names, its code and modality."""

    sources: list[Mention]
    targets: list[Mention]
    code: str
    modality: str
    trigger: object
    sym: bool = False
    reverse_code: str | None = None  # a user pattern's "[a:b]": b from the target to the source
    pattern: object = None  # the lexicon Pattern that coded it (confidence.py reads how specific it was)
    speech: bool = False  # a speech verb coded as what was said
    anaphoric: bool = False  # its target was found through the earlier act its object names (anaphora.py)
    about: object = None  # the noun a reported judgement names its earlier act by ("said the measures were illegal")


def _withheld(m: Mention, sources: list[Mention]) -> bool:
    """Whether a target of a refusal is a generic group of the refuser's own country, named by a
    common noun and given its country by the setting ("refused to extradite the suspects",
    "refused to allow journalists into Gaza", "refused to send troops"): what the refusal keeps
    back or holds, never whom it rejects. Named people stay ("refused to release Navalny")."""
    return m.via in ("agent", "context") and any(m.code[:3] == s.code[:3] for s in sources)


def _countryless_group(m: Mention) -> bool:
    """Whether a mention is a bare role of no country, named by a common noun ("the suspects",
    "journalists" in a story with no country in context): a group, not an actor anyone answers to."""
    return len(m.code) == 3 and m.code in ROLES


def _own_forces(found: list[Mention], cues) -> bool:
    """Whether every actor found is an armed force of a named country (`armed_roles`: "US Marines",
    "Japanese coastguard vessels"), the theme of a show of force (root 15) its state makes."""
    sides = [split_code(m.code) for m in found]
    return bool(sides) and all(country and (role or "").lower() in cues.armed_roles for country, role in sides)


def _asked_of_unnamed(verb, code: str, cues) -> bool:
    """Whether an appeal or a demand (`asking_roots`) says whom it asks in a "that"-clause whose
    subject is a common noun ("demanded that the banks freeze the assets of Russian oligarchs"):
    asked of them, not of an actor deeper in what they are to do. The noun is not checked against
    the actors: the caller asks only when no argument gave a target, so a subject an actor code
    names ("demanded that Russian troops withdraw") is as a rule already the target."""
    return code[:2] in cues.asking_roots and any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" for s in c.children) for c in verb.children)


def _sent_to(verb, res) -> list[Mention]:
    """The actors a "to" phrase of a verb or of its object names, whom the act was for
    ("extradite the suspects to Argentina", "return the migrants to Libya")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]


def hostile_purposes(tok, lexicon) -> set[int]:
    """The tokens of the "to"-infinitives of a verb whose verb is an act of force ("sent drones to
    bomb Hezbollah sites", "deployed jets to strike rebel positions"): what a thing sent is used
    against there is no one it is given to."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and infinitive(c) and any(
                senses.force(q.code) for q in lexicon.lookup("V", c.lemma_.lower())):
            out.update(t.i for t in c.subtree)
    return out


def verb_event(
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
    accord: bool = False,
    themes: frozenset[int] = frozenset(),
    folded_prep: str | None = None,
    aims: frozenset[int] = frozenset(),
) -> Raw | None:
    """The event of a verb or adjective trigger `tok`, its roles read off `role_tok` (the verb
    itself, or the complement a control verb folded in: "refused to meet X"). None when the
    sentence names no one it could be about."""
    cues = lexicon.cues
    if "gather" in p.flags:
        return _gathered(tok, res, lexicon, sent)
    sources, passive, ptargets = subjects(tok, res, lexicon, context, n, code[:2])
    if attributive_participle(tok, res, cues.attributive_participles):
        return None  # "Xi told visiting President Macron that ...": Macron's attribute, no act of Xi's
    if not sources and role_tok == tok and told_of_undergoer(tok, cues):
        return None  # "two Canadians detained in China were released": who they are, no act told
    if passive and not sources and code[:2] in cues.posture_roots and _own_forces(ptargets, cues):
        # "US Marines were deployed in Afghanistan", "Russian troops were put on high alert": forces
        # moved or readied with no doer named are shown by their own side, no act on them
        sources, ptargets = ptargets, []
    if sources and not passive:
        # "The EU criticised Poland, as did Germany": the act's other doers
        sources = sources + [m for m in echoed_doers(tok, res, cues) if all(m.code != s.code for s in sources)]
    if passive and role_tok == tok and ("sym" in p.flags or _accord(tok, cues)) and not agent_mentions(tok, res, cues):
        pair = joint_between(tok, res, p.heads or frozenset())  # "A ceasefire was agreed between Armenia and Azerbaijan"
        if pair:
            return Raw(pair, [], code, modality(tok, sent, cues), tok, sym=True)
    if "experiencer" in p.flags and sources and not passive:
        sources = _angering_doers(tok, res, cues) or sources  # "The recognition of Kosovo by Bhutan angered Serbia"
    shelled = "experiencer" in p.flags and shell_of(tok, cues.anaphoric_nouns) is not None
    # "The move angered Minsk", "Minsk was angered by the move": an earlier deed angered (the coder finds its doer)
    caused = "experiencer" in p.flags and told_act(tok, cues.anaphoric_nouns) is not None
    if shelled:
        sources = []  # "..., a move that angered Ankara": the clause's deed angered (the coder finds its doer)
    if labour_strike(role_tok, code, sources, cues):
        code = LABOUR_STRIKE  # "doctors launched a strike over pay": no force, against their employer or state
    # a weapon fired, launched or used is its doer's means: its adjective, too, names its maker
    # ("fired American-made missiles at X"); one seized is its owner's ("seized Iranian weapons")
    wielded = any(tok.doc[t].lemma_.lower() in cues.weapons for t in themes) and code not in cues.seizure_codes
    handed = code[:2] in cues.gift_roots or wielded
    makers = _makers(tok.doc, themes) if handed else frozenset()
    if handed:
        # "Iranian drones were supplied to Russia": the thing given is no receiver, nor its maker;
        # with no giver named at all, the maker's name on it gives it, as for a thing received
        # ("Russian fighter jets were delivered to Iran"); never the doer of a weapon fired
        kept = _not_makers(ptargets, makers, themes)
        if passive and not sources and code[:2] in cues.gift_roots:
            sources = [m for m in ptargets if m not in kept][:1]
        ptargets = kept
    exclude = Side(sources, res, cues.local_titles)  # by code, but for a clearly other actor of the same code
    prep = folded_prep if role_tok != tok else (None if "content" in p.flags else p.prep)
    # a verb that folded in a complement as itself ("urged Serbia to recognise Kosovo", "called on
    # Russia to withdraw from Ukraine", "threatened to impose tariffs on X") is done to whom it
    # asks, when it names them; else to the complement's target
    own_act = role_tok != tok and not ({"intent", "reject"} & p.flags)
    asked = addressee(tok, p.prep, res, exclude) if own_act else []
    if not asked and not passive and code[:2] in cues.asking_roots:
        # "appealed to China to release the businessman", "asked Congress for aid for Ukraine":
        # whom it asks, before whom the thing asked is for or done to
        asked = asked_before(tok, res, exclude, cues)
    # "Ethiopian forces bombed Mekelle": force done to a place of the doers' own country
    home = struck_home(role_tok, code, res, exclude, cues) if sources and not passive else []
    # "Ukrainian forces recaptured Kherson from Russia": one's own place taken back from another
    home = home or (retaken_from(role_tok, code, res, exclude, cues) if sources and not passive else [])
    if sources and not passive and not asked and not home and reflexive(role_tok, res, exclude, themes):
        # "allowing Washington to focus": an act on the source's own side is no event; but asking
        # another to free one's own ("urged the government to free jailed activists") is an act on whom it asks
        return None
    skip = topics(tok, code, cues, accord)  # "discussed Yemen", "reached a consensus on Myanmar": no counterpart
    skip |= aims  # "agreed to a truce to allow civilians to flee": the purpose names no counterpart
    benefit = beneficiaries(tok, res) if code[:2] in cues.asking_roots and role_tok == tok and not passive else set()
    skip |= benefit  # "demanded a pay rise for nurses": not asked of the nurses
    if code[:2] in cues.victim_clause_roots:
        skip |= undergone_subjects(role_tok)  # "complained that Japanese fishermen were mistreated": not of them
    if "content" in p.flags and p.prep:
        # "welcomed the Warriors to the White House": the row's phrase names no target, even
        # when its object is no actor
        skip |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == p.prep for t in c.subtree}
    if "alone" in p.flags:
        # "China denied that it had supplied weapons to Russia", "denied targeting civilians": the
        # clause tells the doer's own deed it is about, and names no one the act is aimed at
        skip |= {c.i for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")}
    if role_tok != tok:
        skip |= topics(role_tok, code, cues, accord)
    # "rejected criticism over its treatment of the Uighurs", "denied accusations over the killing
    # of protesters": a rejection or a denial answers whoever made what it rejects, never those
    # the thing is about
    answered = (topic_tokens(tok, cues.grievance_preps) if role_tok == tok and (code[:2] in cues.owner_roots or code in cues.answer_codes)
                else frozenset())
    skip |= answered
    if handed:
        skip |= makers
    if code[:2] in cues.gift_roots:
        skip |= hostile_purposes(role_tok, lexicon)  # "sent drones to bomb Hezbollah sites": no gift to Hezbollah
    targets = ptargets or asked
    # "urged the world to punish Russia": asked of someone no code names, not of Russia
    unnamed = ((own_act or code[:2] in cues.asking_roots) and not targets and unnamed_addressee(tok, p.prep)
               and not addressee(tok, p.prep, res, exclude))
    targets = targets or ([] if unnamed else find_targets(role_tok, res, lexicon, exclude, themes, prep, skip, code))
    if not targets and role_tok != tok and not unnamed:
        targets = find_targets(tok, res, lexicon, exclude, themes, p.prep, skip, code)
    # a country named as a doer is its state: its own troops or envoys are not whom it acts on
    # ("Russia and Ukraine agreed to withdraw troops" is an accord of the two)
    targets = [m for m in targets if not on_side(m, exclude) and not own_body(m.code, exclude) and m.tok_start not in benefit]
    targets = [m for m in targets if m.tok_start not in answered]
    # "three US soldiers killed by a stray US bomb in Afghanistan": force its "by" phrase says the
    # doer's own did to its own is never force on the country it happened in instead (below)
    own_struck = (passive and bool(ptargets) and not targets and code[:2] in cues.unknown_attacker_roots
                  and bool(agent_mentions(tok, res, cues)))
    if role_tok != tok and "reject" in p.flags and any(_withheld(m, sources) for m in targets):
        # "refused to extradite the suspects to Argentina": the refuser's own people are what it
        # keeps, the refusal is aimed at whom the act was for
        targets = [m for m in targets if not _withheld(m, sources)] or [
            m for m in _sent_to(role_tok, res) if not _withheld(m, sources) and not on_side(m, exclude)]
        if not targets:
            return None  # "refused to allow journalists into Gaza": no one it names was refused
    elif role_tok != tok and "reject" in p.flags and targets and all(_countryless_group(m) for m in targets):
        # "refused to hand over the suspects to Britain" with no country for the suspects: the
        # refusal is aimed at whom the act was for, when the act names one
        targets = [m for m in _sent_to(role_tok, res) if not on_side(m, exclude) and not _countryless_group(m)] or targets
    targets = targets or home
    targets = _off_venue(role_tok, targets, code, p, cues)  # "the ministers met in Geneva": not with Switzerland
    if not sources and not passive and targets and code[:2] in cues.dissent_roots:
        sources = crowd_protesters(role_tok, targets, res, cues)  # "Thousands rallied against the government"
    if len(sources) > 1 and (joint or "sym" in p.flags or _accord(tok, cues)):
        targets = venues_dropped(role_tok, targets, cues)  # "X and Y exchanged insults at the UN": with each other
        if "sym" in p.flags or joint:
            # "X and Y traded barbs over migrants", "X and Y failed to reach an agreement on Taiwan"
            # (a joint act folded into a refusal or failure): about them, the sides act on each other
            targets = topics_dropped(role_tok, targets, cues)
    if not targets and sources:
        targets = adjunct_object(role_tok, res, exclude)  # "..., accusing it of abandoning the hostages"
    echo = None
    if not targets and sources and tok.lemma_.lower() in cues.rebuttal_verbs:
        # "will dismiss any criticism, as it has that from Britain": the rebuttal the echo tells, done
        echo, targets = echoed_owners(tok, res, cues)
        targets = [m for m in targets if not on_side(m, exclude)]
    if not sources and not passive and _general_gerund(tok):
        return None  # "Detaining journalists is a crime": a claim about such acts, none done
    understood_by = not sources and not passive and tok.dep_ == "csubj" and tok.tag_ == "VBG" and role_tok == tok
    if understood_by:
        sources = understood_state(tok, code, res, cues)  # "banning most rallies has closed off a peaceful avenue"
        exclude = Side(sources, res, cues.local_titles)
    elif not sources and passive and role_tok == tok and not has_agent(tok):
        # "a curfew was imposed in the capital", "rallies were banned": the state's own restriction
        # (a "by" phrase says its doer, even one naming no actor: "was imposed by the storm")
        sources = understood_state(tok, code, res, cues)
        exclude = Side(sources, res, cues.local_titles)
    if not sources and not targets:
        return None
    if not sources and not passive and tok.dep_ in ("pcomp", "amod", "acl", "compound", "pobj", "advcl"):
        return None  # a verb inside another event's phrase with no subject of its own
    if not sources and not passive and targets:
        reported = {t.i for c in tok.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        if all(m.tok_start in reported for m in targets):
            return None  # "..., an official said": an unknown speaker does nothing to the clause's subject
    if own_act:
        mod = modality(tok, sent, cues)  # "urged Russia not to attack": the urging happened
    else:
        mod = modality(role_tok, sent, cues, folded_into=tok if role_tok != tok else None)
        if role_tok != tok and mod == "asserted":
            mod = modality(tok, sent, cues)
    if echo is not None and targets:
        mod = modality(echo, sent, cues)
    if understood_by and sources and mod != "asserted":
        return None  # "banning rallies would be a mistake": whether it was done, its clause leaves open
    if "user" in p.flags:
        sources, targets = user_roles(tok, p, res, sources, targets, cues)
        if not sources and not targets:
            return None
        if not targets and sources and not (len(sources) > 1 and reciprocal(tok, cues)):
            # as for the built-in patterns: the nearest actor in the verb's own phrase
            # ("SAID * WAS_PLEASED": "said it was pleased with Peru")
            targets = phrase_target(tok, res, cues, {m.code for m in sources}, passive)
        mod = _absorbed(mod, p, cues)
    else:
        cond = _condition(role_tok, cues) or (_condition(tok, cues) if role_tok != tok else None)
        if cond is not None and _threatened_act(role_tok, lexicon):
            cond = None  # "threatened to impose tariffs unless ...": the threatening verb is the threat
        threat = lexicon.recode(cues.threat, code) if cond is not None else None
        if threat:  # "will boycott the elections unless the president steps down"
            code, mod = threat, ("negated" if mod == "negated" else "asserted")
            if not targets:
                subj, _ = subject_token(cond)
                found = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
                targets = [m for m in found if m.code not in exclude]  # a party may threaten its own state
        if not targets and sources and code[:2] in cues.location_roots and not (
                len(sources) > 1 and ("sym" in p.flags or reciprocal(role_tok, cues))):
            # (a joint act's place is where its doers met: "the army and the RSF clashed in
            # Omdurman" is a clash between them, no force on Sudan)
            targets = located(role_tok, res, exclude) or (located(tok, res, exclude) if role_tok != tok else [])
            targets = [m for m in targets if not _meeting_venue(role_tok, m, code, cues)]  # "boycotted the talks in Tokyo"
        if not targets and sources:
            # "crushed the protests", "imposed a curfew": the doer's own people
            targets = own_people(role_tok, code, "people" in p.flags and role_tok == tok, sources, cues)
        together = len(sources) > 1 and (joint or "sym" in p.flags or reciprocal(role_tok, cues) or _accord(tok, cues))
        if not targets and sources and not together and not accord and not object_is_act_on_someone(role_tok, code, lexicon, res) \
                and not _asked_of_unnamed(role_tok, code, cues):
            # no argument names a target: the nearest actor inside the verb's own phrase
            # ("rejected a Senegalese peace plan", "threatened to resume attacks in Israel"); an
            # accord is with a counterpart its arguments name, never an actor of its topic
            # ("failed to reach a consensus on the crisis in Myanmar")
            reactors = lexicon.third_parties
            targets = phrase_target(role_tok, res, cues, exclude, passive, skip=skip, code=code, themes=themes,
                                    reactors=reactors) or (
                phrase_target(tok, res, cues, exclude, passive, skip=skip, code=code, themes=themes, reactors=reactors)
                if role_tok != tok else []
            )
            targets = _off_venue(role_tok, targets, code, p, cues)
        if not targets and sources and not together and not _on_meeting(role_tok, cues):
            # "students marched to demand free education"; a boycott of a meeting is of the meeting
            # ("China boycotted the conference"), not against the boycotter's government
            targets = own_authorities(role_tok, code, sources, res, cues)
        if targets and sources and _business_venue(sources, targets, tok.doc, cues):
            return None  # "the company plans to list shares in London": its business there, no act on Britain
        if unnamed:
            targets = []  # "urged the international community to pressure India": not India, whom no code names
    if handed:
        targets = _not_makers(targets, makers, themes)  # "gave its troops Iranian drones": no aid to Iran
    if code in cues.seizure_codes:
        targets = seized_from(role_tok, targets, cues)  # "seized cocaine in Gujarat": no one's
    if "attackers" in p.flags:
        # "repelled a Russian attack on Kharkiv": force against who made the attack, never whom
        # or where it was made on; no attacker named, no event
        acts = [c for c in role_tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in p.heads]
        targets = [m for a in acts for m in own_doers(a, res, ("by", "from"), cues) if not on_side(m, exclude)]
        if not targets:
            return None
    backed = _backed_force(role_tok, code, res, exclude, lexicon) if role_tok.pos_ in ("VERB", "AUX") else None
    if backed is not None:
        targets = backed  # "Britain backed military strikes against Iran": no backing for Iran
        if not targets:
            return None
    if not sources and code[:2] in cues.unknown_attacker_roots:
        # "were killed by an improvised explosive device outside the Iraqi city of Basra": CAMEO
        # codes an attack with no named attacker to the unidentified armed forces (UAF) of the
        # country it happens in
        sources = attack_doers(tok, res, lexicon) or unidentified_forces(tok, res, cues)
    if "experiencer" in p.flags:
        # "Trump's remarks infuriated Mexico": the one angered disapproves of who angered it
        if caused and sources and not targets:
            targets, sources = sources, []  # "Minsk was angered by the move": the passive's subject feels it
        if not targets or not (sources or shelled or caused):
            return None
        sources, targets = targets, sources
    if own_struck and targets and all(len(m.code) == 3 for m in targets):
        return None
    raw = Raw(sources, targets, code, mod, tok, sym=joint or "sym" in p.flags, reverse_code=p.reverse_code)
    if len(sources) > 1 and not targets and (raw.sym or reciprocal(role_tok, cues) or _accord(tok, cues)
                                             or _facing(role_tok, code, sources, cues)):
        raw.sym = True
    return raw


def _facing(tok, code: str, sources: list[Mention], cues) -> bool:
    """Whether two states' show of force is told along the line they share, so that each side
    faces the other: a military posture (root 15) of doers of two countries or more whose phrase
    names a definite frontier with no third state ("both countries massing troops along the
    border"; `frontier_nouns`), as "their border" makes it mutual; "along the border with China"
    names its target itself."""
    if code[:2] != "15" or len({m.code[:3] for m in sources}) < 2:
        return False
    return any(t.lemma_.lower() in cues.frontier_nouns and any(d.lower_ == "the" for d in t.children)
               and not any(c.dep_ == "prep" for c in t.children) for t in tok.subtree)


def _angering_doers(verb, res, cues) -> list[Mention]:
    """Who did the deed an experiencer verb's subject names in a "by" phrase: "The recognition of
    Kosovo by Bhutan angered Serbia", "the seizure of the tanker by Iran alarmed Britain" (Bhutan's
    and Iran's deeds, not Kosovo's or the tanker's); [] for a subject with no "by" phrase, whose
    own first actor stands ("Trump's remarks infuriated Mexico")."""
    subj, passive = subject_token(verb)
    if subj is None or passive or not any(c.dep_ == "prep" and c.lower_ == "by" for c in subj.children):
        return []
    return own_doers(subj, res, ("by",), cues)


def _makers(doc, themes: frozenset[int]) -> frozenset[int]:
    """The tokens of the adjectives of a thing given (`themes` of an aid, `gift_roots`) or of a
    weapon fired or used: "Iranian", "Israeli-made" in "gave Syria Iranian drones", "Israeli-made
    drones" name its maker, never its receiver. A noun before it is left alone: the parser glues the receiver there ("gave Ukraine
    American missiles", "sent Ukraine Leopard tanks")."""
    heads = [doc[th] for th in themes]
    heads += [c for h in heads for c in h.children if c.dep_ == "compound" and c.i < h.i]  # "Russian fighter jets"
    return frozenset(t.i for h in heads for c in h.children if c.dep_ == "amod" and c.i < h.i for t in c.subtree)


def _not_makers(found: list[Mention], makers: frozenset[int], themes: frozenset[int]) -> list[Mention]:
    """The mentions that are neither a thing given's maker (`_makers`) nor the thing itself
    ("Russian tanks", resolved as Russia's forces)."""
    return [m for m in found if not any(m.tok_start <= i < m.tok_end for i in themes)
            and not any(i in makers for i in range(m.tok_start, m.tok_end))]


def _off_venue(tok, targets: list[Mention], code: str, p, cues) -> list[Mention]:
    """The targets of a meeting (a joint act, `sym`, of `venue_roots`: "met", "talked", "held
    talks") that are not its venue: "the two foreign ministers met in Geneva", "officials met at
    Sharm el-Sheikh" met no one of Switzerland or Egypt; "met with X in Geneva" still meets X, a
    body that is its own place ("held talks at the White House", "at the Kremlin") is met there,
    and a visit (no joint act) is to its place."""
    targets = [m for m in targets if not _gathering_host(tok.doc, m, cues) and not _meeting_venue(tok, m, code, cues)]
    if "sym" not in p.flags or code[:2] not in cues.venue_roots:
        return targets
    targets = [m for m in targets if not _called_from(tok, m, cues)]
    kept = venues_dropped(tok, targets, cues)
    return [m for m in targets if m in kept or split_code(m.code)[1] is not None]


def _gathering_host(doc, m: Mention, cues) -> bool:
    """Whether a mention names the body whose gathering (`gathering_nouns`) is where an act
    happened, after a `gathering_preps` preposition: "met at the EU summit", "agreed to meet on the
    sidelines of the UN General Assembly" (the body's own name may end in the gathering's noun).
    The body hosts the setting; it is no party to the act."""
    t = doc[m.tok_start]
    while t.head != t and m.tok_start <= t.head.i < m.tok_end:
        t = t.head  # the mention's head: "Assembly" of "the UN General Assembly"
    if t.lemma_.lower() not in cues.gathering_nouns:
        if t.dep_ not in ("compound", "poss", "amod", "nmod") or t.head.lemma_.lower() not in cues.gathering_nouns:
            return False
        t = t.head  # "the EU summit"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in cues.gathering_nouns:
        t = t.head.head  # "the sidelines of the UN General Assembly"
    return t.dep_ == "pobj" and t.head.lower_ in cues.gathering_preps


def _meeting_venue(tok, m: Mention, code: str, cues) -> bool:
    """Whether a place's mention is only where a meeting (`meeting_nouns`) the act is on or at is
    held: after a place preposition hung on the meeting's noun ("walked out of the talks in
    Vienna", "a summit with Kim in Hanoi") or on a clause of it ("the talks, which were held in
    Vienna"), or on the trigger whose object the meeting is
    ("boycotted the conference in Tokyo") or that is set at it ("apologised at the forum in
    Davos"). The place is no party to attending, leaving or boycotting it, nor to what is said
    there; a body that is its own place ("talks at the Kremlin"), force done where it happens
    (`location_roots` but protest: "bombed a meeting of militants in Quetta") and a trip to the
    meeting (`visit_codes`: "left for talks in Washington") are left alone."""
    force = code[:2] in cues.location_roots and code[:2] not in cues.dissent_roots
    if split_code(m.code)[1] is not None or force or code in cues.visit_codes:
        return False
    if not in_place(tok.doc, m, cues.place_preps | _AT):
        return False
    t = tok.doc[m.tok_start]
    while t.dep_ != "pobj" or t.head.lower_ not in cues.place_preps | _AT:
        t = t.head  # the place phrase's object, as `in_place` found it
    host = t.head.head
    if host.dep_ in ("relcl", "acl") and host.head.lemma_.lower() in cues.meeting_nouns:
        host = host.head  # "the talks, which were held in Vienna", "talks hosted in Doha"
    if host.lemma_.lower() in cues.meeting_nouns:
        return True
    return host.i == tok.i and (_on_meeting(tok, cues) or _at_meeting(tok, cues))


_AT = frozenset({"at"})  # "talks at Camp David": a place, as `place_preps` are


def _at_meeting(verb, cues) -> bool:
    """Whether a verb's act is set at a meeting (`meeting_nouns`) a `gathering_preps` phrase of
    it names: "apologised at the forum in Davos", "spoke during the talks in Cairo" (the second
    place phrase the parser hangs on the verb is the meeting's place)."""
    return any(c.dep_ == "prep" and c.lower_ in cues.gathering_preps and g.dep_ == "pobj"
               and g.lemma_.lower() in cues.meeting_nouns for c in verb.children for g in c.children)


def _on_meeting(verb, cues) -> bool:
    """Whether a verb acts on a meeting (`meeting_nouns`), its object or the object of a
    preposition other than a place's, through particles: "boycotted the conference", "withdrew
    from the forum", "walked out of the talks"; not "rallied outside the summit"."""
    heads = [verb]
    while heads:
        h = heads.pop()
        for c in h.children:
            if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in cues.meeting_nouns:
                return True
            if c.dep_ in ("prep", "prt") and h.dep_ != "pobj" and c.lower_ not in cues.place_preps | _AT:
                heads.append(c)
    return False


def _called_from(tok, m: Mention, cues) -> bool:
    """Whether a meeting's or call's mention is where its doer took part from, the object of an
    `origin_preps` phrase of the trigger itself: "spoke by phone from the White House", "phoning
    in from London", "joined the talks from Moscow by video link" held no talks with the place."""
    return in_place(tok.doc, m, cues.origin_preps, on=tok)


def _business_venue(sources: list[Mention], targets: list[Mention], doc, cues) -> bool:
    """Whether a firm (`commercial_roles`) is told to do business in a place, and only that place
    is near: "expressed its intention to list shares in London", "plans to sell its assets in
    Nigeria" are business, not acts on the place's state (WILD.md: company business without a
    political actor is no event)."""
    if not all((split_code(m.code)[1] or "").lower() in cues.commercial_roles for m in sources):
        return False
    return all(split_code(m.code)[1] is None and in_place(doc, m, cues.place_preps | cues.venue_preps) for m in targets)


def _accord(tok, cues) -> bool:
    """Whether the trigger is a verb of accord (`accord_verbs`): "India and China agreed to pull
    back troops" is an accord of the two, whatever it is to do."""
    return tok.lemma_.lower() in cues.accord_verbs


def _condition(tok, cues):
    """The "unless ..." clause of the trigger's clause chain, if any."""
    for v in clause_chain(tok):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in c.children):
                return c
    return None


def _threatened_act(tok, lexicon) -> bool:
    """Whether a verb of threatening governs the trigger ("threatened to impose tariffs unless
    Mexico curbed migration"): its condition makes that verb's event a threat, coded on it, not a
    second threat of the act threatened."""
    return any(p.code[:2] == "13" for v in clause_chain(tok)[1:] for p in lexicon.lookup("V", v.lemma_.lower()))


def _absorbed(mod: str, p: Pattern, cues) -> str:
    """A user pattern that spells out its negation or modal ("WILL NOT *", "SAID WOULD *")
    has its own code for it: the clause is coded as asserted."""
    words = {w for slot in p.before + p.after for alt in slot.alts for w in alt}
    if mod == "negated" and words & cues.negation:
        return "asserted"
    if mod == "hypothetical" and words & (cues.hypothetical_aux | cues.hypothetical_marks):
        return "asserted"
    return mod


def _undone(tok, code: str, verb, dep: str, cues) -> bool:
    """Whether a measure noun (`undone_codes`: "sanctions", "tariffs", "export curbs", "a curfew")
    is what an `undoing_verbs` verb takes away: its object ("revoked sanctions on Venezuela",
    "rolled back export curbs") or the subject of its passive ("the tariffs were paused")."""
    if verb is None or dep not in ("dobj", "via-dobj", "nsubjpass") or not code.startswith(tuple(cues.undone_codes)):
        return False
    return verb_in(verb, cues.undoing_verbs, ("prt", "advmod"))  # "rolled back": "back" a particle or an adverb


def _occasion(tok, dep, code: str, cues) -> bool:
    """Whether the noun names an occasion of the clause's own subject, who then did it:
    - a visit (`occasion_codes`) "during" or "on" which it acted (`occasion_preps`): "Kishida
      announced aid during a visit to Kyiv"; not talks: "protesters rallied during talks with
      China" did not talk;
    - talks with someone (`sequel_codes`) "after" or "following" which it acted (`sequel_preps`):
      "After talks with Erdogan, Putin said ...";
    - a call (`call_codes`) "in", "during" or "on" which it spoke (`call_preps`): "told Trump in a
      phone call that ...";
    - a verbal act (`manner_roots`) "in" which it acted (`manner_preps`): "in a rebuke to Trump,
      the Senate voted ..." is the Senate's rebuke."""
    if dep != "prep" or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ in cues.sequel_preps and code in cues.sequel_codes:
        # "After talks with Erdogan, Putin said": the subject held them, with whom they name
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if tok.head.lower_ in cues.setting_preps and code in cues.sequel_codes and _held_there(tok, cues):
        return True  # "At a meeting with Erdogan, Putin agreed ...": the subject's talks
    if in_call(tok, code, cues):
        return True  # "told Trump in a phone call that ...": the speaker's call
    if tok.head.lower_ in cues.manner_preps and code[:2] in cues.manner_roots:
        return True  # "in a rebuke to Trump, the Senate voted ...": the manner of the subject's act
    return tok.head.lower_ in cues.occasion_preps and code in cues.occasion_codes


def _held_there(tok, cues) -> bool:
    """Whether talks "at", "in" or "during" which a clause happened (`setting_preps`) were its
    subject's: they name a counterpart ("with"), have no holder of their own ("Biden's meeting with
    Xi"), and a `fronted_setting_preps` phrase stands before the subject ("During talks with Modi,
    Biden said ...", not "protesters rallied during talks with China")."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    if tok.head.lower_ in cues.fronted_setting_preps:
        verb = tok.head.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and tok.head.i < subj[0].i
    return True


def _talked_about(tok, lexicon) -> bool:
    """Whether the noun is the topic of a consultation noun ("talks on a peace treaty", "a meeting
    about security cooperation", `topic_preps` of a `topic_roots` noun): what the talks are about,
    not an act their holders did."""
    cues = lexicon.cues
    t = tok
    while t.dep_ in ("pobj", "compound", "conj") and t.head != t:
        head = t.head
        if (t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in cues.topic_preps
                and head.head.pos_ == "NOUN"
                and any(q.code[:2] in cues.topic_roots for q in lexicon.lookup("N", head.head.lemma_.lower()))):
            return True
        t = head if t.dep_ != "pobj" else head.head
    return False


_DEMONSTRATIONS = frozenset({"140", "141"})  # a protest or demonstration held, no strike or hunger strike


_FOR_WHAT = frozenset({"for", "of"})  # "blamed X for the war", "accused X of attacks": what X did
_JUDGING_ROOTS = ("05", "11")  # praise and thanks, disapproval and accusation


def _judged_for(verb, res, lexicon) -> tuple[list[Mention], bool]:
    """The actors a verb of judging (praise, thanks, blame, accusation: `_JUDGING_ROOTS`) takes as
    its direct object, whose act its "for"/"of" phrase names, and whether the verb blames (root 11:
    the act is only alleged); ([], False) for any other verb."""
    roots = {q.code[:2] for q in lexicon.lookup("V", verb.lemma_.lower())}
    if not roots & set(_JUDGING_ROOTS):
        return [], False
    return [m for c in verb.children if c.dep_ == "dobj" for m in phrase_mentions(c, res, SUBJECT_PREPS)], "11" in roots


def refused_act(tok, comp, code, res, lexicon, sent, context, n, aims: frozenset[int] = frozenset()) -> Raw | None:
    """The event of a noun of refusal that folded in its infinitive ("Germany's refusal to send
    tanks to Ukraine", "Pyongyang's refusal to return to talks"): the act refused is read as its
    verb is (its doer the noun's owner, its target the act's), coded `code` (the rejection the
    fold gave), with the noun's own modality: the refusal is told as done."""
    obj = comp.obj
    themes = frozenset({obj.i}) if obj is not None and obj.pos_ != "VERB" and "patient" not in comp.pattern.flags else frozenset()
    # the roles are the act's own, read with its own code ("refusal to lift sanctions on Cuba": Cuba's)
    raw = verb_event(comp.tok, comp.tok, comp.pattern.code, comp.pattern, res, lexicon, sent, context, n,
                     themes=themes, aims=aims)
    if raw is None:
        return None
    governor, _dep = governing_verb(tok, lexicon.cues.quantity_nouns)
    return replace(raw, code=code, modality=modality(tok, sent, lexicon.cues, governor=governor), trigger=tok)


def noun_event(tok, code, p, res, lexicon, sent) -> Raw | None:
    """The event of a noun trigger ("talks between X and Y", "X's sanctions on Y", "held talks
    with Y"): its own phrase first, else its governing verb's subject."""
    cues = lexicon.cues
    targets: list[Mention] = []
    doing = None  # the clause that tells who did it ("the strikes that Israel carried out")
    sym = "sym" in p.flags
    verb, dep = governing_verb(tok, cues.quantity_nouns)
    if (verb is None and tok.dep_ == "pobj" and tok.head.lower_ in cues.sequel_preps and tok.head.dep_ == "prep"
            and tok.head.head.pos_ in ("VERB", "AUX")):
        verb, dep = tok.head.head, "prep"  # "Following talks with China, Vietnam ...": tagged a verb, used as "after"
    governor = verb  # whose modality the noun shares ("talks are planned", "his sentencing is scheduled")
    if _undone(tok, code, verb, dep, cues):
        return None  # "revoked sanctions on Venezuela": a measure taken away, not imposed
    # "the normalisation of relations between X and Y": ties made are both sides' act, whose pair
    # may hang off the ties (a suspension of talks between X and Y may be one side's)
    themes = [g for c in tok.children if sym and code[:2] == "05" and c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    pair = next((found for g in (tok, *themes) if (found := between(g, res))), [])
    if not pair and sym:
        pair = joint_between(tok, res)  # "Clashes broke out between police and protesters"
    # a mediation's "between" pair are the sides it is done to, never each other's mediators:
    # "Egypt's mediation between Israel and Hamas", "the mediation by Qatar between Russia and Ukraine"
    mediated = code in cues.mediation_codes
    if pair and not mediated:
        return Raw(pair[:1], pair[1:], code, modality(tok, sent, cues, governor=governor), tok, sym=True)
    if tok.lemma_.lower() in cues.leaving_nouns and not (p.prep == "of" and p.heads):
        # (a row naming what its "of" phrase gives up is no leaving: "the withdrawal of the bill")
        return _leaving(tok, code, res, cues, sent, verb if dep in ("dobj", "via-dobj") else None, governor)
    # "sparked outrage among teachers": a reaction's own people
    doer_preps = cues.source_preps | cues.reaction_preps if code[:2] in cues.provoked_roots else cues.source_preps
    if "given" in p.flags:
        # "received US-made jets from Israel": a thing got is the act of whom it is got from; its
        # maker ("Iran received Russian fighter jets") only when no one else gives it
        sources = (source_phrases(tok, res, cues.source_preps, cues, first=True)
                   or (source_phrases(verb, res, cues.source_preps, cues, first=True) if verb is not None else [])
                   or [m for a in maker_adjectives(tok) for m in phrase_mentions(a, res, SUBJECT_PREPS)][:1])
    else:
        sources = own_doers(tok, res, doer_preps, cues)  # "Russia's invasion", "sanctions by the EU"
        if not sources:
            # "the accusations made by Colombia", "the strikes that Israel carried out"
            doing, sources = doing_clause(tok, res, cues)
            if doing is not None and _offered(tok, doing, lexicon):
                doing, sources = None, []  # "the talks that Iran offered", "the aid offered by Japan": an offer
    exclude = {m.code for m in sources}
    skip = topics(tok, code, cues)  # "talks on Syria": what they are about
    for prep in cues.target_preps:
        if prep in doer_preps:
            continue
        for c in [*tok.children, *count_phrases(tok, cues.quantity_nouns)]:
            if c.dep_ == "prep" and c.lower_ == prep and c.i not in skip:
                targets = [m for g in c.children if g.dep_ == "pobj" for m in _acted_on(g, res, exclude, cues)]
            if targets:
                break
        if targets:
            break
    if not targets:
        # "the offensive by Israeli forces on Gaza": the act's target hung on its doer's phrase;
        # only whom the phrase itself names ("an attack by jihadists on an army post in Mali" is
        # not on Mali: the dead it left are its targets)
        targets = [m for c in agent_hung_targets(tok, cues) for g in c.children if g.dep_ == "pobj"
                   for m in phrase_mentions(g, res, frozenset({"of"}), skip=exclude)
                   if not _doers_own(m, exclude, g.doc)]
    targets = _states_own(targets, sources, code, cues)  # "WASHINGTON - China's jailing of activists": China's
    if not targets and mediated:
        targets = [m for m in pair if not on_side(m, exclude)]
    if not targets:
        targets = _theme_counterparts(tok, p, res, exclude, cues)  # "the suspension of talks with the US"
    if not targets and doing is not None:
        targets = _clause_targets(doing, res, exclude, cues)  # "the airstrikes Trump ordered against Syria"
    if not targets and code[:2] in cues.asking_roots:
        targets = _asked_subject(tok, res, exclude)  # "China's demand that Japan withdraw its ships"
    judged = verb is not None and dep == "dobj" and any(
        judged_meeting(tok, p, q.code, cues) for q in lexicon.lookup("V", verb.lemma_.lower()))
    if judged:
        # the judged deed was done whatever is said of its judgement: "did not condemn Russia's
        # invasion", "refused to criticise Hungary's support for Russia", "urged China to condemn
        # Russia's invasion": the invasion and the support happened; only the noun's own words count
        governor = None
        if not sources:
            return None  # "Washington criticised their talks with Iran": held by someone unsaid, not the judge
        if not targets:
            # "Macron hailed his meeting with Xi": the parser hangs the counterpart on the verb
            targets = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj" for m in _acted_on(g, res, exclude, cues)]
    if not targets and sources and dep == "prep" and code[:2] in cues.defied_roots:
        defied = _defied(tok, verb, sources, res, cues)
        if defied:
            return Raw(sources, defied, code, modality(tok, sent, cues), tok)
    undergo = ((dep in ("dobj", "via-dobj") or (dep == "prep" and amount_in(tok, cues.quantity_nouns))) and verb is not None
               and (verb.lemma_.lower() in cues.undergo_verbs
                    or (verb.lemma_.lower() in cues.provoking_verbs and code[:2] in cues.provoked_roots))
               and not any(c.dep_ == "prt" for c in verb.children))  # "drew up sanctions" is no undergoing
    under = dep == "prep" and (undergone_in_frame(tok, verb, cues)  # "came under fire", "was met with protests"
                               or held_in_frame(tok, verb, code, cues))  # "the suspect is in custody"
    if under:
        put = _put_under(tok, verb, code, sources, res, cues, sent)
        if put is not None:
            return put
    if undergo or under or _undergo_noun(tok, dep, cues):
        undergone = _undergone(tok, verb, code, sources, res, lexicon, sent)
        if undergone is not None and undergone.sources:
            return undergone
        if undergone is not None and _undergone_itself(tok, verb, cues):
            # no doer named: never the subject itself ("Russia faces sanctions over its war")
            # "criticism from analysts" names a doer that is no actor: no event either
            unnamed = code[:2] in cues.unnamed_doer_roots and not _doer_phrase(tok, verb, cues)
            if not unnamed and not _doer_phrase(tok, verb, cues) and _attacked_in_words(tok, undergone.targets, cues):
                undergone.code = "111"  # "Warren was under near-constant attack": criticised, as `_verbal_attack` reads
                return undergone
            return undergone if unnamed else None
    if (dep in ("dobj", "via-dobj", "nsubjpass") and verb is not None and rebutted(p, verb, cues)) or (
            dep == "prep" and rebutted_in_frame(tok, p, verb, cues)):
        return _rebutted(tok, verb, code, sources, targets, res, cues, sent)
    speaker = _judging_speaker(tok, p, lexicon) if dep == "nsubj" else None
    if speaker is not None:
        return _rebutted(tok, speaker, code, sources, targets, res, cues, sent)  # "said the accusations by London were absurd"
    # an event noun borrows its governing verb's subject only as that verb's object ("held
    # talks", "allocated billions in aid"), through a frame of doing ("responded with sanctions")
    # or when it is a light noun ("support", "aid"); a light noun another preposition hangs on the
    # verb is an act talked about, asked for or undergone, not done: "hinted at sanctions",
    # "called for sanctions", "is grappling with the sanctions on Russia"
    occasion = _occasion(tok, dep, code, cues)
    speaking = _speaker_call(tok, verb, code, lexicon) if occasion else None
    if speaking is not None:
        verb = governor = speaking  # "Macron said the truce must hold, in calls with Netanyahu": Macron's calls
    framed = dep == "prep" and (own_act_frame(tok, verb, cues.own_act_frames, cues.quantity_nouns)
                                # "Lavrov is in talks with his Turkish counterpart": a joint act one is in
                                or (sym and own_act_frame(tok, verb, cues.joint_act_frames, cues.quantity_nouns)))
    talked = dep == "prep" and "light" in p.flags and not (framed or occasion)
    # the passive subject of a verb whose object is the act itself (`doing_verbs`) is done by its
    # agent, as its object is by its subject: "airstrikes were ordered by Trump", "talks were held
    # by X"; not of any other verb ("the visit was criticised by China")
    done_to = dep == "dobj" or (dep == "via-dobj" and _measured(tok, verb, cues)) or (
        dep == "nsubjpass" and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in cues.doing_verbs)
    if verb is not None and not (done_to or "light" in p.flags or occasion or framed):
        verb = None
    if verb is not None and dep == "prep" and done_after(tok, cues) and not (occasion or framed):
        verb = None  # "since the detention of the journalists, their families have heard nothing": not theirs
    if not targets and verb is not None and dep == "nsubj" and verb.lemma_.lower() in cues.aiming_verbs:
        # "The sanctions, announced by the Treasury on Friday, target three Iranian officials"
        targets = [m for c in verb.children if c.dep_ == "dobj" for m in _acted_on(c, res, exclude, cues)]
    if verb is not None and dep == "nsubj":
        verb = None  # "the detention of dissidents drew criticism": the verb's subject is the act itself
    if verb is not None and dep == "nsubjpass" and not done_to and _judged(verb, lexicon):
        verb = None  # "the detention of Uighurs was condemned by rights groups": the agent judges the act, not does it
    if verb is not None and dep == "dobj" and not sym and _labelled(tok, verb, lexicon):
        # "Maduro called the sanctions criminal": the label judges the act, not does it (talks one
        # calls a success are mostly one's own)
        verb = None
    if verb is not None and dep == "prep" and code[:2] in cues.provoked_roots and tok.head.lower_ in cues.circumstance:
        verb = None  # "amid anger at the government, traders closed their shops": the mood, not the traders' act
    if verb is not None and dep != "dobj" and _talked_about(tok, lexicon):
        verb = None  # "held talks on a peace treaty": the treaty is what they talked about, not signed
    alleged = False
    if not sources and verb is not None and dep == "prep" and tok.head.lower_ in _FOR_WHAT:
        judged, blames = _judged_for(verb, res, lexicon)
        if judged:
            # "Trump blamed Zelenskiy for the war with Russia", "praised Qatar for its mediation":
            # what one is judged for is one's own act, never the judge's; blamed for, only alleged
            alleged = blames
            sources, verb = judged, None
            exclude = {m.code for m in sources}
            targets = [m for m in targets if not same_side(m.code, exclude)]
    # the doer is the verb's, not the noun's own (a possessive pronoun owns it: "reviewed its sanctions")
    borrowed = not sources and verb is not None and not any(c.dep_ == "poss" for c in tok.children)
    if not sources and verb is not None:
        # "the SFO said it had opened an investigation": the speaker; "the two sides were locked
        # in talks": the frame's passive subject
        sources = _verb_doers(verb, res, cues, framed=framed)
        exclude = {m.code for m in sources}
        targets = [m for m in targets if not same_side(m.code, exclude)]
        if not targets and dep == "dobj":
            targets = find_targets(verb, res, lexicon, exclude, skip=skip | {tok.i} if skip else frozenset())
        elif not targets and framed:
            # "Beijing responded to Washington with sanctions": whom the frame's verb names
            own = frozenset(t.i for t in verb.children if t.left_edge.i <= tok.i <= t.right_edge.i)
            targets = find_targets(verb, res, lexicon, exclude, skip=skip | own)
        elif not targets and dep == "prep" and in_call(tok, code, cues):
            # "Erdogan told Trump in a phone call": whom the speaker addressed, never what was said
            targets = [m for c in verb.children if c.dep_ in ("dobj", "dative")
                       for m in phrase_mentions(c, res, SUBJECT_PREPS) if not same_side(m.code, exclude)]
    backed = _backed_force(tok, code, res, {m.code for m in sources}, lexicon)
    if backed is not None:
        targets = backed  # "built support for an attack on Iraq": no support for Iraq
    if not sources and "office" in p.flags:
        sources = office_side(tok, targets, doer=True)  # "the impeachment inquiry against President Trump"
    dissent = not sources and code[:2] in cues.dissent_roots
    if dissent:
        sources = earlier_dissenters(tok, res, cues)  # "the protests began in June": the article's protesters
    if dissent and not sources:
        against = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
                   for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
        sources = unnamed_protesters(tok, against, res, cues)  # "protests against the Iraqi government"
    understood_by = not sources and _told_done(tok, governor, dep, lexicon)
    if understood_by:
        # "the arrest of three activists sparked protests": police; "the ban on protests angered residents": the state
        sources = understood_doer(tok, res, lexicon) or understood_state(tok, code, res, cues)
    if not sources:
        return None  # an act named by a noun with no one doing it ("in peace negotiations with Syria")
    if sym and len(sources) > 1:
        targets = venues_dropped(tok, targets, cues)  # "X and Y held talks at the U.S. embassy": with each other
    targets = _off_venue(tok, targets, code, p, cues)  # "the minister held talks at the White House": where, not with whom
    if not targets and code[:2] in cues.posture_roots:
        targets = _shown_near(tok, verb, res, exclude, cues)  # "held military drills near Taiwan"
    if not targets and code[:2] in cues.abroad_force_roots:
        targets = _struck_abroad(tok, sources, res, cues)  # "Pakistan carried out air strikes inside Afghanistan"
    if not targets and code[:2] in cues.unknown_attacker_roots:
        targets = _sufferers(tok, governor, sources, res, cues)  # "two soldiers died in Russian shelling"
    if not targets:
        targets = own_people(tok, code, "people" in p.flags, sources, cues)  # "Beijing's crackdown on dissent"
    if "office" in p.flags:
        targets = office_targets(tok, sources, targets)  # "Schiff's impeachment inquiry"
    if not targets and (dissent or (code in _DEMONSTRATIONS and "light" not in p.flags
                                    and all(split_code(m.code)[1] is not None for m in sources))):
        # against their own government, whether the article named the protesters before ("the
        # protests began in June") or the sentence names them by their kind ("Kenyan students held
        # a protest"), as their verb would ("Kenyan students protested"); not a noun that may name
        # another gathering ("the opposition held a rally": a campaign's), nor a bare place's people,
        # nor a strike, whose own rules say against whom (a labour strike: the employer; one called
        # off: none)
        targets = own_authorities(tok, code, sources, res, cues)
    if not targets and not (sym and len(sources) > 1):
        return None  # an event noun with no one on the receiving end says too little
    mod = modality(tok, sent, cues, governor=governor)
    if understood_by and mod != "asserted":
        return None  # "the arrest of activists would spark protests": whether it happened, its clause leaves open
    if doing is not None and relative_clause(doing):
        mod = modality(doing, sent, cues)  # "the strikes Israel carried out could widen the war": done
    elif talked and mod == "asserted" and sources and verb is not None:
        mod = "hypothetical"  # "China hinted at sanctions on American firms"
    elif borrowed and mod == "asserted" and verb.lemma_.lower() in cues.deliberation_verbs and not occasion:
        # "Germany studied sanctions on Russia": looked at, not done; a call or visit "in" or
        # "during" which it was discussed is its occasion, held ("discussed Syria in a phone call")
        mod = "hypothetical"
    if alleged and mod == "asserted":
        mod = "hypothetical"  # "Russia blamed Ukraine for the attack on the bridge": Russia's claim
    return Raw(sources, targets, code, mod, tok, sym=sym and len(sources) > 1 and not targets)


def _judging_speaker(tok, p: Pattern, lexicon):
    """The verb of saying whose reported clause judges a noun's act, of `rebutted_roots`, with a
    word of disapproval (`disapproval_words`, `accusation_labels`): "the Kremlin said the
    accusations by London were absurd", "Beijing said Washington's criticism was interference".
    The judged act was made, as one a verb of rebuttal answers is; None for any other clause, or
    a negated one ("said the criticism was not unfair")."""
    cues = lexicon.cues
    cop = tok.head
    if p.code[:2] not in cues.rebutted_roots or cop.lemma_.lower() != "be" or cop.dep_ != "ccomp":
        return None
    if any(c.dep_ == "neg" for c in cop.children):
        return None
    labels = cues.disapproval_words | cues.accusation_labels
    attrs = [c for c in cop.children if c.dep_ in ("acomp", "attr")]
    if not any(w.lemma_.lower() in labels for a in attrs for w in (a, *(g for g in a.children if g.dep_ in ("amod", "compound")))):
        return None
    say = cop.head
    return say if any("say" in q.flags for q in lexicon.lookup("V", say.lemma_.lower())) else None


def told_of_undergoer(tok, cues) -> bool:
    """Whether a verb trigger is a participle that only describes its noun by an act it underwent,
    with no doer named (`undergone_participle`: "two Canadians detained in China were released",
    "a man convicted of murder was executed", "Arrested in Moscow last year, the journalist ..."):
    who the noun is, not an act the sentence tells, often one coded where it was told and of a
    time it leaves unsaid. An accusation so told ("two men accused of spying") is still coded,
    as alleged."""
    return undergone_participle(tok, cues.stative_passives) and tok.lemma_.lower() not in cues.allegation_words


def _general_gerund(tok) -> bool:
    """Whether a verb is a gerund with no subject of its own that is the subject of a present-tense
    "be" ("Detaining journalists is a crime", "Banning rallies is illegal"): a claim about such acts
    in general, no act done; a past one ("Jailing Wong was a mistake") or another verb's ("Banning
    most rallies has closed off a peaceful avenue") tells a deed."""
    head = tok.head
    return (tok.dep_ == "csubj" and tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "poss") for c in tok.children)
            and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"))


def _states_own(targets: list[Mention], sources: list[Mention], code: str, cues) -> list[Mention]:
    """The people a state coerces (root 17: arrests, jailings, bans) named by a bare role that took
    its country from the article's context ("WASHINGTON - China's jailing of activists"): the
    doer's own people, of its country, not the dateline's; others as they are."""
    countries = {m.code[:3] for m in sources}
    if code[:2] != "17" or len(countries) != 1 or not all(
            split_code(m.code)[1] is None or split_code(m.code)[1].lower() in cues.state_roles for m in sources):
        return targets
    country = countries.pop()
    return [replace(m, code=country + m.code[3:]) if m.via == "context" and len(m.code) > 3 else m for m in targets]


def _measured(tok, verb, cues) -> bool:
    """Whether the nouns between an act noun and the verb whose object holds it only measure or
    frame it (`quantity_nouns`, `frame_nouns`: "launched a wave of strikes", "allocated billions of
    dollars in aid", "declared a state of emergency") or plan it (`possibility_nouns`: "drew up
    plans for strikes", whose modality says it is not done), so that the verb's object is the act
    itself; not a noun that dates, remembers or shows it ("Washington marked the anniversary of
    the invasion of Ukraine", "released footage of the attack"): its doer is not the verb's subject."""
    own = cues.quantity_nouns | cues.frame_nouns | cues.possibility_nouns
    t = tok.head
    while t is not None and t.i != verb.i:
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.lemma_.lower() not in own:
            return False
        t = t.head if t.head.i != t.i else None
    return True


def _told_done(tok, verb, dep, lexicon) -> bool:
    """Whether an act noun is told as done, so that its understood agent did it: the subject of its
    clause ("the arrest of three activists sparked protests", "the detention of dissidents was
    condemned"), the object of a `done_act_preps` preposition ("since the annexation of Crimea",
    "after the arrest of"), or what a verb of judgement judges ("condemned the detention of
    activists"); not an act asked for, feared or threatened ("called for the arrest of", "faces
    arrest", "a warrant for the arrest of")."""
    if verb is None:
        return False
    cues = lexicon.cues
    if tok.dep_ in ("nsubj", "nsubjpass") and dep == tok.dep_:
        # "the arrest is unlikely", "an arrest is possible": a copula's doubt on its subject
        doubts = cues.hypothetical_governors | cues.possible_modifiers | cues.planned_modifiers
        return not any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in doubts for c in verb.children)
    if done_after(tok, cues):
        return True
    return tok.dep_ == "dobj" and dep == "dobj" and _judged(verb, lexicon)


def done_after(tok, cues) -> bool:
    """Whether an act noun is the object of a `done_act_preps` preposition ("since the annexation
    of Crimea", "after the arrest of"), directly or through the "of" of a stretch of time it filled
    (`duration_nouns`: "after days of fighting", "despite years of sanctions"): told as done."""
    t = tok
    if (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in cues.duration_nouns
            and t.head.head.dep_ == "pobj"):
        t = t.head.head  # "after days of fighting": the days are after's object, the fighting filled them
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in cues.done_act_preps


def _labelled(tok, verb, lexicon) -> bool:
    """Whether a verb of naming (a `label` row: call, describe, brand ...) gives its object noun a
    label ("called the sanctions criminal", "described the talks as a farce"): the act the noun
    names is judged, not done, by the verb's subject."""
    return any("label" in q.flags for q in lexicon.lookup("V", verb.lemma_.lower())) and any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children if c.i > tok.i)


def _judged(verb, lexicon) -> bool:
    """Whether a verb is one of judgement (a row of `judging_roots`: praise, criticism), whose
    passive agent judges the act noun its subject names and does not do it ("the detention of
    activists was condemned by the UN", "the aid was praised by Kyiv")."""
    return any(q.code[:2] in lexicon.cues.judging_roots for q in lexicon.lookup("V", verb.lemma_.lower()))


def _asked_subject(tok, res, exclude: set[str]) -> list[Mention]:
    """Whom a noun of asking (an appeal or a demand) asks: the subject of the clause it takes, marked
    "that" or "for" (`subject_marked`: "China's demand that Japan withdraw its ships", "Trump's
    request that Ukraine investigate Biden", "the EU's call for Russia to withdraw its troops"), not
    what it asks for; the parser may hang a "for" clause on the noun as an adverbial one ("France's
    call for Iran to free the prisoners went unanswered", "repeated its demand for NATO to
    withdraw"); [] when the clause names no actor as its subject."""
    for c in tok.children:
        if c.dep_ not in ("acl", "ccomp", "advcl") or not subject_marked(c):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is not None:
            return [m for m in phrase_mentions(subj, res, SUBJECT_PREPS) if not on_side(m, exclude)]
    return []


def _rebutted(tok, verb, code, sources, targets, res, cues, sent) -> Raw | None:
    """An act another actor did that the subject rebuts ("China rejected U.S. criticism", "denied
    accusations by the opposition"): by the noun's own doer, else the verb's "from/by" phrase
    ("dismissed criticism from X"), else the owner a pro-verb clause after it names (`echoed_owners`:
    "will dismiss any criticism, as it has that from Britain", the pro-verb's modality the event's),
    against whom the noun names, else the rebuttal's subject. Told in the passive ("A demand by
    China for an apology was rejected by the United States"), the noun is the passive's subject:
    its own doer only (the verb's "by" phrase is the rebuttal's), against the passive's agent. No
    doer named, no event: the subject's own act it never is."""
    subj, passive = subject_token(verb)
    if passive:
        agent = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
        sources = [m for m in sources if m.tok_start not in agent]
        targets = targets or agent_mentions(verb, res, cues)
    sources = sources or ([] if passive else source_phrases(verb, res, cues.source_preps, cues, first=False))
    echo = None
    if not sources:
        echo, sources = echoed_owners(verb, res, cues)  # "dismiss any criticism, as it has that from Britain"
    if not sources:
        return None
    topical = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in cues.topic_preps for t in c.subtree}
    if targets and all(m.tok_start in topical for m in targets):
        targets = []  # "dismissed criticism from Washington over Hong Kong": what it was about, not whom
    if not targets:
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None and not passive else []
    targets = [m for m in targets if not same_side(m.code, {m.code for m in sources})]
    if not targets:
        return None
    mod = modality(echo, sent, cues) if echo is not None else modality(tok, sent, cues, governor=verb)
    return Raw(sources, targets, code, mod, tok)


def _theme_counterparts(tok, p: Pattern, res, exclude: set[str], cues) -> list[Mention]:
    """The target a noun's act names inside the thing it acts on, as a verb's does ("suspended
    talks with X"): "the suspension of military talks with the United States", "the freeze of
    aid to Ukraine". Only for a row that names that thing (its preposition's object)."""
    if not (p.prep and p.heads):
        return []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != p.prep:
            continue
        for g in c.children:
            if g.dep_ != "pobj" or not (g.lemma_.lower() in p.heads or g.lower_ in p.heads):
                continue
            for prep in cues.target_preps:
                for q in g.children:
                    if q.dep_ == "prep" and q.lower_ == prep:
                        found = [m for x in q.children if x.dep_ == "pobj"
                                 for m in phrase_mentions(x, res, SUBJECT_PREPS, skip=exclude)
                                 if not _doers_own(m, exclude, tok.doc)]
                        if found:
                            return found
    return []


def _offered(tok, verb, lexicon) -> bool:
    """Whether the verb of the clause that tells an act noun's doer (`doing_clause`) recodes that
    act as an intent, as it would its object ("offered talks", "announced aid": an offer, 03): the
    clause's verb codes the offer, and the act is not done ("the aid that Japan offered to
    Ukraine", "the aid offered by Japan")."""
    lemma = tok.lemma_.lower()
    return any("intent" in q.flags and (not q.heads or lemma in q.heads or tok.lower_ in q.heads)
               for q in lexicon.lookup("V", verb.lemma_.lower()))


def _clause_targets(verb, res, exclude: set[str], cues) -> list[Mention]:
    """The actors of the first `target_preps` phrase of the clause that tells an act noun's doer
    (`doing_clause`) that names anyone: "the airstrikes Trump ordered against Syria", "the
    sanctions the EU announced on Russian banks"."""
    for prep in cues.target_preps:
        if prep in cues.source_preps:
            continue
        found = [m for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj" for m in _acted_on(g, res, exclude, cues)]
        if found:
            return found
    return []


def _shown_near(tok, verb, res, exclude: set[str], cues) -> list[Mention]:
    """Whom a show of force (`posture_roots`) is aimed at when held near or off their land
    (`posture_preps`, on the noun or on the verb it is the object of): "held military drills
    near Taiwan", "staged exercises off the coast of Ireland", "close to the border with
    Lithuania". Never the doer's own side ("drills near Kaliningrad")."""
    holders = [tok] + ([verb] if verb is not None else [])
    for h in holders:
        for c in h.children:
            if c.dep_ not in ("prep", "advmod") or c.lower_ not in cues.posture_preps:
                continue
            # "close to X": the object hangs on "to"
            preps = [c] + [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
            found = [m for q in preps for g in q.children if g.dep_ == "pobj" for m in _acted_on(g, res, exclude, cues)]
            found = [m for m in found if not same_side(m.code, exclude)]
            if found:
                return found
    return []


def _sufferers(tok, verb, sources: list[Mention], res, cues) -> list[Mention]:
    """Whom an act of force named as the setting of a death or a wound was done to: the subject of
    a verb of dying (`perishing_verbs`) or of a passive verb of harm (`harm_verbs`) that the force
    noun hangs on by a preposition of setting (`suffered_setting_preps`): "two soldiers died in
    Russian shelling", "five people were wounded in an Israeli air strike", "ten soldiers died in
    an attack by jihadists". A killing verb codes its own event ("were killed in a strike"), and
    a noun that names its target keeps it; [] otherwise."""
    prep = tok.head
    if not (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in cues.suffered_setting_preps
            and verb is not None and prep.head.i == verb.i):
        return []
    lemma = verb.lemma_.lower()
    if not (lemma in cues.perishing_verbs or (lemma in cues.harm_verbs and is_passive(verb, cues.stative_passives))):
        return []
    subj, _ = subject_token(verb)
    own = {m.code for m in sources}
    return [m for m in phrase_mentions(subj, res, SUBJECT_PREPS) if not same_side(m.code, own)] if subj is not None else []


def _struck_abroad(tok, sources: list[Mention], res, cues) -> list[Mention]:
    """The state whose land a state's force noun (`abroad_force_roots`), the object of a verb of
    doing (`doing_verbs`), is used in (`abroad_preps`, on the noun or on the verb): "Pakistan
    carried out air strikes inside Afghanistan", "Turkish jets conducted strikes in northern
    Iraq". [] unless every doer is a state, its government or its forces and the phrase names only
    places of one other country; [] for a force noun only talked of ("faces sanctions over its
    war in Ukraine")."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in cues.doing_verbs:
        return []  # "faces sanctions over its war in Ukraine": a topic, not an act done
    doers = set()
    for m in sources:
        country, role = split_code(m.code)
        if role not in (None, "GOV", "MIL") or len(country) != 3 or country in NON_COUNTRY:
            return []
        doers.add(country)
    holders = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [])
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in cues.abroad_preps:
                continue
            found = [m for g in c.children if g.dep_ == "pobj" for m in phrase_mentions(g, res, SUBJECT_PREPS)]
            if found and all(m.via in _ABROAD_VIAS and m.code not in ROLES and len(m.code) == 3 for m in found) \
                    and len({m.code for m in found}) == 1 and not doers & {m.code for m in found}:
                return found
    return []


#: how a country is named as the land a force is used in: by name, capital or a place of it
_ABROAD_VIAS = frozenset({"name", "metonym", "place"})


def _acted_on(g, res, exclude: set[str], cues) -> list[Mention]:
    """The actors a noun event's prepositional object `g` names, less the doer's own state body,
    whose own phrase then names the target ("the recall of its ambassador to Italy": Italy)."""
    found = phrase_mentions(g, res, SUBJECT_PREPS, skip=exclude)
    kept = [m for m in found if not _doers_own(m, exclude, g.doc)]
    if found and not kept:
        kept = [m for c in g.children if c.dep_ == "prep" and c.lower_ in cues.target_preps
                for x in c.children if x.dep_ == "pobj"
                for m in phrase_mentions(x, res, SUBJECT_PREPS, skip=exclude) if not _doers_own(m, exclude, g.doc)]
    return kept


def _backed_force(tok, code: str, res, exclude: set[str], lexicon) -> list[Mention] | None:
    """Whom a word of backing (`backing_roots`) backs when its object (a noun's prepositional one)
    is an act of force ("built support for an attack on Iraq", "backing for Israel's strikes on
    Gaza", "Britain backed military strikes against Iran"): that act's own doer (Israel), or no
    one when it names none; never whom the force is aimed at. None when it backs no act of force,
    for its targets to be read as any other's."""
    cues = lexicon.cues
    if code[:2] not in cues.backing_roots:
        return None
    if tok.pos_ in ("VERB", "AUX"):  # "Britain backed military strikes against Iran"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        objects = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    acts = [g for g in objects if any(senses.force(q.code) for q in lexicon.lookup("N", g.lemma_.lower()))]
    if not acts:
        return None
    # "Russia defended the strike carried out by Syria": the doer its participle names
    return [m for g in acts for m in own_doers(g, res, cues.source_preps, cues) or doing_clause(g, res, cues)[1]
            if not on_side(m, exclude)]


def _doers_own(m: Mention, doers: set[str], doc) -> bool:
    """Whether a mention in a noun event's phrase is the doer's own state body, not its target:
    "France's recall of its ambassador to Italy" acts on Italy, as the verb does."""
    if state_body(m.code) and m.code[:3] in doers:
        return True
    head = doc[m.tok_end - 1]
    return m.code in ROLES and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)


def _leaving(tok, code, res, cues, sent, verb, governor) -> Raw | None:
    """An act of leaving named by a noun: who leaves is its possessor or "of"/"by" phrase, else
    the subject of the verb it is the object of ("the US speeded up the withdrawal of forces from
    Panama"); what is left, its "from" phrase, also when the parser hangs it on the "of" object
    ("the withdrawal of U.S. troops from Afghanistan": USA leaves AFG)."""
    leavers: list[Mention] = []
    left: list[Mention] = []
    for c in tok.children:
        if c.dep_ == "poss":
            leavers += phrase_mentions(c, res, frozenset({"of"}))
        if c.dep_ not in ("prep", "agent") or c.lower_ not in ("of", "by", "from"):
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if c.lower_ == "from":
                left += phrase_mentions(g, res, SUBJECT_PREPS)
                continue
            leavers += phrase_mentions(g, res, frozenset({"of"}))
            left += [m for p in g.children if p.dep_ == "prep" and p.lower_ == "from"
                     for x in p.children if x.dep_ == "pobj" for m in phrase_mentions(x, res, SUBJECT_PREPS)]
    if verb is not None and all(m.code in ROLES for m in leavers):  # no one, or bare "forces": whose, the verb says
        subj, passive = subject_token(verb)
        leavers = agent_mentions(verb, res, cues) if passive or is_passive(verb) else (
            phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []) or leavers
    left = [m for m in left if not same_side(m.code, {m.code for m in leavers})]
    if not leavers or not left:
        return None
    return Raw(leavers, left, code, modality(tok, sent, cues, governor=governor), tok)


def undergone_in_frame(tok, verb, cues) -> bool:
    """Whether a noun hangs on `verb` by a preposition through which the verb's subject undergoes
    it (`undergo_preps`): "came under fire", "came in for criticism", "was met with protests"."""
    return tok.dep_ == "pobj" and (_particles(verb, tok.head) in cues.undergo_preps
                                   or f"{verb.lemma_.lower()} {_particles(verb, tok.head)}" in cues.undergo_preps)


def held_in_frame(tok, verb, code: str, cues) -> bool:
    """Whether a noun of an arrest (`held_codes`) names the state a copula's subject is in
    (`held_frames`): "the suspect is in custody", "the journalist remains in detention". The
    subject undergoes it, as after "under"; "is in talks" stays a joint act of the subject's own."""
    return (tok.dep_ == "pobj" and code in cues.held_codes
            and f"{verb.lemma_.lower()} {_particles(verb, tok.head)}" in cues.held_frames)


def _particles(verb, prep) -> str:
    """A verb's particles and the preposition a noun hangs from: "under" ("came under attack"),
    "in for" ("came in for criticism")."""
    return " ".join([c.lower_ for c in verb.children if c.dep_ == "prt"] + [prep.lower_])


def _put_under(tok, verb, code, sources, res, cues, sent) -> Raw | None:
    """An act a verb puts its object under ("prosecutors placed Fillon under formal
    investigation", "police put the minister under house arrest"): the object undergoes it and the
    verb's subject does it, as the subject of "came under" undergoes it. Passive ("was placed under
    house arrest"), the subject undergoes it, done by the "by" agent, else the act's understood
    agent; else, for an act news tells with no doer (`unnamed_doer_roots`), by no one named. None
    when the verb takes no such object."""
    passive = is_passive(verb)
    if passive:
        subj, _ = subject_token(verb)
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) if subj is not None else []
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        targets = [m for o in objects for m in phrase_mentions(o, res, SUBJECT_PREPS)]
    if not targets:
        return None
    if not sources:
        if passive:
            sources = (agent_mentions(verb, res, cues) or _reacting_country(tok, verb, code, targets, res, cues)
                       or implied_agent(tok, targets, res, cues))  # "was greeted with anger in Kyiv"
        else:
            sources = subject_actors(verb, subject_token(verb)[0], res, cues)
    targets = [m for m in targets if not same_side(m.code, {m.code for m in sources})]
    if not targets or (not sources and code[:2] not in cues.unnamed_doer_roots):
        return None
    return Raw(sources, targets, code, modality(tok, sent, cues, governor=verb), tok)


def _gathered(tok, res, lexicon, sent) -> Raw | None:
    """Talks that "brought together" those the verb's object names (a row flagged `gather`): "the
    meeting brought together Israel and Hamas", "the summit brought together officials from Russia
    and China" are their consultation of each other, coded as the talks' own noun codes them. Only
    talks: "the festival brought together artists from France and Italy" is no meeting of states."""
    subj, passive = subject_token(tok)
    if subj is None or passive:
        return None
    talks = [q for q in lexicon.lookup("N", subj.lemma_.lower()) if q.code[:2] == "04" and "sym" in q.flags]
    if not talks:
        return None
    pair = [m for c in tok.children if c.dep_ == "dobj" for m in phrase_mentions(c, res, SUBJECT_PREPS)]
    if len(pair) < 2:
        return None
    return Raw(pair, [], talks[0].code, modality(tok, sent, lexicon.cues), tok, sym=True)


def _attacked_in_words(tok, targets: list[Mention], cues) -> bool:
    """Whether an attack word (`verbal_attacks`) undergone with no doer named is one in words: every
    one it is on is a body nobody in politics attacks with arms (`verbal_targets`: "Warren was under
    near-constant attack", "the press came under attack"); troops or a convoy "under attack" are
    not."""
    return tok.lemma_.lower() in cues.verbal_attacks and bool(targets) and all(
        (split_code(m.code)[1] or "").lower() in cues.verbal_targets for m in targets)


def _undergo_noun(tok, dep, cues) -> bool:
    """Whether an act is named as what the subject of a copula undergoes: "X is the target of an
    investigation by Y", "was the subject of criticism from Y" (`undergo_nouns`)."""
    return (dep == "attr" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr"
            and tok.head.head.lemma_.lower() in cues.undergo_nouns)


def _doer_phrase(tok, verb, cues) -> bool:
    """Whether an undergone act or its verb has a "from/by" phrase (a doer named)."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in cues.source_preps for t in (tok, verb) for c in t.children)


def _undergone_itself(tok, verb, cues) -> bool:
    """Whether a noun is itself what its verb's subject undergoes ("faces an investigation", "came
    under fire", "drew a wave of criticism"), not what another undergone act is about ("faces
    charges of kidnapping": the kidnapping is his own, alleged)."""
    t = tok
    while t.head != t and t.head != verb:
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in cues.quantity_nouns | cues.undergo_nouns:
            return False
    return True


def _defied(tok, verb, sources: list[Mention], res, cues) -> list[Mention]:
    """Whom a disapproval that a clause's act went ahead against is aimed at: the doer of that act,
    when the noun hangs on its verb by a preposition of defiance (`defiance_preps`: "Trump signed
    the bill despite objections from China", "Britain pressed ahead amid criticism from the EU",
    "in the face of condemnation by rights groups"); [] when the noun names its own object ("amid
    criticism of Myanmar", "over its handling of the crisis") or the act's doer is no actor."""
    prep = tok.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        prep = prep.head.head  # "in spite of", "in the face of"
    if prep.dep_ != "prep" or prep_words(prep) not in cues.defiance_preps or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(t.dep_ == "prep" and t.lower_ in cues.defiance_objects for t in tok.subtree if t.i != tok.i):
        return []  # "amid criticism from rights groups over the crackdown": aimed at whoever did that
    own = {m.code for m in sources}
    return [m for m in _verb_doers(verb, res, cues) if not same_side(m.code, own)]


def _verb_doers(verb, res, cues, framed: bool = False) -> list[Mention]:
    """Who does a verb's act: its passive's "by" agent, else its subject's actors. A frame's verb
    (`framed`: `own_act_frame`) in a passive with no "by" agent is a state of being in the act, done
    by its subject ("Iran and the EU were engaged in talks", "management and unions have been
    locked in negotiations")."""
    subj, passive = subject_token(verb)
    if (passive or is_passive(verb)) and not (framed and subj is not None and not has_agent(verb)):
        return agent_mentions(verb, res, cues)
    return subject_actors(verb, subj, res, cues) if subj is not None else []


def _next_reaction(tok, verb, res) -> int | None:
    """The index of a noun coordinated after an undergone act's noun that names no actor, from
    which on the verb's "from" phrases are that noun's ("drew criticism from Beijing and praise
    from Taipei": the parser hangs "from Taipei" on the verb), or None ("criticism from the EU
    and the US", "from X and from Y" coordinate doers)."""
    return next((t.i for t in verb.subtree if t.i > tok.i and t.dep_ == "conj" and t.pos_ == "NOUN"
                 and res.mention_at(t.i) is None), None)


def _definite(tok) -> bool:
    """Whether a noun has the definite article ("the ire of Beijing", not "criticism of its plan")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _reacting_country(tok, verb, code, targets: list[Mention], res, cues) -> list[Mention]:
    """Who reacted, for a reaction (`reaction_place_roots`) provoked (`provoking_verbs`) or met
    with (`reaction_place_frames`) "in" a place named: the actors of the reaction's "in" phrase,
    else of its verb's, when each has a country of its own ("sparked outrage in Tokyo": Japan;
    "was greeted with anger in Kyiv"; "caused anger in the U.S. Congress"); none for a bare role
    or a region ("in parliament", "in the region"), nor for the country of whom it is aimed at
    ("Trump's tweets sparked outrage in Washington": whose outrage, at home, it leaves unsaid)."""
    if code[:2] not in cues.reaction_place_roots or not (
            verb.lemma_.lower() in cues.provoking_verbs
            or (tok.dep_ == "pobj" and f"{verb.lemma_.lower()} {_particles(verb, tok.head)}" in cues.reaction_place_frames)):
        return []
    found = (source_phrases(tok, res, ("in",), cues, first=True)
             or source_phrases(verb, res, ("in",), cues, first=True))
    countries = [split_code(m.code)[0] for m in found]
    aimed = {split_code(m.code)[0] for m in targets}
    return found if found and all(c is not None and c not in aimed for c in countries) else []


def _speaker_call(tok, verb, code: str, lexicon):
    """The verb of saying whose speaker made the call (`in_call`) that the parser hangs on the
    clause he reported: in "Macron said Abbas remains the only partner for peace, in separate calls
    with Netanyahu and Abbas" the calls are Macron's, not Abbas's. None for any other noun or verb."""
    if verb is None or verb.dep_ != "ccomp" or not in_call(tok, code, lexicon.cues):
        return None
    head = verb.head
    return head if head.lemma_.lower() in lexicon.speech and head.i < verb.i < tok.i else None


def _reported_clause(verb, speech: frozenset[str]):
    """The clause told before a trailing verb of saying that a participle of that verb comments on:
    in "Iran executed a protester, the judiciary said, drawing condemnation from Germany" the
    execution drew it, not the judiciary's saying so. None for any other verb."""
    head = verb.head
    if (verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in speech
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def _undergone(tok, verb, code, sources, res, lexicon, sent) -> Raw | None:
    """An act that the subject of an `undergo_verbs` verb undergoes ("Russia faces sanctions from
    the EU", "faces nine charges"): the subject is its target, and its doer the noun's own source,
    else the verb's "from/by" phrase, else the act's understood agent (a court for charges), else
    no one. A subject that names an act of coercion or force on someone ("the killing of
    protesters by Iranian forces drew condemnation from France") makes the reaction one on that
    act's doer, never on its victim (`about_act_roots`, as for an object)."""
    cues = lexicon.cues
    subj, passive = subject_token(_reported_clause(verb, lexicon.speech) or verb)
    if subj is None or passive:
        targets = []
    elif code[:2] in cues.about_act_roots and names_an_act_on_someone(subj, lexicon, code, res):
        targets = act_doer(subj, res, lexicon, set())
    else:
        # "the move by Ankara triggered a backlash from Athens": a deed's "by" phrase names its doer
        targets = phrase_mentions(subj, res, SUBJECT_PREPS) or (
            own_doers(subj, res, ("by",), cues) if subj.pos_ == "NOUN" else [])
    # "a move that drew condemnation from X", "The decision drew criticism from X": a deed, whose doer the coder finds
    # (an act always done to someone only: the coder drops it when no doer is found)
    shell = (not targets and code[:2] in cues.dyadic_roots
             and (shell_of(tok, cues.anaphoric_nouns) is not None or told_act(verb, cues.anaphoric_nouns, undergone=True) is not None))
    if not targets and not shell:
        return None
    if not sources:
        preps = cues.source_preps | cues.reaction_preps if code[:2] in cues.provoked_roots else cues.source_preps
        sources = source_phrases(verb, res, preps, cues, first=False)  # "faces criticism from X and from Y"
        other = _next_reaction(tok, verb, res)
        if other is not None:
            # "drew criticism from Beijing and praise from Taipei": the later phrase is the praise's
            sources = [m for m in sources if m.tok_start < other]
    if not sources:
        sources = _reacting_country(tok, verb, code, targets, res, cues)  # "sparked outrage in Tokyo"
    if not sources and (code[:2] in cues.backing_roots  # "won the endorsement of X": X endorses
                        or (code[:2] in cues.owned_reaction_roots and _definite(tok))):  # "drew the ire of X"
        sources = source_phrases(tok, res, ("of",), cues, first=False)
    sources = sources or implied_agent(tok, targets, res, cues)
    if not sources and code[:2] in cues.dissent_roots and verb.lemma_.lower() in cues.undergo_verbs:
        sources = unnamed_protesters(tok, targets, res, cues, faced=True)  # "the government has faced weeks of protests"
    # two people of one code may be two actors ("Sanders won the endorsement of Warren")
    side = Side(sources, res, cues.local_titles)
    targets = [m for m in targets if not on_side(m, side)]
    if not targets and not (shell and sources):
        return None
    # no doer named ("Johnson is under fire for ...", "drew international condemnation"): for the
    # acts news tells so (`unnamed_doer_roots`), one on the subject by someone unnamed, as an
    # agentless passive's (the caller decides)
    return Raw(sources, targets, code, modality(tok, sent, cues, governor=verb), tok)
