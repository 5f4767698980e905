"""The event coder: parsed sentences + resolved actors -> CAMEO/PLOVER events.

For each sentence: find trigger words (`triggers.py`: one dict lookup per token, each trigger's
most specific pattern), fold control verbs into the events they govern and code speech verbs
(`clauses.py`), build each remaining trigger's event with its sources and targets (`build.py`,
reading the parse through `arguments.py` and `roles.py`; modality from `modality.py`), then
pair sources with targets and merge repeats of the same event across the article into one
`Event` with a mention count (here).
"""

from __future__ import annotations

import re
from datetime import date

from ..actors.dictionary import ActorDictionary, split_code
from ..actors.types import Mention, Resolution
from ..model import Event
from ..nlp.dates import MONTHS
from ..nlp.pipeline import line_of
from . import anaphora, confidence
from .arguments import list_item
from .build import Raw, noun_event, verb_event
from .clauses import announced, fold_controls, label_event, reports_clause, speech_event
from .lexicon import Lexicon, quad_class
from .roles import SUBJECT_PREPS, agent_mentions, phrase_mentions, same_side, subject_token
from .triggers import find_triggers


def code_events(doc, res: Resolution, *, on: date | None = None, lexicon: Lexicon | None = None) -> list[Event]:
    """Code the events of a parsed document (`doc`, a spaCy Doc) whose actors `res` resolved.

    Pure: same inputs, same events. `on` is the article date (reserved for date-dependent
    patterns; actor codes already carry the date through `res`)."""
    lexicon = lexicon or Lexicon.load()
    merged: dict[tuple, Event] = {}
    best: dict[tuple, float] = {}  # the surest single mention's confidence, per merged event
    context: list[tuple[int, list[Mention], set[str], bool]] = []  # (sentence number, subject mentions, roots they did, list item?)
    history: list[anaphora.Done] = []  # earlier events, for targets named by what they did
    sporty = _sports_article(doc, lexicon.cues)
    for n, sent in enumerate(doc.sents):
        if _boilerplate(sent, lexicon.cues):
            continue  # a photo caption, a list of links: not the article's own sentences
        triggers = find_triggers(sent, lexicon)
        raws = _code_sentence(sent, triggers, res, lexicon, context, n, history, sporty)
        history.extend(anaphora.record(n, sent, raws))
        for raw in raws:
            for src, tgt in _pairs(raw):
                found = [_event(raw, src, tgt, sent, lexicon)]
                if raw.reverse_code:
                    found.append(_event(raw, tgt, src, sent, lexicon, code=raw.reverse_code))
                for ev in found:
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
        subj = _sentence_subject(sent, res)
        if subj:
            codes = {m.code for m in subj}
            roots = {r.code[:2] for r in raws if any(m.code in codes for m in r.sources)}
            context.append((n, subj, roots, list_item(sent)))
    for key, ev in merged.items():
        ev.confidence = confidence.repeated(best[key], ev.mentions)
    return list(merged.values())


# ---------------------------------------------------------------- one sentence


def _code_sentence(sent, triggers, res, lexicon, context, n, history, sporty: bool = False) -> list[Raw]:
    """The raw events of one sentence: each trigger not consumed by another's event, with control
    verbs folded in, speech verbs coded as statements, and announced acts recoded."""
    cues = lexicon.cues
    out: list[Raw] = []
    folded = fold_controls(triggers, lexicon)
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
        if "say" in p.flags or reports_clause(tok, p, lexicon):
            raw = speech_event(trig, triggers, res, lexicon, sent)
            if raw:
                raw.speech = True
                out.append(raw)
            continue
        if "label" in p.flags:
            raw = label_event(trig, res, lexicon, sent)  # "called Biden a liar": the label's code
        elif p.pos == "V" or p.pos == "A":
            joint = tok.i in folded and "sym" in folded[tok.i][0].pattern.flags  # "failed to reach agreement"
            themes = frozenset(t.obj.i for t in (trig, folded[tok.i][0] if tok.i in folded else None) if t is not None and t.obj is not None and t.obj.pos_ != "VERB")
            fprep = folded[tok.i][0].pattern.prep if tok.i in folded else None
            raw = verb_event(tok, role_tok, code, p, res, lexicon, sent, context, n, joint=joint, themes=themes, folded_prep=fprep)
            if raw is not None and raw.targets and _elaborates(tok, triggers) and _took_own_people(raw, tok.head.i, out):
                continue  # "fired tear gas to disperse protesters": the head act is done to them
            if raw is not None and _elaborates(tok, triggers) and (not raw.targets or _violent(code, triggers[tok.head.i])):
                if not (raw.targets and tok.head.i < tok.i and not any(r.trigger.i == tok.head.i and r.targets for r in out)):
                    continue  # "shelled Juba, killing 20 people": the adjunct elaborates the coded act
                # "stormed a protest camp, killing hundreds of demonstrators": the act it would
                # elaborate named no one, so the adjunct tells whom it was done to
        else:
            raw = noun_event(tok, code, p, res, lexicon, sent)
        if raw is None:
            continue
        raw.pattern = p
        root_before = raw.code[:2]  # an act announced as refused is dyadic as what it was ("did not accept")
        if tok.i not in folded and "user" not in p.flags:
            announced(raw, role_tok, sent, lexicon)
        if not raw.targets and raw.sources and (root_before in cues.dyadic_roots or raw.code[:2] in cues.dyadic_roots):
            # "The Kremlin condemned the package", "did not accept the offer": whoever made it
            raw.targets = anaphora.antecedent_target(role_tok, n, history, {m.code for m in raw.sources}, cues.anaphoric_nouns)
            raw.anaphoric = bool(raw.targets)
        if not raw.targets and raw.code[:2] in cues.dyadic_roots and not (raw.sym and len(raw.sources) > 1):
            continue  # an act always done to someone, whose someone the sentence does not name
        if not raw.sources and all(m.via in ("agent", "context") and m.code.endswith("CVL") for m in raw.targets):
            continue  # "24 people were killed": no one named on either side says too little
        if "armed" in p.flags and not _armed_doer(raw, cues):
            continue  # "a strike on British Airways" by a union: no force
        if _forecast(raw, res, cues):
            continue  # "NATO warned that Russia could attack": a forecast, no threat to Russia
        if _verbal_attack(raw, cues):
            raw.code = "111"  # "the Democrats attacked Trump's family": words, not force
        elif _armed_sense(raw, trig, cues):
            raw.code = cues.armed_senses[_sense(trig)]  # "troops came under fire from rebels": force
        if _off_politics(raw, sent, cues, sporty):
            continue  # "Wales beat Hungary 2-0", "the company withdrew its bid": a contest or a business move
        out.append(raw)
    return out


_OPENER = re.compile(r"\s*([A-Za-z][A-Za-z ]{0,24}?)\s*[:|\u2014\u2013-]\s")


def _boilerplate(sent, cues) -> bool:
    """Whether a sentence is a photo caption or an item of a list of links: its line opens with a
    `caption_openers` word and a colon or dash ("FILE PHOTO:", "Related stories:", "WATCH -"), or
    it holds a photo credit (`credit_marks`: "REUTERS/Sergei Karpukhin", "AP Photo")."""
    low = sent.text.lower()
    if any(mark in low for mark in cues.credit_marks):
        return True
    hit = _OPENER.match(line_of(sent))
    return bool(hit) and hit.group(1).strip().lower() in cues.caption_openers


def _elaborates(tok, triggers) -> bool:
    """Whether a verb is an adjunct clause with no subject of its own ("..., killing 20 people",
    "resigned to allow elections", "blocked roads demanding ...") of another coded verb."""
    if tok.dep_ != "advcl" or tok.head == tok or tok.head.i not in triggers:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


_FORCE_ROOTS = ("18", "19", "20")
_CONTEST_ROOTS = ("08", "15", "16", "17", "18", "19", "20")


#: an article with this many nouns of sport (`sports_story_words`), of at least SPORTS_KINDS kinds,
#: is a sports story: a country named with no role is its team ("Russia beat Croatia on Monday")
SPORTS_MIN, SPORTS_KINDS = 8, 2


def _sports_article(doc, cues) -> bool:
    """Whether the article is a sports story: enough nouns of sport (`sports_story_words`: not
    "league" or "goal", which politics uses too), names left out ("Muslim League")."""
    found = [t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in cues.sports_story_words]
    return len(found) >= SPORTS_MIN and len(set(found)) >= SPORTS_KINDS


def _off_politics(raw, sent, cues, sporty: bool = False) -> bool:
    """Acts of force or contest that are political only between political actors: in a sentence
    with the words of a game they are play (a word of a game inside a side's own name is none:
    "arrested strikers", "human rights defenders", "the Arab League"), as is any act between
    countries named with no role (or their people) in a sports story; force between unarmed sides
    in a sentence about an election is a race; any act of businesses alone is business ("Apple
    sued Samsung", "signed a deal with Apple"); and any act between countries named with no role
    in a sentence that gives a score ("beat France 2-0"; a range before a month, "24-25 February",
    is a date)."""
    sides = [m.code for m in raw.sources + raw.targets]
    if sporty and sides and all(_team(c) for c in sides):
        return True  # "Russia beat Croatia", "Spain ... against defending champion Croatia"
    if sides and all(_team(c) for c in sides) and _score(sent):
        return True  # "Germany beat France 2-0", "Italy hammered Russia 5-0": a score between teams
    if _business(raw):
        return True  # "Samsung signed a deal with Apple", "Apple sued Samsung": business
    if raw.code[:2] not in _CONTEST_ROOTS:
        return False
    named = {i for m in raw.sources + raw.targets for i in range(m.tok_start, m.tok_end)}
    words = {t.lemma_.lower() for t in sent}
    if {t.lemma_.lower() for t in sent if t.i not in named} & cues.sports_words:
        return True
    if raw.code[:2] in _FORCE_ROOTS and words & cues.election_words and not any(_role(c) in cues.armed_roles for c in sides):
        return True  # "parties battle to win the election": a race
    return False


def _business(raw) -> bool:
    """Whether an act is a company's business, no political actor's: every side is a business,
    save private people it deals with short of force ("Google offers people ...") and its own
    country named only by a demonym, which describes it ("Alibaba denied claims about the Chinese
    e-commerce giant"; "China fined Alibaba" is the state's act)."""
    sides = raw.sources + raw.targets
    firms = {m.code[:3] for m in sides if _role(m.code) == "bus"}
    if not firms:
        return False
    for m in sides:
        role = _role(m.code)
        if role == "bus" or (role == "cvl" and raw.code[:2] not in _FORCE_ROOTS):
            continue
        if not role and m.via == "demonym" and m.code in firms:
            continue
        return False
    return True


_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")


def _score(sent) -> bool:
    """Whether a sentence holds a game's score ("2-0", "24-17"), not a date range ("24-25 February")."""
    doc, toks = sent.doc, list(sent)
    for k, t in enumerate(toks):
        if _SCORE.fullmatch(t.text):
            end = t.i + 1
        elif (k + 2 < len(toks) and toks[k + 1].text in ("-", "\u2013")
              and _SCORE.fullmatch(f"{t.text}-{toks[k + 2].text}")):
            end = t.i + 3  # the tokenizer splits "2-0" into "2", "-", "0"
        else:
            continue
        if end >= len(doc) or doc[end].lower_ not in MONTHS:
            return True
    return False


def _team(code: str) -> bool:
    """Whether a side can be a national team in a sports story: a country named with no role, or
    its people; no state organ, international body or NGO ("IGOEUREEC" has no role either)."""
    countries = ActorDictionary.load().country_names
    return code in countries or (code[:3] in countries and code[3:] == "CVL")


#: how a mention names a person or body by name ("Sunak", "Le Pen", "Labour"), not by what it is
#: ("protesters", "the opposition leader": `agent`) or where it is from (`demonym`, `place`)
_BY_NAME = frozenset({"name", "surname", "title", "apposition", "pronoun", "dictionary"})


def _verbal_attack(raw, cues) -> bool:
    """An act of force made with words (CAMEO 111, criticise): an attack whose every source is a
    party, a legislature or the media (`verbal_roles`: "the Democrats attacked Trump's family"), or
    a fight (`verbal_fights`: "clashed", "fired back at") whose every side is a political person or
    body named by name (`political_roles`: "Sunak and Starmer clashed over tax"); never with
    protesters, police, troops or a country on a side."""
    if raw.code[:2] != "19" or not raw.sources:
        return False
    lemma = raw.trigger.lemma_.lower()
    if lemma in cues.verbal_attacks and all(_role(m.code) in cues.verbal_roles for m in raw.sources):
        return True
    sides = raw.sources + raw.targets
    return (lemma in cues.verbal_fights and len(sides) > 1
            and all(_role(m.code) in cues.political_roles and m.via in _BY_NAME for m in sides))


def _sense(trig) -> str:
    """A trigger's lemma, with its matched object's when it has one ("take aim")."""
    lemma = trig.tok.lemma_.lower()
    return f"{lemma} {trig.obj.lemma_.lower()}" if trig.obj is not None else lemma


def _armed_sense(raw, trig, cues) -> bool:
    """Whether a word of criticism is force here (`armed_senses`: "Ukrainian troops came under
    fire from Russian forces", "came under fire from Russian artillery"): a side, doer or target,
    is an armed actor (`armed_roles`), or the doer a weapon; "came under fire from MPs" is words."""
    tok = raw.trigger
    if _sense(trig) not in cues.armed_senses or raw.code[:2] != "11":
        return False
    if any(_role(m.code) in cues.armed_roles for m in raw.sources + raw.targets):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(g.lemma_.lower() in cues.weapons for c in verb.children if c.dep_ in ("prep", "agent")
               and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj")


def _forecast(raw, res, cues) -> bool:
    """Whether a warning only tells what someone else may do (`forecast_verbs` with no addressee,
    and a clause whose verb takes a `possibility_modals` modal and whose subject is not the
    warner's side: "NATO warned that Russia could attack", "warned that the fighting may displace
    millions"): a forecast, which threatens no one. "warned Russia that ...", "warned that it
    would strike Iran", "warned that Russia would face consequences" and "that protesters could
    face arrest" stay threats; a pronoun subject ("warned that they could ...") is left as it is."""
    tok = raw.trigger
    if raw.code[:2] != "13" or tok.lemma_.lower() not in cues.forecast_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ in cues.possibility_modals for c in clause.children):
        return False
    if clause.lemma_.lower() in cues.undergo_verbs:
        return False  # "warned that protesters could face arrest": what the warner may do to them
    subj, _ = subject_token(clause)
    if subj is None or subj.pos_ == "PRON":
        return False
    own = {m.code for m in raw.sources}
    return not any(same_side(m.code, own) for m in phrase_mentions(subj, res, SUBJECT_PREPS))


def _armed_doer(raw, cues) -> bool:
    """Whether a word that is force only in armed hands (a row flagged `armed`: "strikes on X",
    "hit") has such doers: every source a state (a country with no role), its government or an
    armed actor (`armed_roles`) that the sentence names, not one inferred from the place (`UAF`);
    or, for a verb, a weapon (`weapons`) for subject or agent ("Russian missiles hit Kyiv", "was hit
    by a drone"; "was hit by a car" is no force)."""
    tok = raw.trigger
    if tok.pos_ in ("VERB", "AUX"):
        subj, passive = subject_token(tok)
        if passive:
            subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subj is not None and subj.lemma_.lower() in cues.weapons:
            return True
    armed = (set(cues.armed_roles) - {"uaf"}) | {"", "gov"}
    return bool(raw.sources) and all(_role(m.code) in armed for m in raw.sources)


def _role(code: str) -> str:
    """The role of an actor code (the actors' `split_code`), lower case as in the cue lists:
    "USAPTYDEM" -> "pty", "IGOUNOMIL" -> "mil", a bare "COP" -> "cop"; "" when it has none."""
    return (split_code(code, ActorDictionary.load().country_names.keys())[1] or "").lower()


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
    return code[:2] in _FORCE_ROOTS and (head.pattern.code or "")[:2] in _FORCE_ROOTS


def _sentence_subject(sent, res) -> list[Mention]:
    """The actors the sentence's main clause is about, for a later agentless passive."""
    root = sent.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and not agent_mentions(root, res)):
            return phrase_mentions(c, res, SUBJECT_PREPS) if c.dep_ == "nsubj" else agent_mentions(root, res)
    return []


# ---------------------------------------------------------------- events


def _pairs(raw: Raw):
    """The (source, target) pairs a raw event codes: every source with every target, both ways
    round for a joint act ("X and Y agreed", "a call between X and Y"), never an actor with itself."""
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


def _event(raw: Raw, src: Mention | None, tgt: Mention | None, sent, lexicon: Lexicon, code: str | None = None) -> Event:
    """One coded `Event` for a pair, with its code's PLOVER type, Goldstein score and QuadClass."""
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
        confidence=confidence.score(raw, src, tgt, sent, marks=lexicon.cues.hypothetical_marks, speech=raw.speech),
    )
