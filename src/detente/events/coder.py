"""The event coder: parsed sentences + resolved actors -> CAMEO/PLOVER events.

For each sentence: find trigger words (`triggers.py`: one dict lookup per token, each trigger's
most specific pattern), fold control verbs into the events they govern and code speech verbs
(`clauses.py`), build each remaining trigger's event with its sources and targets (`build.py`,
reading the parse through `arguments.py` and `roles.py`; modality from `modality.py`), judge
the sense of its trigger (`senses.py`: a game, a business move, words for force), then
pair sources with targets and merge repeats of the same event across the article into one
`Event` with a mention count (here).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from ..actors.types import Mention, Resolution
from ..model import Event, Quote
from ..nlp.pipeline import line_of, text_in
from . import anaphora, appeals, confidence, senses
from .arguments import captors, list_item
from .build import Raw, noun_event, refused_act, undergone_in_frame, verb_event
from .clauses import (according_speaker, announced, dismissed_as_label, fold_controls, label_event, purposes, quoted_label,
                      reports_clause, speech_event)
from .lexicon import Lexicon, quad_class
from .modality import attempted, authorised, decided, scheduled_later
from .roles import SUBJECT_PREPS, agent_mentions, counted_by, distinct, of_objects, phrase_mentions
from .triggers import find_triggers


def code_events(doc, res: Resolution, *, on: date | None = None, lexicon: Lexicon | None = None,
                quotes: list[Quote] | None = None) -> list[Event]:
    """Code the events of a parsed document (`doc`, a spaCy Doc) whose actors `res` resolved.

    Pure: same inputs, same events. `on` is the article date (reserved for date-dependent
    patterns; actor codes already carry the date through `res`). `quotes` (the quotes stage's)
    give a speaker to the labels of quoted sentences whose frame is in another sentence."""
    lexicon = lexicon or Lexicon.load()
    merged: dict[tuple, Event] = {}
    best: dict[tuple, float] = {}  # the surest single mention's confidence, per merged event
    context: list[tuple[int, list[Mention], set[str], bool]] = []  # (sentence number, subject mentions, roots they did, list item?)
    history: list[anaphora.Done] = []  # earlier events, for targets named by what they did
    sporty = senses.sports_article(doc, lexicon.cues)
    frames = _QuoteFrames(quotes, res) if quotes else None
    for n, sent in enumerate(doc.sents):
        if _boilerplate(sent, lexicon.cues):
            continue  # a photo caption, a list of links: not the article's own sentences
        triggers = find_triggers(sent, lexicon)
        raws = _code_sentence(sent, triggers, res, lexicon, context, n, history, sporty)
        if not any("say" in t.pattern.flags for t in triggers.values()):
            # a label whose speaker a quote's frame elsewhere or an "according to" phrase names
            speaker = (frames.speaker(sent) if frames is not None else None) or according_speaker(sent, res)
            raw = quoted_label(sent, speaker, res, lexicon) if speaker else None
            if raw:
                raws.append(raw)
        # told twice in one sentence, one event stated once: the coded act's, not its restating clause's
        raws = [r for r in raws if _restates(r, raws) is None]
        raws = [r for r in raws if not _told_by_purpose(r, raws, lexicon.cues)]
        history.extend(anaphora.deeds(n, sent, res, raws, lexicon.cues))  # listed first, so its coded events are found first
        history.extend(anaphora.record(n, sent, raws))
        says = [t.tok for t in triggers.values() if "say" in t.pattern.flags]
        history.extend(anaphora.sayings(n, sent, res, raws, says, lexicon.cues))  # after its coded words
        history.extend(anaphora.published(n, sent, res, lexicon.cues.publication_verbs, lexicon.cues.publication_nouns))
        history.extend(anaphora.proposed(n, sent, res, raws, lexicon.cues))
        found = []
        for raw in raws:
            for src, tgt in _pairs(raw, res, lexicon.cues.local_titles):
                found.append(_event(raw, src, tgt, sent, lexicon))
                if raw.reverse_code:
                    found.append(_event(raw, tgt, src, sent, lexicon, code=raw.reverse_code))
        for ev in _subsumed(found):
            key = (ev.source, ev.target, ev.cameo, ev.modality)
            if key in merged:
                merged[key].mentions += 1
                if ev.confidence > best[key]:  # the evidence shown is the surest mention's
                    ev.mentions = merged[key].mentions
                    merged[key] = ev
                best[key] = max(best[key], ev.confidence)
            else:
                merged[key] = ev
                best[key] = ev.confidence
        subj = _sentence_subject(sent, res, lexicon.cues)
        if subj:
            codes = {m.code for m in subj}
            roots = {r.code[:2] for r in raws if any(m.code in codes for m in r.sources)}
            context.append((n, subj, roots, list_item(sent)))
    for key, ev in merged.items():
        ev.confidence = confidence.repeated(best[key], ev.mentions)
        if ev.mentions > 1:
            ev.confidence_factors = "; ".join(filter(None, (ev.confidence_factors, confidence.written([], ev.mentions))))
    return list(merged.values())


def _subsumed(events: list[Event]) -> list[Event]:
    """One sentence's events less those a more specific code of the same root says again for the
    same pair and modality: "he spoke by phone with Putin, and the two leaders discussed ..." is
    one phone call (041), not also a consultation (040) beside it."""
    specific: dict[tuple, float] = {}
    for e in events:
        if not _generic(e.cameo):
            k = (e.source, e.target, e.modality, e.cameo[:2])
            specific[k] = max(specific.get(k, 0.0), e.confidence)
    # only as sure as the specific one: a surer general reading stays beside it
    return [e for e in events if not (_generic(e.cameo)
                                      and specific.get((e.source, e.target, e.modality, e.cameo[:2]), -1.0) >= e.confidence)]


def _generic(code: str) -> bool:
    """A root's own code ("040", "110"), no subtype of it."""
    return len(code) == 3 and code.endswith("0")


# ---------------------------------------------------------------- one sentence


def _code_sentence(sent, triggers, res, lexicon, context, n, history, sporty: bool = False) -> list[Raw]:
    """The raw events of one sentence: each trigger not consumed by another's event, with control
    verbs folded in, speech verbs coded as statements, and announced acts recoded."""
    cues = lexicon.cues
    out: list[Raw] = []
    folded = fold_controls(triggers, lexicon)
    aims = purposes(folded)  # "agreed to a truce to allow aid in": what the truce is for
    for trig in triggers.values():
        if trig.consumed:
            continue
        tok, p = trig.tok, trig.pattern
        code = p.code
        role_tok = tok
        if tok.i in folded:
            comp, code = folded[tok.i]
            role_tok = comp.tok
        if not code and "label" not in p.flags:
            continue  # a null code ("---"): matched, codes nothing ("failed to answer": no act failed)
        if code[:2] == "02" and appeals.inquiry(tok, cues):
            continue  # "asked whether France would recognise Palestine": a question, no appeal
        if p.pos == "V" and _kicker(tok):
            continue  # "Iran protests: dozens arrested": the headline's topic, no act
        if "vowed" in p.flags:
            continue  # "crushed the militants" may be a defeat in a vote or a game ("vowed to crush" is consumed by its vow)
        if "say" in p.flags or reports_clause(tok, p, lexicon):
            raw = speech_event(trig, triggers, res, lexicon, sent)
            if raw and raw.about is not None:
                # "The Kremlin said the measures were illegal": aimed at whoever took the measures
                raw.targets = anaphora.antecedent_target(
                    tok, n, history, {m.code for m in raw.sources}, cues.anaphoric_nouns, cues.separate_powers,
                    told=raw.about, code=raw.code)
                raw.anaphoric = True
            if raw and (raw.targets or raw.about is None):
                raw.speech = True
                out.append(raw)
            continue
        if "label" in p.flags or dismissed_as_label(tok, res, lexicon):
            raw = label_event(trig, res, lexicon, sent)  # "called Biden a liar": the label's code
        elif p.pos == "V" or p.pos == "A":
            joint = tok.i in folded and "sym" in folded[tok.i][0].pattern.flags  # "failed to reach agreement"
            # the object a pattern names is what is given or done ("sent troops"), not to whom, unless
            # the row says it is the one acted on ("pushed back 40 Afghan migrants to Turkey")
            themes = frozenset(i for t in (trig, folded[tok.i][0] if tok.i in folded else None)
                               if t is not None and t.obj is not None and t.obj.pos_ != "VERB" and "patient" not in t.pattern.flags
                               for i in _theme_phrase(t.obj, cues.quantity_nouns))
            fprep = folded[tok.i][0].pattern.prep if tok.i in folded else None
            # a failed or refused accord ("failed to agree on a statement on Sudan") is about its topic
            accord = tok.i in folded and "reject" in p.flags and (
                joint or folded[tok.i][0].tok.lemma_.lower() in cues.accord_verbs)  # "failed to reach a consensus"
            raw = verb_event(tok, role_tok, code, p, res, lexicon, sent, context, n, joint=joint, accord=accord,
                             themes=themes, folded_prep=fprep, aims=aims)
            if raw is not None and raw.targets and (_elaborates(tok, triggers) or _used_for(tok, triggers, cues)) \
                    and _took_own_people(raw, tok.head.i, out):
                continue  # "fired tear gas to disperse protesters": the head act is done to them
            if raw is not None and _elaborates(tok, triggers) and (not raw.targets or _violent(code, triggers[tok.head.i])):
                if not (raw.targets and tok.head.i < tok.i and not any(r.trigger.i == tok.head.i and r.targets for r in out)):
                    continue  # "shelled Juba, killing 20 people": the adjunct elaborates the coded act
                # "stormed a protest camp, killing hundreds of demonstrators": the act it would
                # elaborate named no one, so the adjunct tells whom it was done to
        elif tok.i in folded:
            raw = refused_act(tok, folded[tok.i][0], code, res, lexicon, sent, context, n, aims)
        else:
            raw = noun_event(tok, code, p, res, lexicon, sent)
        if raw is None:
            continue
        raw.code = appeals.asked_code(raw.code, trig, triggers, lexicon)  # "urged X to free Y": 0253
        if tok.i in aims and raw.modality == "asserted":
            raw.modality = "hypothetical"  # a purpose is aimed at, not done
        if raw.modality == "asserted" and attempted(role_tok, raw.code, cues):
            raw.modality = "hypothetical"  # "police tried to arrest him": the arrest may not have been made
        raw.pattern = p
        verdict = None
        if raw.modality == "asserted" and not _done_by_deciding(raw, cues):
            verdict = decided(role_tok, cues)
            if verdict == "committed":
                # "decided to resume talks": a commitment made now (03), as "agreed to" is; any
                # other act ("decided to impose sanctions") done as decided, no threat
                raw.code = lexicon.recode(cues.intent, raw.code) or raw.code
            elif verdict is None and authorised(role_tok, raw.code, cues):
                verdict = "future"  # "Congress authorized the use of force against Iraq": allowed, not used
                raw.modality = verdict
            else:
                raw.modality = verdict or raw.modality  # "parliament approved sending troops": decided, not done
        if (raw.modality == "asserted" and raw.code[:2] != "03"
                and (verdict == "committed" or (tok.i in folded and tok.lemma_.lower() in cues.accord_verbs))
                and scheduled_later(role_tok, cues)):
            # "the EU decided to impose sanctions on Belarus next year", "agreed to deploy troops
            # in the coming months": committed to now, done later; a commitment coded as one (03:
            # "agreed to hold talks next month") is made now
            raw.modality = "future"
        if f"{raw.trigger.lemma_.lower()} {raw.code}" in cues.test_force and senses.weapon_test(raw.trigger, cues):
            # "North Korea test-fired a missile", "fired a missile into the sea": a show of force,
            # aimed at no one the sentence does not name (before the search for an earlier target)
            raw.code = cues.test_force[f"{raw.trigger.lemma_.lower()} {raw.code}"]
        root_before = raw.code[:2]  # an act announced as refused is dyadic as what it was ("did not accept")
        if tok.i not in folded and "user" not in p.flags:
            # an act approved, authorised or voted for is decided on, no threat to anyone
            announced(raw, role_tok, sent, lexicon, threat=verdict is None)
        # only an appeal or a demand asks to stop an act ("welcomed the end of the violence" praises no one)
        cessation = cues.cessation_nouns if raw.code[:2] in cues.cessation_roots else frozenset()
        if not raw.targets and raw.sources and (root_before in cues.dyadic_roots or raw.code[:2] in cues.dyadic_roots
                                                   or raw.code in cues.answer_codes
                                                   or anaphora.ceased(role_tok, cessation) is not None):
            # "The Kremlin condemned the package", "did not accept the offer", "called for an end
            # to the violence": whoever made it, did it
            raw.targets = _of_named_side(role_tok, res, anaphora.antecedent_target(
                role_tok, n, history, {m.code for m in raw.sources}, cues.anaphoric_nouns, cues.separate_powers, cessation,
                code=raw.code, pronoun_roots=cues.reacting_roots))
            if not raw.targets and (told := _cause(role_tok, p, cues)) is not None:
                # "The move angered Minsk", "The decision drew criticism from Minsk": whoever did the deed
                raw.targets = anaphora.antecedent_target(
                    role_tok, n, history, {m.code for m in raw.sources}, cues.anaphoric_nouns, cues.separate_powers,
                    told=told, code=raw.code)
            raw.anaphoric = bool(raw.targets)
            if not raw.targets:
                # "imposed sanctions on Turkey, a move that angered Ankara": the clause's own deed
                raw.targets = anaphora.clause_act_doers(tok, out, cues.anaphoric_nouns)
                raw.anaphoric = bool(raw.targets)
            if not raw.targets:
                # "accused Russia of shelling the plant, a charge Moscow denied": a denial to the accuser
                raw.targets = anaphora.charge_makers(tok, out, cues.anaphoric_nouns, res, cues)
                raw.anaphoric = bool(raw.targets)
            if not raw.targets:
                # "Britain expelled 23 Russian diplomats. Moscow vowed to retaliate": against Britain
                raw.targets = anaphora.retaliated(tok, n, history, raw.sources, cues.retaliation_verbs)
                raw.anaphoric = bool(raw.targets)
            if not raw.targets and raw.code in cues.answer_codes:
                # "Poland said Belarusian helicopters had violated its airspace. Belarus denied the
                # incursion": a denial to Poland
                raw.targets = anaphora.denied(n, history, raw.sources, tok, out)
                raw.anaphoric = bool(raw.targets)
            if not raw.targets and raw.code[:2] in cues.conjunct_target_roots:
                # "The embassy protested to Japan and demanded an apology": words of one doer
                # coordinated with its act are aimed where the act was
                raw.targets = _conjunct_targets(role_tok, raw, out)
        if raw.code[:2] in cues.release_appeal_roots and raw.sources:
            # "Canada detained Huawei's finance chief. China demanded her release": made to Canada
            raw.targets = anaphora.holders(role_tok, raw.targets, n, history, cues.release_nouns,
                                           tuple(m.code for m in raw.sources)) or raw.targets
            # "called for the release of hostages held by Hamas": made to Hamas, not the hostages
            raw.targets = captors(role_tok, res, lexicon.cues, {m.code for m in raw.sources}) or raw.targets
        if not raw.targets and raw.code[:2] in cues.dyadic_roots and not (raw.sym and len(raw.sources) > 1):
            continue  # an act always done to someone, whose someone the sentence does not name
        if not raw.sources and all(m.via in ("agent", "context") and m.code.endswith("CVL") for m in raw.targets):
            continue  # "24 people were killed": no one named on either side says too little
        if senses.read(raw, trig, res, sent, cues, sporty, triggers):
            out.append(raw)
    return out


def _conjunct_targets(tok, raw: Raw, out: list[Raw]) -> list[Mention]:
    """The targets of the act coded on the verb `tok` is coordinated with, when `tok` has no subject
    of its own (the two share their doer: "summoned the US ambassador and lodged a protest",
    "condemned Israel and demanded an apology") and that act, asserted and no speech, has the same
    doers; [] otherwise."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    doers = {m.code for m in raw.sources}
    for r in out:
        if (r.trigger.i == tok.head.i and r.targets and r.modality == "asserted" and not r.speech
                and not r.sym and {m.code for m in r.sources} == doers):
            return list(r.targets)
    return []


def _done_by_deciding(raw: Raw, cues) -> bool:
    """Whether a decision or vote itself does the act it decides: words and formal acts ("voted
    to condemn", "voted to remove the president": `decided_done`), or any act a court decides
    (`deciding_roles`: its ruling does it)."""
    return any(raw.code.startswith(p) for p in cues.decided_done) or any(
        m.code[i : i + 3].lower() in cues.deciding_roles for m in raw.sources for i in range(0, len(m.code), 3))


def _cause(tok, p, cues):
    """The definite noun of an earlier deed that caused a reaction (events/anaphora.py `told_act`):
    of an experiencer verb ("The move angered Minsk"), or of the verb by which the reaction a noun
    names is undergone or provoked ("The decision drew criticism from Minsk", "The plan sparked
    outrage in Beijing", "The plan was met with criticism from Beijing"); else None."""
    if "experiencer" in p.flags:
        return anaphora.told_act(tok, cues.anaphoric_nouns)
    if p.pos != "N":
        return None
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "dobj" and (
            verb in cues.undergo_verbs or (verb in cues.provoking_verbs and p.code[:2] in cues.provoked_roots)):
        return anaphora.told_act(tok.head, cues.anaphoric_nouns)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and undergone_in_frame(tok, tok.head.head, cues):
        return anaphora.told_act(tok.head.head, cues.anaphoric_nouns, undergone=True)
    return None


_OPENER = re.compile(r"\s*([A-Za-z][A-Za-z ]{0,24}?)\s*[:|\u2014\u2013-]\s")


def _boilerplate(sent, cues) -> bool:
    """Whether a sentence is a photo caption or an item of a list of links: its line opens with a
    `caption_openers` word and a colon or dash ("FILE PHOTO:", "Related stories:", "WATCH -"), or
    it holds a photo credit (`credit_marks`: "REUTERS/Sergei Karpukhin", "AP Photo")."""
    low = text_in(sent).lower()
    if any(mark in low for mark in cues.credit_marks):
        return True
    hit = _OPENER.match(line_of(sent))
    return bool(hit) and hit.group(1).strip().lower() in cues.caption_openers


_KICKER_WORDS = ("nsubj", "compound", "amod", "det", "poss", "punct")


def _theme_phrase(obj, quantity: frozenset[str]) -> set[int]:
    """The tokens of the thing a pattern's object names as given or done: the object, the amount
    or unit it is counted in (`quantity`: "sent thousands of soldiers to Gaza", "a team of doctors")
    and the things coordinated with it ("dispatched doctors and rescue teams to Turkey"), none of
    which is whom the act is done to."""
    out = {obj.i}
    head = obj
    for _ in range(3):  # "a team of doctors": up through the units it is counted in
        count = counted_by(head, quantity)
        if count is None:
            break
        head = count
        out.add(head.i)
    for _ in range(4):  # the first conjunct: "doctors and rescue teams"
        if head.dep_ != "conj" or head.head.pos_ not in ("NOUN", "PROPN"):
            break
        head = head.head
        out.add(head.i)
    out.update(t.i for t in [head, *head.conjuncts] if t.pos_ in ("NOUN", "PROPN"))
    low = obj
    for _ in range(3):  # "deployed a battalion of soldiers": down to what the unit is made of
        if low.lemma_.lower() not in quantity:
            break
        low = next(iter(of_objects(low)), None)
        if low is None:
            break
        out.add(low.i)
    return out


def _kicker(tok) -> bool:
    """Whether a verb trigger is a headline's kicker, a topic label the parser read as a clause:
    a plural noun tagged as a verb that ends a short opening before the line's first colon, with
    nothing but its name in front ("Iran protests: dozens arrested", "France strikes: unions call
    new walkout", "Kenya clashes: what we know"). A verb with a complement ("Putin warns: Russia
    will respond", "Biden threatens: more sanctions coming") still tells its act."""
    if tok.tag_ != "VBZ":
        return False  # checked first: the sentence is dearer to find than the tag to read
    doc, sent = tok.doc, tok.sent
    if tok.i + 1 >= sent.end or doc[tok.i + 1].text != ":":
        return False
    if tok.i - sent.start > 3 or any(t.text == ":" for t in doc[sent.start : tok.i]):
        return False
    return all(c.dep_ in _KICKER_WORDS for c in tok.children)


class _QuoteFrames:
    """The speakers of an article's direct quotes, for the quoted sentences framed in another
    sentence ("“Bevin has done a wonderful job!” Trump tweeted": the "!" ends the quote's own
    sentence; "X said: “A. B.”"). Indexed once per article: a sentence finds its quote, and the
    quote its speaker's nearest mention, by bisection."""

    def __init__(self, quotes: list[Quote], res: Resolution):
        self.quotes = sorted((q for q in quotes if q.direct and q.speaker_actor), key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.by_code: dict[str, list[Mention]] = {}
        for m in sorted(res.mentions, key=lambda m: m.start):
            self.by_code.setdefault(m.code, []).append(m)
        self.mention_starts = {code: [m.start for m in ms] for code, ms in self.by_code.items()}

    def speaker(self, sent) -> Mention | None:
        """The mention of the speaker's code nearest the quote that holds `sent` whole; None when
        no quote holds it, its frame shares the sentence (its speech verb codes the clause), or
        the speaker is not named outside the quote."""
        root = sent.root
        k = bisect_right(self.starts, root.idx) - 1
        if k < 0 or not root.idx < self.quotes[k].end:
            return None
        q = self.quotes[k]
        if sent.start_char + 2 < q.start or sent.end_char > q.end + 2:
            return None
        mentions, starts = self.by_code.get(q.speaker_actor, []), self.mention_starts.get(q.speaker_actor, [])
        before, after = bisect_left(starts, q.start), bisect_left(starts, q.end)
        near = [mentions[i] for i in (before - 1, after) if 0 <= i < len(mentions)]  # the last before it, the first after
        return min(near, key=lambda m: min(abs(m.start - q.end), abs(m.end - q.start)), default=None)


def _restates(raw: Raw, raws: list[Raw]) -> Raw | None:
    """The coded act whose adjunct a reported clause is and only says again ("criticised India,
    saying New Delhi had failed to protect minorities"): the same root by the same doers to the
    same countries, which would otherwise count twice under another actor code; None otherwise."""
    tok = raw.trigger
    if not raw.speech or tok.dep_ != "advcl" or tok.head == tok:
        return None
    countries = {m.code[:3] for m in raw.targets}
    doers = {m.code[:3] for m in raw.sources}
    return next((o for o in raws if o is not raw and o.trigger.i == tok.head.i and o.code[:2] == raw.code[:2]
                 and o.targets and {m.code[:3] for m in o.sources} == doers
                 and countries <= {m.code[:3] for m in o.targets}), None)


def _of_named_side(tok, res, doers: list[Mention]) -> list[Mention]:
    """The earlier act's `doers` that a reaction's object, naming its doer's side by a modifier
    ("the Palestinian Authority condemned the Palestinian attack on the bus", "the Pakistani
    militants' raid"), allows: those of that side's country; all of them when it names none. The
    side named (the reactor's own, so coded as no target) rules out another country's actor
    told near the earlier act."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    named = {m.code[:3] for c in (obj.children if obj is not None else ())
             if c.dep_ in ("amod", "poss") and (m := res.mention_at(c.i)) is not None}
    return [m for m in doers if m.code[:3] in named] if named else doers


def _told_by_purpose(raw: Raw, raws: list[Raw], cues) -> bool:
    """Whether the act of a `purpose_done_governors` verb is told again by its "to"-infinitive,
    which says what was done ("took to the streets to protest against the government"): one act
    of one root by the same doers, coded once, by the adjunct that names its target."""
    tok = raw.trigger
    if tok.lemma_.lower() not in cues.purpose_done_governors:
        return False
    doers = {m.code[:3] for m in raw.sources}
    return any(o is not raw and o.trigger.head.i == tok.i and o.trigger.dep_ in ("advcl", "xcomp")
               and o.code[:2] == raw.code[:2] and o.modality == raw.modality and o.targets
               and {m.code[:3] for m in o.sources} == doers for o in raws)


def _elaborates(tok, triggers) -> bool:
    """Whether a verb is an adjunct clause with no subject of its own ("..., killing 20 people",
    "resigned to allow elections", "blocked roads demanding ...") of another coded verb."""
    if tok.dep_ != "advcl" or tok.head == tok or tok.head.i not in triggers:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _used_for(tok, triggers, cues) -> bool:
    """Whether a verb is the "to"-infinitive a coded verb of using (`instrument_verbs`) governs:
    what the means was used for ("used tear gas to disperse the protesters", "employed water
    cannon to clear the square")."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head != tok and head.i in triggers
            and head.lemma_.lower() in cues.instrument_verbs)


def _took_own_people(raw: Raw, head_i: int, out: list[Raw]) -> bool:
    """Whether an adjunct of the same root tells whom its head act, coded without a target named
    and so against its doer's own people (`arguments.own_people`), was done to: the head takes
    the adjunct's targets ("fired tear gas to disperse the protesters": at the protesters)."""
    for head in out:
        if head.trigger.i == head_i and head.code[:2] == raw.code[:2] and head.targets and all(
                m.actor == -1 and not m.text for m in head.targets):
            head.targets = list(raw.targets)
            return True
    return False


def _violent(code: str, head) -> bool:
    """Violence told as the consequence of a violent act ("shelled Juba, killing 20 people"):
    CAMEO codes the act once."""
    return senses.force(code) and senses.force(head.pattern.code or "")


def _sentence_subject(sent, res, cues) -> list[Mention]:
    """The actors the sentence's main clause is about, for a later agentless passive."""
    root = sent.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and not agent_mentions(root, res, cues)):
            return phrase_mentions(c, res, SUBJECT_PREPS) if c.dep_ == "nsubj" else agent_mentions(root, res, cues)
    return []


# ---------------------------------------------------------------- events


def _pairs(raw: Raw, res: Resolution, local_titles: frozenset[str] = frozenset()):
    """The (source, target) pairs a raw event codes: every source with every target, both ways
    round for a joint act ("X and Y agreed", "a call between X and Y"), never an actor with itself;
    two actors of the same code only when clearly two (`roles.distinct`: a governor and the
    federal government)."""
    src = raw.sources or [None]
    if raw.sym and not raw.targets and len(raw.sources) > 1:
        for a in raw.sources:
            for b in raw.sources:
                if a is not b and (a.code != b.code or distinct(a, b, res, local_titles)):
                    yield a, b
        return
    if raw.sym and raw.targets and len(raw.sources) == 1 and confidence.nominal(raw):
        # "a call between Xi and Putin": a joint act, coded both ways
        for a in raw.sources + raw.targets:
            for b in raw.sources + raw.targets:
                if a is not b and (a.code != b.code or distinct(a, b, res, local_titles)):
                    yield a, b
        return
    if _respectively(raw):
        yield from zip(raw.sources, raw.targets)  # "Britain and France condemned Iran and Syria respectively"
        return
    tgt = raw.targets or [None]
    for a in src:
        for b in tgt:
            if a is not None and b is not None and a.code == b.code and not distinct(a, b, res, local_titles):
                continue
            yield a, b


def _respectively(raw: Raw) -> bool:
    """Whether "respectively" pairs the doers with as many targets in order ("Britain and France
    condemned Iran and Syria respectively": Britain Iran, France Syria), not every one with every one."""
    return (len(raw.sources) == len(raw.targets) > 1
            and any(t.lower_ == "respectively" for t in raw.trigger.subtree))


def _event(raw: Raw, src: Mention | None, tgt: Mention | None, sent, lexicon: Lexicon, code: str | None = None) -> Event:
    """One coded `Event` for a pair, with its code's PLOVER type, Goldstein score and QuadClass."""
    code = code or raw.code
    info = lexicon.info(code)
    tok = raw.trigger
    why = confidence.factors(raw, src, tgt, sent, marks=lexicon.cues.hypothetical_marks, speech=raw.speech,
                             weapons=lexicon.cues.weapons)
    return Event(
        source=src.code if src else None,
        target=tgt.code if tgt else None,
        cameo=code,
        plover=info.plover,
        goldstein=info.goldstein,
        quad_class=quad_class(code),
        modality=raw.modality,
        text=text_in(sent),
        start=sent.start_char,
        end=sent.end_char,
        trigger=tok.text,
        trigger_start=tok.idx,
        trigger_end=tok.idx + len(tok.text),
        source_text=src.text if src else None,
        target_text=tgt.text if tgt else None,
        confidence=confidence.product(why),
        confidence_factors=confidence.written(why),
    )
