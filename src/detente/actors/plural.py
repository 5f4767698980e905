"""Definite plural references: "the two leaders", "both sides", "the pair" stand for the actors
named just before.

"Xi met Putin in Moscow. The two leaders signed an agreement" names CHNGOV and RUSGOV;
"India and Pakistan exchanged fire. Both sides accused each other" IND and PAK. News uses such
phrases constantly, and an event whose sides hide behind one is lost otherwise.

The rule is narrow on purpose (a broader one, resolving every "they", made the events worse):
- a phrase is "the" + a count word + a head noun of `plural.yaml` ("the two nuclear-armed
  neighbours"), "both" + a head noun, or "the" + a count noun ("the pair"); never a count word
  alone ("Both were killed" may be two journalists, no actors), but as the subject of a clause
  joined by "and" to the clause before it ("Xi met Putin and the two discussed trade": only the
  actors that sentence names before it, `_bare_pair`); not when its words name an
  actor themselves ("the two Koreas", "both Russian leaders"), when "of" or an apposition
  follows ("both sides of the river", "the two countries, India and Pakistan,"), nor without
  "the" ("two sides of the dispute");
- its antecedents are read back from the phrase over its own sentence and at most `WINDOW`
  earlier ones, nearest first, until as many distinct actors of the kinds its head allows
  ("leaders": people or governments; "countries": countries or governments; "sides": any;
  "parties": states or armed groups, no political parties) are
  named as its count says; a state's country, government and leaders are one actor, and a
  country named only as where something happens ("talks in Beijing") is none, nor are private
  people a common noun names ("prisoners", "residents"), nor the subject of the verb whose object
  the phrase is ("Germany and France called on both sides": the callers are not the sides);
- exactly that many, each with a country or an organisation: the phrase gets one Mention per
  actor, all on its tokens, via "plural" (weaker evidence for the event confidence); fewer or
  more, or one a bare role: nothing, and the phrase's own words are read as before.

A plural head noun followed by "including" and named actors stands for them (`resolve_including`):
"Western countries, including Britain and Brazil, urged ..." names GBR and BRA.

Phrases are found before the noun-phrase groups are resolved (`find_phrases`), so that "the two
presidents" is not first read as a bare government; `resolve_plurals` runs after coreference,
when every earlier actor is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..datafiles import read_yaml
from ..errors import DictionaryError
from .attach import mention_at
from .dictionary import ROLES, STATE_ROLES, split_code
from .types import Mention

if TYPE_CHECKING:
    from .builder import Builder
    from .grouping import Group

DATA = Path(__file__).resolve().parent.parent / "data" / "actors" / "plural.yaml"
WINDOW = 2  # earlier sentences read back: "the two leaders" names the pair of the last few lines
KINDS = ("people", "person", "country", "government", "any", "belligerent")
_CLIMB = 4  # verbs climbed for the subject of a verb with none of its own ("ready to help")
_CONTROL = frozenset({"help", "urge", "ask", "allow", "let", "encourage", "push", "press", "get", "enable"})
_ARMED = frozenset({"REB", "INS", "UAF"})  # armed groups that may be one of "both parties"
_PLURAL_TAGS = ("NNS", "NNPS")


@dataclass(frozen=True, slots=True)
class Words:
    """plural.yaml: count words, count nouns, head nouns with their kinds, roles that are never
    a party, place prepositions."""

    counts: dict[str, int]
    count_nouns: dict[str, int]
    heads: dict[str, str]
    not_parties: frozenset[str]
    place_preps: frozenset[str]
    all_heads: frozenset[str] = frozenset()
    all_most: int = 4
    pair_heads: frozenset[str] = frozenset()
    conflict_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | str = DATA) -> "Words":
        """The word lists of `plural.yaml`, validated. Cached."""
        return _load(str(path))


@lru_cache(maxsize=2)
def _load(path: str) -> Words:
    data = read_yaml(path, "the plural references")

    def table(key: str, ok, what: str) -> dict:
        got = data.get(key)
        if not isinstance(got, dict) or not got:
            raise DictionaryError(f"{key} must be a mapping of lower-case words", source=path)
        for w, v in got.items():
            if not isinstance(w, str) or w != w.lower() or not ok(v):
                raise DictionaryError(f"{key}.{w}: {v!r} must be {what}", source=path)
        return dict(got)

    def count(v) -> bool:
        return isinstance(v, int) and v >= 2

    preps = data.get("place_preps")
    if not isinstance(preps, list) or not all(isinstance(p, str) and p == p.lower() for p in preps):
        raise DictionaryError("place_preps must be a list of lower-case words", source=path)
    roles = data.get("not_parties")
    if not isinstance(roles, list) or not all(r in ROLES for r in roles):
        raise DictionaryError("not_parties must be a list of role codes (GOV, MED, ...)", source=path)
    heads = table("heads", lambda v: v in KINDS, f"one of {', '.join(KINDS)}")
    count_nouns = table("count_nouns", count, "a count of 2 or more")
    all_heads = data.get("all_heads", [])  # optional: no "all sides" without them
    if not isinstance(all_heads, list) or not all(h in heads for h in all_heads):
        raise DictionaryError("all_heads must be a list of head nouns with a kind in heads", source=path)
    if not count(data.get("all_most", 4)):
        raise DictionaryError("all_most must be a count of 2 or more", source=path)
    pair_heads = data.get("pair_heads", [])  # optional: no "the neighbours" without them
    if not isinstance(pair_heads, list) or not all(h in heads for h in pair_heads):
        raise DictionaryError("pair_heads must be a list of head nouns with a kind in heads", source=path)
    if set(count_nouns) - set(heads):
        raise DictionaryError(f"count_nouns {', '.join(sorted(set(count_nouns) - set(heads)))} need a kind in heads", source=path)
    conflict_words = data.get("conflict_words", [])  # optional: no "the warring parties" without them
    if not isinstance(conflict_words, list) or not all(isinstance(c, str) and c == c.lower() for c in conflict_words):
        raise DictionaryError("conflict_words must be a list of lower-case words", source=path)
    return Words(
        counts=table("counts", count, "a count of 2 or more"),
        count_nouns=count_nouns,
        heads=heads,
        not_parties=frozenset(roles),
        place_preps=frozenset(preps),
        all_heads=frozenset(all_heads),
        all_most=data.get("all_most", 4),
        pair_heads=frozenset(pair_heads),
        conflict_words=frozenset(conflict_words),
    )


@dataclass(frozen=True, slots=True)
class Phrase:
    """A definite plural reference: its tokens, how many actors it stands for, and of what kind."""

    start: int
    end: int
    count: int  # 0: "all sides", as many as the lines before name (2 to `Words.all_most`)
    kind: str
    clause: bool = False  # a bare count word ("the two"): only the clause it is conjoined to (`_bare_pair`)
    together: bool = False  # "the neighbours": only two that one sentence names together (`pair_heads`)


def find_phrases(doc: Doc, groups: list["Group"], words: Words | None = None) -> list[Phrase]:
    """The definite plural references of `doc` whose words name no actor of their own (only role
    words such as "leaders", "governments" may be in the `groups` they overlap)."""
    w = words or Words.load()
    out = []
    for tok in doc:
        bare = _bare_pair(tok, w)
        if bare is not None:
            out.append(bare)
            continue
        found = _phrase(tok, w)
        if found is None:
            continue
        start, count, kind = found
        if any(not (start <= doc[i].head.i <= tok.i) for i in range(start, tok.i)):
            continue  # its words must all be the phrase's own
        if any(g.start <= tok.i and start < g.end and (g.start < start or g.end > tok.i + 1 or any(
                p.cls != "ROLE" for p in g.pieces)) for g in groups):
            continue  # "the two Koreas", "both Russian leaders": a name, not a reference back
        together = tok.lemma_.lower() in w.pair_heads and not any(
            c.dep_ == "nummod" or c.lower_ == "both" for c in tok.children)
        out.append(Phrase(start, tok.i + 1, count, kind, together=together))
    return out


def _bare_pair(tok: Token, w: Words) -> Phrase | None:
    """A count word with no head noun ("the two", "both") that is the subject of a clause joined
    by "and" to the clause before it in the same sentence: "Biden met Zelensky and the two
    discussed the war", "Xi called Putin and both agreed ...". It stands for the two actors that
    clause names (`antecedents` reads no other line). Alone, or opening a sentence, it may stand
    for anyone ("The two were killed": two journalists) and is left alone."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or w.counts.get(tok.lower_) != 2 or any(
            c.dep_ not in ("det", "punct") for c in tok.children):
        return None
    the = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - 1), None)
    if (tok.lower_ == "two") != (the is not None) or (tok.pos_ != "NUM" if the is not None else tok.pos_ not in ("DET", "PRON")):
        return None  # "the two", "both"; not "two" alone nor "the both"
    verb, start = tok.head, (the.i if the is not None else tok.i)
    if verb.dep_ != "conj" or verb.head.i >= start or not any(
            c.dep_ == "cc" and c.lower_ == "and" and verb.head.i < c.i < start for c in verb.head.children):
        return None
    return Phrase(start, tok.i + 1, 2, "any", clause=True)


def _phrase(tok: Token, w: Words) -> tuple[int, int, str] | None:
    """(first token, count, kind) of the reference `tok` heads, or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or (lemma not in w.count_nouns and lemma not in w.heads):
        return None  # read for every word of the article: its children only where it may head a reference
    kids = list(tok.children)
    if any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "appos" for c in kids):
        return None  # "both sides of the river", "the two countries, India and Pakistan,"
    the = next((c for c in kids if c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i), None)
    if tok.pos_ == "NOUN" and lemma in w.count_nouns and tok.tag_ == "NN" and the is not None:
        return the.i, w.count_nouns[lemma], w.heads[lemma]  # "the pair"
    if tok.pos_ == "NOUN" and tok.tag_ in _PLURAL_TAGS and lemma in w.heads:
        num = next((c for c in kids if c.dep_ == "nummod" and c.lower_ in w.counts and c.i < tok.i), None)
        both = next((c for c in kids if c.dep_ in ("det", "predet") and c.lower_ == "both" and c.lower_ in w.counts
                     and c.i < tok.i), None)
        if num is not None and the is not None and the.i < num.i:
            return the.i, w.counts[num.lower_], w.heads[lemma]  # "the two leaders"
        if both is not None and the is None:
            return both.i, w.counts[both.lower_], w.heads[lemma]  # "both sides"
        every = next((c for c in kids if c.dep_ in ("det", "predet") and c.lower_ == "all" and c.i < tok.i), None)
        if every is not None and lemma in w.all_heads and (the is None or every.i < the.i):
            return every.i, 0, w.heads[lemma]  # "all sides", "all the parties"
        warring = next((c for c in kids if c.dep_ == "amod" and c.lower_ in w.conflict_words and c.i < tok.i), None)
        if warring is not None and the is not None and the.i < warring.i and lemma in w.all_heads and num is None:
            return the.i, 0, w.heads[lemma]  # "the warring parties": those of the conflict told before
        if the is not None and num is None and lemma in w.pair_heads and not any(
                c.dep_ in ("nummod", "poss") or c.lower_ in ("other", "their", "its") for c in kids):
            return the.i, 2, w.heads[lemma]  # "the neighbours": the two named together before
    return None


def held(phrases: list[Phrase], groups: list["Group"]) -> list["Group"]:
    """The groups inside a phrase ("leaders" of "the two leaders"): resolved by the phrase first."""
    return [g for g in groups if any(p.start <= g.start and g.end <= p.end for p in phrases)]


def resolve_plurals(doc: Doc, b: "Builder", phrases: list[Phrase], waiting: list["Group"],
                    words: Words | None = None) -> None:
    """Give each phrase the actors it stands for (Mentions via "plural"); a phrase that stands for
    none has its own groups resolved as any other."""
    w = words or Words.load()
    sents = list(doc.sents)
    sent_of = {i: k for k, s in enumerate(sents) for i in range(s.start, s.end)}
    left = []
    for ph in phrases:
        found = antecedents(doc, b, ph, sents, sent_of[ph.start], w)
        if not found:
            left += [g for g in waiting if ph.start <= g.start and g.end <= ph.end]
            continue
        for m in found:
            b.mention(ph.start, ph.end, 0, m.actor, m.code, "plural")
        _owned_roles(doc, b, ph, found)
    for g in left:
        b.resolve(g)
    if left:
        b.run_deferred(1)
        b.run_deferred(2)


#: prepositions by which a role names the states it belongs to ("the leaders of both countries",
#: "soldiers from the two sides", "officials on both sides")
_OWNER_PREPS = frozenset({"of", "from", "on"})


def _owned_token(doc: Doc, ph: Phrase) -> Token | None:
    """The word a phrase owns: "the two countries' [ministers]", "[soldiers] from the two sides"."""
    head = doc[ph.end - 1]
    if head.dep_ == "poss" and head.head.i >= ph.end:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ in _OWNER_PREPS and head.head.head.i < ph.start:
        return head.head.head
    return None


def _owned_roles(doc: Doc, b: "Builder", ph: Phrase, found: list[Mention], one_of: bool = False) -> None:
    """A bare role the phrase owns is each of its actors' ("the two countries' foreign ministers",
    "the leaders of both countries", "both sides' troops": India's and China's): one mention per
    actor's country with that role, in place of the role of no country (`one_of`: or of one of
    theirs, as "their" gave it the first). Only when every actor has a country."""
    owned = _owned_token(doc, ph)
    if owned is None:
        return
    countries = list(dict.fromkeys(split_code(m.code, b.countries)[0] for m in found))
    bare = [m for m in b.res.mentions if m.tok_start <= owned.i < m.tok_end and m.via == "agent"
            and (split_code(m.code, b.countries)[0] is None or (one_of and split_code(m.code, b.countries)[0] in countries))
            and split_code(m.code, b.countries)[1] is not None]
    if len(bare) != 1 or len(countries) < 2 or None in countries:
        return
    role = bare[0]
    b.res.mentions.remove(role)
    spans = b.res.actors[role.actor].mentions
    spans[:] = [sp for sp in spans if (sp.start, sp.end) != (role.start, role.end)]
    for country in countries:
        code = country + split_code(role.code, b.countries)[1]
        a = b.actor(("code", code, "organisation", ""), code, role.text, "organisation")
        b.mention(role.tok_start, role.tok_end, 0, a, code, "plural")


def resolve_their_roles(doc: Doc, b: "Builder") -> None:
    """A bare role owned by "their" in a clause whose subject is two or more coordinated actors of
    a country each is each of theirs, as "the two countries' foreign ministers" is (`_owned_roles`):
    "India and China agreed to ease tensions after talks between their foreign ministers" (INDGOV,
    CHNGOV), "Armenia and Azerbaijan said their troops had exchanged fire". The subject is that of
    the nearest clause above "their" whose subject does not hold it. Not a role that clause's verb
    acts on: "The United States and Britain urged their citizens to leave" each urged its own."""
    for t in doc:
        if t.lower_ != "their" or t.dep_ != "poss" or t.head.i <= t.i:
            continue
        subj = _holding_subject(t)
        if subj is None:
            continue
        role, verb = t.head, subj.head
        if role.head == verb or (role.head.dep_ in ("prep", "agent") and role.head.head == verb):
            continue
        if not subj.conjuncts:
            # "Turkey offered to mediate between the two neighbours, and Ankara hosted talks between
            # their foreign ministers": the plural reference its sentence made before "their"
            told = _told_plural(b, t)
            if told:
                _owned_roles(doc, b, Phrase(t.i, t.i + 1, len(told), "country"), told, one_of=True)
            continue
        found: list[Mention] = []
        for x in (subj, *subj.conjuncts):
            m = mention_at(b, x.i, pronouns=False)
            if m is None or split_code(m.code, b.countries)[0] is None:
                break
            found.append(m)
        else:
            _owned_roles(doc, b, Phrase(t.i, t.i + 1, len(found), "country"), found, one_of=True)


def _told_plural(b: "Builder", t: Token) -> list[Mention]:
    """The actors of the nearest plural reference ("the two neighbours", "both sides": mentions via
    "plural") before `t` in its sentence, each with a country; [] when there is none."""
    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in b.res.mentions:
        if m.via == "plural" and t.sent.start <= m.tok_start and m.tok_end <= t.i:
            spans.setdefault((m.tok_start, m.tok_end), []).append(m)
    if not spans:
        return []
    found = spans[max(spans)]
    if len(found) < 2 or any(split_code(m.code, b.countries)[0] is None for m in found):
        return []
    return found


def _holding_subject(t: Token) -> Token | None:
    """The subject, before `t`, of the nearest clause above `t` whose subject phrase does not hold it."""
    head = t.head
    while head.head != head:
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i < t.i and not (subj.left_edge.i <= t.i <= subj.right_edge.i):
            return subj
    return None


def resolve_including(doc: Doc, b: "Builder", words: Words | None = None) -> None:
    """A plural head noun of `heads` with a list of named actors after "including" stands for them
    ("Kenya's Western allies, including Britain and the United States, urged ...": GBR and USA,
    not Kenya): one Mention per listed actor on the head's token, via "plural". Only when the head
    names no one itself, and every listed item is an actor of the head's kind with a country or
    an organisation ("countries, including Britain and Brazil"; never "cities, including Kabul")."""
    w = words or Words.load()
    for t in doc:
        kind = w.heads.get(t.lemma_.lower())
        if t.tag_ not in _PLURAL_TAGS or kind is None or kind == "person" or t.i in b.covered:
            continue
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            continue
        found: dict[object, Mention] = {}
        for x in [obj, *obj.conjuncts]:
            m = mention_at(b, x.i, pronouns=False)
            if (m is None or _unplaced(m.code) or not _fits(b, m, kind) or _bystanders(m, b)
                    or split_code(m.code, b.countries)[1] in w.not_parties):
                found = {}
                break
            found.setdefault(_identity(b, m), m)
        for m in found.values():
            b.mention(t.i, t.i + 1, 0, m.actor, m.code, "plural")


def antecedents(doc: Doc, b: "Builder", ph: Phrase, sents, k: int, w: Words) -> list[Mention]:
    """The mentions `ph` stands for, one per actor, in text order; [] when unclear."""
    if ph.count == 0:
        return _all_parties(doc, b, ph, sents, k, w)
    found: dict[object, Mention] = {}
    addressers = _addressers(doc, ph)
    owned = _owned_token(doc, ph)  # "soldiers from the two sides": the soldiers are theirs, not a side
    away = {_identity(b, m) for m in b.res.mentions  # named again before
            if m.tok_start in addressers and not _only_a_place(doc, m, b, w)}
    for j in range(k, max(-1, k - (0 if ph.clause else WINDOW) - 1), -1):
        s = sents[j]
        end = ph.start if j == k else s.end
        here = [m for m in b.res.mentions if s.start <= m.tok_start and m.tok_end <= end
                and _identity(b, m) not in away and not (owned is not None and m.tok_start <= owned.i < m.tok_end)
                and _fits(b, m, ph.kind) and not _only_a_place(doc, m, b, w) and m.start >= b.places.dateline_end
                and split_code(m.code, b.countries)[1] not in w.not_parties and not _bystanders(m, b)]
        for m in sorted(here, key=lambda m: m.tok_start, reverse=True):
            found.setdefault(_identity(b, m), m)  # the nearest mention of each actor
        if len(found) >= (ph.count or 2):
            break
    if (len(found) != ph.count if ph.count else not 2 <= len(found) <= w.all_most) or any(
            _unplaced(m.code) for m in found.values()):
        return []
    if ph.together and not _named_together(b, set(found), sents[max(0, k - WINDOW):k]):
        return []  # "the neighbours" after two named apart, or of a street: no one
    if away and not _named_together(b, set(found), sents[max(0, k - WINDOW):k + 1]):
        # sides someone else addresses are named together ("Ukraine and Russia traded fire"), not
        # gathered from lines about others: "The United States praised the agreement ... China, a
        # close ally of Pakistan, welcomed the move. Beijing urged both sides" is no US-Pakistan pair
        return []
    return sorted(found.values(), key=lambda m: m.tok_start)


def _all_parties(doc: Doc, b: "Builder", ph: Phrase, sents, k: int, w: Words) -> list[Mention]:
    """What "all sides" stands for: the actors of the nearest sentence (within the window, its own
    before it) that names two to `all_most` of a fitting kind, each set against or beside another
    there (`_facing`): "Armenia and Azerbaijan traded fire", "Israeli forces clashed with Hamas".
    A sentence that names actors otherwise ("The ICC issued a warrant for Putin") is no conflict's
    parties, nor are its actors gathered from several lines."""
    addressers = _addressers(doc, ph)
    for j in range(k, max(-1, k - WINDOW - 1), -1):
        s = sents[j]
        end = ph.start if j == k else s.end
        here = [m for m in b.res.mentions if s.start <= m.tok_start and m.tok_end <= end
                and m.tok_start not in addressers and not _unplaced(m.code)
                and _fits(b, m, ph.kind) and not _only_a_place(doc, m, b, w)
                and split_code(m.code, b.countries)[1] not in w.not_parties and not _bystanders(m, b)]
        found: dict[object, Mention] = {}
        for m in sorted(here, key=lambda m: m.tok_start):
            found.setdefault(_identity(b, m), m)
        if len(found) < 2:
            continue
        heads = {key: doc[m.tok_end - 1] for key, m in found.items()}
        if len(found) <= w.all_most and all(any(_facing(h, o) for o in heads.values() if o is not h)
                                            for h in heads.values()):
            return sorted(found.values(), key=lambda m: m.tok_start)
    return []


def _facing(a: Token, b: Token) -> bool:
    """Two actors' head words set beside or against each other: conjuncts ("Armenia and Azerbaijan"),
    the subject and object of one verb ("Russia attacked Ukraine"), or the subject and the object of
    its verb's "with"/"against" ("Protesters clashed with police")."""
    if a in b.conjuncts or b in a.conjuncts:
        return True
    for x, y in ((a, b), (b, a)):
        subj = x if x.dep_ in ("nsubj", "nsubjpass") else next((c for c in x.conjuncts if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        verb = subj.head
        obj = y if y.dep_ in ("dobj", "pobj") else next((c for c in y.conjuncts if c.dep_ in ("dobj", "pobj")), None)
        if obj is None:
            continue
        if obj.dep_ == "dobj" and obj.head == verb:
            return True
        if obj.dep_ == "pobj" and obj.head.lower_ in ("with", "against") and obj.head.head == verb:
            return True
    return False


def _named_together(b: "Builder", sides: set, sents) -> bool:
    """Whether one of `sents` names every one of `sides` (actor identities, `_identity`)."""
    return any(sides <= {_identity(b, m) for m in b.res.mentions if s.start <= m.tok_start < s.end} for s in sents)


def _described(verb) -> set[int]:
    """The tokens of the noun a relative or participle clause describes, its own clause left out:
    in "Russia, which brokered a ceasefire between the two countries", Russia."""
    own = {t.i for t in verb.subtree}
    return {t.i for t in verb.head.subtree if t.i not in own}


def _addressers(doc: Doc, ph: Phrase) -> set[int]:
    """The tokens of the subject of the verb whose object the phrase is: in "Germany and France
    called on both sides to respect the ceasefire" the callers are not the sides, nor are they
    where the lines before name them again. A verb with no subject of its own takes the one of
    the verb it completes ("Moscow was ready to help the two neighbours resolve the dispute")."""
    head = doc[ph.end - 1]
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "of" and verb.head.dep_ in ("dobj", "pobj"):
        # "spoke with the foreign ministers of both countries": whoever addresses their officials
        head = verb.head
        verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "brokered a ceasefire between the two countries": who brokered it
    elif head.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _CONTROL:
        verb = verb.head  # "help the two neighbours resolve the dispute": the sides are helped
    elif head.dep_ not in ("dobj", "dative"):
        return set()
    for _ in range(_CLIMB):
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return set()
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and verb.dep_ == "relcl" and all(c.tag_ in ("WDT", "WP") for c in subj):
            return _described(verb)  # "Russia, which brokered a ceasefire between the two countries"
        if subj:
            return {t.i for c in subj for t in c.subtree}
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "condemned the attack and called on both sides": who condemned calls
            continue
        if verb.dep_ == "acl" and verb.head.i != verb.i:
            # "The EU's foreign policy chief called on both sides ...", read as a noun its verb
            # describes, "the envoy sent to both sides": the noun is who addresses them
            return _described(verb)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return set()
        verb = verb.head  # "Moscow was ready to help the two neighbours": who is ready helps
    return set()


def _fits(b: "Builder", m: Mention, kind: str) -> bool:
    country, role = split_code(m.code, b.countries)
    is_person = b.res.actors[m.actor].kind == "person"
    government = role == "GOV" and country is not None
    if kind == "person":
        return is_person
    if kind == "people":
        return is_person or government
    if kind in ("country", "government"):
        return government or (country in b.countries and role is None and len(m.code) == 3)
    if kind == "belligerent":
        state = country in b.countries and (role is None and len(m.code) == 3 or role in STATE_ROLES)
        return state or (not is_person and role in _ARMED)
    return True


def _identity(b: "Builder", m: Mention):
    """A state's country, government, military and leaders are one actor; anyone else is itself."""
    country, role = split_code(m.code, b.countries)
    if country in b.countries and (role is None or role in STATE_ROLES):
        return country
    return ("actor", m.actor)


def _unplaced(code: str) -> bool:
    return len(code) == 3 and code in ROLES  # "police", "the government": no one we can name


def _bystanders(m: Mention, b: "Builder") -> bool:
    """Private people a common noun names ("prisoners", "residents", "families": civilians by a
    bare agent word): those an act is done to, never a side ("talks that provided for a swap of
    prisoners. The two sides exchanged ..."). A people named as one ("the Palestinians") may be."""
    return m.via in ("agent", "context") and split_code(m.code, b.countries)[1] == "CVL"


def _only_a_place(doc: Doc, m: Mention, b: "Builder", w: Words) -> bool:
    """A country named as where something happens ("held talks in Beijing") is no party to it."""
    _, role = split_code(m.code, b.countries)
    last = doc[m.tok_end - 1]
    if not (role is None and last.dep_ == "pobj" and last.head.lower_ in w.place_preps):
        return False
    # where force struck is a side of it: "India struck targets in Pakistan. ... both countries"
    hit = last.head.head
    if hit.pos_ == "NOUN" and hit.dep_ in ("dobj", "pobj"):
        hit = hit.head
    return hit.lemma_.lower() not in b.d.attach["hostile_verbs"]
