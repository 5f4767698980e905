"""How sure the coder is of each event: a 0-1 confidence read off its evidence.

A stage of its own, called by the coder for every event it builds (`factors`, whose `product` is
the confidence, stored beside it as `written`) and when it merges repeats (`repeated`). The
confidence is the product of factors from ``data/events/confidence.yaml``: how the trigger matched (a pattern that names its object is
surer than a bare verb), how each side's actor was found (a name beats a pronoun, a pronoun beats
a role with no country, which beats nothing), and the doubts the sentence raises (a question, a
headline, a conditional word, quoted words, far arguments, an ambiguous trigger word, a missing
target). Each further mention of the same event in the article raises it.

The threshold below is what analytics, the dashboard, `relations`, `dyad` and the exports keep
by default (`--min-confidence` and the API's `min_confidence` change it). On the wild dev set
(`benchmarks/wild.py`) the share of events at or above it that are right is reported per half.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from ..datafiles import read_yaml
from ..errors import DictionaryError
from ..nlp.pipeline import text_in, text_of
from .modality import CONDITIONS
from .roles import trailing_participle
from .senses import force

#: events at or above this confidence are shown and counted by default
DEFAULT_MIN_CONFIDENCE = 0.5

DATA = Path(__file__).resolve().parent.parent / "data" / "events" / "confidence.yaml"
_SIDES = ("name", "title", "apposition", "surname", "metonym", "dictionary", "place", "demonym", "agent",
          "description", "pronoun", "bound", "plural", "context", "implied", "no_country", "unnamed", "none")
_TRIGGERS = ("constrained", "verb", "noun", "speech", "statement", "user")
_CUES = ("ambiguous_trigger", "question", "headline", "hypothetical_word", "quoted_trigger", "far_argument",
         "same_country", "own_country", "no_target", "no_target_standalone", "anaphoric_target", "modifier_target", "hearsay",
         "own_army_inferred")
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_RELATIVE_PRONOUNS = ("WDT", "WP", "WP$")  # "that", "which", "who", "whose": tags that open a relative clause
_WHOLE_COUNTRY = ("name", "place")  # side kinds that name a country as a whole ("Australia", "in Florida"); a metonym ("Canberra", "the Kremlin") names its government
_DIRECT = ("dobj", "iobj", "dative", "nsubj", "nsubjpass")  # a side the trigger acts on or is done by, not one at one remove
FAR = 12  # tokens between a side and the trigger beyond which `far_argument` applies


@dataclass(frozen=True, slots=True)
class Weights:
    side: dict[str, float] = field(hash=False)
    trigger: dict[str, float] = field(hash=False)
    cues: dict[str, float] = field(hash=False)
    ambiguous: frozenset[str]
    standalone_roots: frozenset[str]
    actor_heads: frozenset[str]
    doubt_modals: frozenset[str]
    repetition: float
    conditional_roots: frozenset[str] = frozenset()
    unnamed_roots: frozenset[str] = frozenset()
    hearsay_adverbs: frozenset[str] = frozenset()
    hearsay_verbs: frozenset[str] = frozenset()
    hearsay_modifiers: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    sense_particles: frozenset[str] = frozenset()
    army_roles: frozenset[str] = frozenset()
    armed_roles: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | str = DATA) -> "Weights":
        """The factors of `confidence.yaml`, validated (each 0-1, every key present). Cached."""
        return _load(str(path))


@lru_cache(maxsize=4)
def _load(path: str) -> Weights:
    data = read_yaml(path, "the confidence factors")

    def table(key: str, names: tuple[str, ...]) -> dict[str, float]:
        got = data.get(key) or {}
        missing = [n for n in names if n not in got]
        if missing:
            raise DictionaryError(f"{key}: missing factor(s) {', '.join(missing)}", source=path)
        out = {}
        for n in names:
            v = got[n]
            if not isinstance(v, (int, float)) or not 0 < v <= 1:
                raise DictionaryError(f"{key}.{n}: {v!r} must be a number in (0, 1]", source=path)
            out[n] = float(v)
        return out

    rep = data.get("repetition", 1.0)
    if not isinstance(rep, (int, float)) or not 1 <= rep <= 2:
        raise DictionaryError(f"repetition: {rep!r} must be a number in [1, 2]", source=path)
    return Weights(
        side=table("side", _SIDES),
        trigger=table("trigger", _TRIGGERS),
        cues=table("cues", _CUES),
        ambiguous=frozenset(str(w).lower() for w in data.get("ambiguous_triggers") or ()),
        standalone_roots=frozenset(str(r) for r in data.get("standalone_roots") or ()),
        actor_heads=frozenset(str(w).lower() for w in data.get("actor_heads") or ()),
        doubt_modals=frozenset(str(w).lower() for w in data.get("doubt_modals") or ()),
        repetition=float(rep),
        conditional_roots=frozenset(str(r) for r in data.get("conditional_roots") or ()),
        unnamed_roots=frozenset(str(r) for r in data.get("unnamed_roots") or ()),
        **{key: frozenset(str(x).lower() for x in data.get(key) or ())
           for key in ("hearsay_adverbs", "hearsay_verbs", "hearsay_modifiers", "hearsay_nouns", "sense_particles")},
        **{key: frozenset(str(x).upper() for x in data.get(key) or ()) for key in ("army_roles", "armed_roles")},
    )


def side_kind(mention) -> str:
    """How a side's actor was found, as `confidence.yaml` names it."""
    if mention is None:
        return "none"
    code = mention.code or ""
    if not _has_country(code):
        return "no_country"
    return mention.via if mention.via in _SIDES else "name"


def nominal(raw) -> bool:
    """Whether an event is named by a noun: a noun, or a gerund a noun row coded ("Fighting between
    the army and the RSF killed 25")."""
    return raw.trigger.pos_ in ("NOUN", "PROPN") or (raw.pattern is not None and raw.pattern.pos == "N")


def _has_country(code: str) -> bool:
    """Whether a side's code places it: a known country's ("CHNGOV"), or an international or
    transnational body ("IGOUNO", "NGO"). A code of roles alone ("GOV", "COP", or a user
    dictionary's "PPL", "OPPLAB": Phoenix's "men", "protesting workers") places no one."""
    from ..actors.dictionary import NON_COUNTRY, ActorDictionary

    head = code[:3]
    if head in NON_COUNTRY and head != "---":
        return code != "MNC"  # a multinational named, not the bare role
    return head in ActorDictionary.load().country_names


def product(found: list[tuple[str, float]]) -> float:
    """The confidence of an event: the product of its `factors`, capped at 1."""
    conf = 1.0
    for _, value in found:
        conf *= value
    return round(min(conf, 1.0), 3)


def factors(raw, src, tgt, sent, *, marks: frozenset[str], speech: bool = False,
            weights: Weights | None = None, weapons: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """Why the event `raw` (build.Raw) from `src` to `tgt` (Mentions or None) in the spaCy sentence
    `sent` has its confidence (`marks`: the lexicon's `hypothetical_marks`, "if", "unless"): each
    factor of `confidence.yaml` that applies, as
    (``"<table>.<name>"``, value), in order: the trigger, the source side, the target side (or
    its absence), then each sentence cue ("trigger.verb", "source.context", "cues.no_target")."""
    w = weights or Weights.load()
    tok = raw.trigger
    p = raw.pattern
    if p is not None and "user" in p.flags:
        trigger = "user"
    elif raw.code == "010":
        trigger = "statement"
    elif speech:
        trigger = "speech"
    elif p is not None and (p.heads or p.prep or p.mods or p.before or p.after):
        trigger = "constrained"  # the pattern named an object, preposition or words
    else:
        trigger = "noun" if nominal(raw) else "verb"
    out = [(f"trigger.{trigger}", w.trigger[trigger])]
    kind = side_kind(src)
    if kind == "none" and raw.code[:2] in w.unnamed_roots and _finite_passive(tok) and not (p is not None and p.pos == "A"):
        # "the party was accused of ...": the news leaves the critics unsaid; a participle read as
        # its adjective ("the team was disappointed with ...") has its subject as doer, unresolved
        kind = "unnamed"
    if kind == "pronoun" and _bound(src, tok):
        kind = "bound"  # "Trump released the transcript of his call with Zelensky": "his" is the clause's named subject
    out.append((f"source.{kind}", w.side[kind]))
    if tgt is not None:
        if not (kind == "plural" and side_kind(tgt) == "plural" and tgt.tok_start == src.tok_start):
            out.append((f"target.{side_kind(tgt)}", w.side[side_kind(tgt)]))  # one phrase read as both sides ("both sides agreed") is one doubt
    else:
        alone = raw.code[:2] in w.standalone_roots or (p is not None and "alone" in p.flags)
        cue = "no_target_standalone" if alone else "no_target"
        out.append((f"cues.{cue}", w.cues[cue]))
    out.extend((f"cues.{cue}", w.cues[cue]) for cue in cues(raw, src, tgt, sent, w, marks, weapons))
    return out


def _bound(m, tok) -> bool:
    """Whether a pronoun side is the possessive of the act noun itself ("his call with", "their
    talks with") in a clause whose subject, named before it, is no pronoun: the possessive is bound
    to that subject, as sure as a surname."""
    doc = tok.doc
    if m.tok_end - m.tok_start != 1:
        return False
    poss = doc[m.tok_start]
    if poss.dep_ != "poss" or poss.head.i != tok.i:
        return False
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        if subj:
            # "The transcript of his call was released": a subject that holds the act names no antecedent
            return (subj[0].i < poss.i and subj[0].pos_ in ("PROPN", "NOUN")
                    and not subj[0].left_edge.i <= poss.i <= subj[0].right_edge.i)
    return False


def _finite_passive(tok) -> bool:
    """Whether a trigger is a finite passive verb ("was accused", "has been criticised"), not a
    participle modifying a noun ("a man accused of spying")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in tok.children)


def _threatened(tok) -> set[int]:
    """The tokens of what a threat says its doer would do, conditional by nature: its "to"-clause
    and its condition ("threatened to use live fire if ..."), or a "that"-clause whose subject is a pronoun, the
    doer speaking of itself ("warned they would use force if necessary"). A forecast of what
    others would do ("warned that children would face risks") is no such content: its "would"
    stays a doubt."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PRON" for g in c.children)):
            out.update(t.i for t in c.subtree)
        elif c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONS for g in c.children):
            out.update(t.i for t in c.subtree)  # its condition: "threatened to use live fire if ..."
    return out


def _sense_object(p, tok) -> bool:
    """Whether the row names the verb's direct object, which picks the word's sense ("fired tear
    gas", "released prisoners", not "fired the director"); a prepositional phrase the parser may
    hang elsewhere does not, but a row with both picks it by the object the verb has ("fired
    water cannon at a boat")."""
    if p is None or p.pos != "V" or not p.heads or "user" in p.flags:
        return False
    return not p.prep or any(c.dep_ == "dobj" and c.lemma_.lower() in p.heads for c in tok.children)


def _sense_particle(p, tok, w: Weights) -> bool:
    """Whether the row's preposition, on the verb itself, makes a phrasal verb of one sense
    (`sense_particles`: "called on Israel to halt", "called for Russia to withdraw" appeal; no
    phone call); a noun's does as well ("a visit to Japan" is a journey there). Only for an
    appeal that names whom it asks (the caller checks): with no one named, "called for an end to
    the violence" may be a document's or anyone's."""
    if p is None or p.pos not in ("V", "N") or not p.prep or f"{tok.lemma_.lower()} {p.prep}" not in w.sense_particles:
        return False
    return any(c.dep_ in ("prep", "prt") and c.lower_ == p.prep for c in tok.children)


def _sense_settled(raw, tgt, w: Weights, weapons: frozenset[str]) -> bool:
    """Whether the row or the sentence picks the sense of an ambiguous trigger: its object, its
    particle (with a target named), a label row, or a weapon as its subject."""
    p, tok = raw.pattern, raw.trigger
    return (_sense_object(p, tok) or (tgt is not None and _sense_particle(p, tok, w)) or _labelled(p)
            or _weapon_struck(raw, weapons))


def _weapon_struck(raw, weapons: frozenset[str]) -> bool:
    """Whether an act of force (18-20) has a weapon for its subject: "Russian drones struck energy
    infrastructure", "Iranian missiles hit Israel" ("struck", "hit" are then no deal nor blow)."""
    if raw.code[:2] not in ("18", "19", "20"):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in weapons for c in raw.trigger.children)


def _labelled(p) -> bool:
    """Whether the event is a verb of naming read through the label it gives ("called the sanctions
    illegal", "called Netanyahu a terrorist"): the label tells the verb's sense, as a named object
    does ("call" as naming, not a phone call or an appeal)."""
    return p is not None and "label" in p.flags


def _other_conjunct(tok) -> set[int]:
    """The tokens of the verbs coordinated with the trigger's clause that come after it, with
    what they govern: their modal verbs doubt their own acts, not the trigger's ("demanded that
    the government withdraw the reform and said the strike would continue"). A mark of condition
    there still doubts it ("agreed to an interview, but only if ...")."""
    clause = tok
    while clause.dep_ not in ("ROOT", "conj") and clause.head != clause and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i
            for t in c.subtree}


def _around_relative(tok) -> set[int]:
    """The tokens of the sentence outside the relative clause that holds the trigger, when one does:
    a relative clause states a fact of its noun on its own ("the outage would be the latest, after
    one that outraged officials, who accused the utility of negligence": the accusation was made),
    so a modal verb of the clause around it doubts that clause, not the trigger's act. Nothing
    when the trigger is in no relative clause, or in one opened by no relative pronoun ("when the
    two men meet": a time)."""
    t = tok
    for _ in range(12):
        if t.dep_ == "relcl":
            if not any(x.tag_ in _RELATIVE_PRONOUNS for x in t.doc[t.left_edge.i : t.i]):
                return set()  # "when the two men meet next week": a time, not a fact of a noun
            inside = {x.i for x in t.subtree}
            return {x.i for x in tok.sent if x.i not in inside}
        if t.head.i == t.i:
            break
        t = t.head
    return set()


def _said_apart(tok, sent) -> set[int]:
    """The tokens of the that-clauses (ccomp) of verbs whose phrase does not hold the trigger: what
    someone says, thinks or expects there ("praised the deal with Turkey, saying it would help
    stabilise the region", "criticised the plan, which he said could fail") is that clause's own
    content; its modal verb doubts it, not the trigger's act. A clause that holds the trigger
    ("India would blame Pakistan, analysts said") is no such clause. Nor is the trigger's own
    that-clause ("warned that children would face risks"): a clause beside the trigger under one
    speaker ("Liu said that the army could be deployed, warning ...", "said sanctions might follow,
    and accused Iran ...") is what was said, not the trigger's act."""
    out: set[int] = set()
    for c in sent:
        if c.dep_ == "ccomp" and c.head.i != c.i:
            head = c.head
            if not head.left_edge.i <= tok.i <= head.right_edge.i or (
                    head.i != tok.i and not c.left_edge.i <= tok.i <= c.right_edge.i):
                # also a said-clause beside the trigger under one speaker ("Liu said that the army
                # could be deployed, warning: ..."): what was said, not the warning
                out.update(t.i for t in c.subtree)
            elif tok.head.i == c.i and trailing_participle(tok):
                # "said Iran could face sanctions, accusing Tehran": the participle the parser hung
                # on the said-clause is told beside it; the clause's modal verb is what was said
                inside = {t.i for t in tok.subtree}
                out.update(t.i for t in c.subtree if t.i not in inside)
    head = tok.head
    if trailing_participle(tok) and any(c.dep_ == "parataxis" and head.i < c.i < tok.i for c in head.children):
        # "Iran could face sanctions, Pompeo said, accusing Tehran": the clause before the
        # speaker is what was said, its modal verb not the participle's
        inside = {t.i for t in tok.subtree}
        out.update(t.i for t in head.subtree if t.i not in inside)
    return out


def cues(raw, src, tgt, sent, w: Weights, marks: frozenset[str], weapons: frozenset[str] = frozenset()) -> list[str]:
    """The doubts the sentence raises about the event (names of `confidence.yaml`'s cues); a
    `doubt_modals` word counts only as a modal verb (tagged MD: not "May 16"), a mark (`marks`:
    "if", "unless") wherever it stands. A force word whose subject is a weapon (`weapons`:
    "Russian drones struck ...", "missiles hit ...") has no other sense."""
    tok = raw.trigger
    out = []
    if (tok.lemma_.lower() in w.ambiguous or tok.lower_ in w.ambiguous) and not _sense_settled(raw, tgt, w, weapons):
        out.append("ambiguous_trigger")
    text = text_in(sent).strip().rstrip("\"'\u201d\u2019)]")
    if text.endswith("?"):
        out.append("question")
    elif (text and text[-1] not in ".!:;") or " | " in text:
        out.append("headline")  # no closing stop: a headline, a caption, a list of links
    content = _threatened(tok) if raw.code[:2] in w.conditional_roots else set()
    later = _other_conjunct(tok)  # "demanded X and said the strike would continue": that modal is the strike's
    said = _said_apart(tok, sent)  # "praised the deal, saying it would help": the modal is what was said
    around = _around_relative(tok)  # "would be the latest outage, one that outraged officials, who accused PG&E"
    if raw.modality == "asserted" and any((t.lower_ in marks or (t.tag_ == "MD" and t.lower_ in w.doubt_modals
                                                                  and t.i not in later and t.i not in said
                                                                  and t.i not in around))
                                          and t.i not in content for t in sent):  # a condition anywhere doubts
        out.append("hypothetical_word")
    if _inside_quotes(tok, sent):
        out.append("quoted_trigger")
    if any(m is not None and sent.start <= m.tok_start < sent.end  # an antecedent's doer is further back by nature
           and min(abs(m.tok_start - tok.i), abs(m.tok_end - 1 - tok.i)) > FAR and not _tied(m, tok) for m in (src, tgt)):
        out.append("far_argument")
    if src is not None and tgt is not None and _has_country(src.code) and src.code[:3] == tgt.code[:3]:
        out.append("same_country")
        if not force(raw.code) and _own_country(src, tgt, tok):  # force is aimed at whoever holds the place it strikes
            out.append("own_country")
        if force(raw.code) and _own_army_inferred(src, tgt, sent, w):
            out.append("own_army_inferred")
    if raw.modality == "asserted" and _hearsay(tok, w):
        out.append("hearsay")
    if raw.anaphoric:
        out.append("anaphoric_target")
    if tgt is not None and len(tgt.code) == 3 and _modifies_a_thing(tgt, sent, w.actor_heads):
        out.append("modifier_target")
    return out


def _tied(m, tok) -> bool:
    """Whether a side is the trigger's own subject or object in the parse (`_DIRECT`, or the
    object of its passive "by"): far from it only by a phrase between them ("The United States, the
    European Union and the Group of Eight have all called on India", "Israeli troops operating in
    West Bank land near Nablus also shot dead ..."), which is no doubt of whose act it is."""
    head = tok.doc[m.tok_start:m.tok_end].root
    if head.head.i == tok.i and head.i != tok.i:
        return head.dep_ in _DIRECT
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == tok.i


def _own_country(src, tgt, tok) -> bool:
    """Whether the target is a country named as a whole ("Australia", "in Florida") that is not
    the trigger's own object or subject, and the source one of its own people or bodies
    ("Australian workers", "a man" in an Australian story): people acting on their own country
    told at one remove from the act is rarely the act; most often the country is a place the
    sentence names ("people arriving illegally in Australia", "travelled from Florida to
    Atlanta"), the owner of a thing ("reacted to the cuts of Australia's biggest bank") or the
    subject of what is said ("says Australia is capable of ..."). A country the act is done to by
    name ("rights groups accused Australia of ...") is no such doubt, nor is the state acting on
    its own people ("China detained two activists"), nor a people's act on their capital or seat
    of power, a metonym of its government ("protesters marched on Canberra", "urged Beijing to").
    (Read after `same_country`, for acts other than force: a strike on a place in one's own
    country, "rebels shelled positions in Aleppo", is aimed at whoever holds it.)"""
    if len(tgt.code) != 3 or side_kind(tgt) not in _WHOLE_COUNTRY or len(src.code) <= 3:
        return False
    doc = tok.doc
    head = next((t for t in doc[tgt.tok_start:tgt.tok_end] if not tgt.tok_start <= t.head.i < tgt.tok_end), None)
    return head is None or head.head.i != tok.i or head.dep_ not in _DIRECT


_INFERRED = ("agent", "pronoun", "context", "description")  # side kinds whose country the sentence does not give with the side


def _own_army_inferred(src, tgt, sent, w: Weights) -> bool:
    """Whether an army (`army_roles`) whose country was inferred, its own phrase naming none
    ("Gunships destroyed ...", "They fired missiles on ...": not "Ethiopian army units"), uses
    force on the people, leaders or places of the very country it was given, not on an armed side
    of it (`armed_roles`): a bare force in a story of raids is mostly another state's, given the
    country of what it strikes, where an army that strikes its own people is named as that
    country's. (Read after `same_country`; roles are the letters after an actor code's country.)"""
    if src.code[3:6] not in w.army_roles or side_kind(src) not in _INFERRED:
        return False
    if any(t.ent_type_ in ("GPE", "NORP") for t in sent.doc[src.tok_start:src.tok_end]):
        return False  # "Myanmar soldiers", "the Ethiopian army": the phrase names its country
    return not (len(tgt.code) > 3 and tgt.code[3:6] in w.armed_roles)


def _hearsay(tok, w: Weights) -> bool:
    """Whether the sentence tells the act of `tok` at second hand (`hearsay_*` of confidence.yaml):
    "reportedly" on its verb or a verb it is the complement of ("Pakistan reportedly met Taliban
    officials"), a passive verb of saying or believing it is the "to"-infinitive of ("Russia is
    believed to have deployed missiles"), or an "unconfirmed report" as the subject of a verb
    whose reported clause holds it ("unconfirmed reports said troops had shelled a camp"). A
    report the act itself denies or rejects ("denied unconfirmed reports") is its object, not
    its source, and no doubt."""
    t = tok
    for _ in range(6):
        if any(c.dep_ == "advmod" and c.lower_ in w.hearsay_adverbs for c in t.children):
            return True
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in w.hearsay_nouns and c.i != tok.i
               and any(m.dep_ == "amod" and m.lower_ in w.hearsay_modifiers for m in c.children)
               for c in t.children) and t != tok:
            return True
        if t.head == t:
            return False
        if (t.dep_ == "xcomp" and t.head.lemma_.lower() in w.hearsay_verbs
                and any(c.dep_ == "auxpass" for c in t.head.children)):
            return True  # "is believed to have deployed", "was said to have met"
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl") and t.pos_ not in ("NOUN", "PROPN"):
            return False
        t = t.head
    return False


def _modifies_a_thing(m, sent, actor_heads: frozenset[str]) -> bool:
    """Whether a side is only the modifier of a noun that names no actor ("the Ukraine scandal",
    "Russian collusion"): the thing is what the act is about, the country at one remove. (Read
    for bare countries only: "a Hong Kong court ruling" is the court's act.)"""
    doc = sent.doc
    toks = [doc[i] for i in range(m.tok_start, m.tok_end)]
    head = next((t for t in toks if not (m.tok_start <= t.head.i < m.tok_end) and t.dep_ not in ("det", "punct", "case")), None)
    if head is None or head.dep_ not in ("compound", "amod", "nmod") or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = head.head
    return not (noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.lemma_.lower() in actor_heads)


def _inside_quotes(tok, sent) -> bool:
    """Whether an odd number of quotation marks stand between the sentence start and the trigger."""
    before = text_of(tok.doc)[sent.start_char : tok.idx]  # the words up to the trigger, with their spaces
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def repeated(conf: float, mentions: int, weights: Weights | None = None) -> float:
    """The confidence of an event stated `mentions` times in the article."""
    return round(min(1.0, conf * repetition(mentions, weights)), 3)


def repetition(mentions: int, weights: Weights | None = None) -> float:
    """The factor of an event stated `mentions` times: `repetition` for each further one, up to 3."""
    w = weights or Weights.load()
    return w.repetition ** (min(mentions, 3) - 1)


def written(found: list[tuple[str, float]], mentions: int = 1, weights: Weights | None = None) -> str:
    """The factors of an event as stored beside its confidence (`Event.confidence_factors`):
    ``"trigger.verb 0.9; source.context 0.8; cues.ambiguous_trigger 0.7"``, and ``"repeated 1.15"``
    (the factor, not the count) when the article states it more than once. `read` parses it;
    the glossary names each factor for people."""
    out = [f"{name} {value:g}" for name, value in found]
    if mentions > 1:
        out.append(f"repeated {round(repetition(mentions, weights), 3):g}")
    return "; ".join(out)


def read(text: str | None) -> list[tuple[str, float]]:
    """`written`'s factors back as (name, value) pairs; nothing for an event stored without them."""
    out = []
    for part in (text or "").split(";"):
        name, _, value = part.strip().rpartition(" ")
        try:
            out.append((name, float(value)))
        except ValueError:
            continue  # not one of ours: shown as nothing rather than stopping a page
    return [(n, v) for n, v in out if n]
