"""Definite descriptions and owners named by a prepositional phrase.

- "the minister", "the president", "the foreign secretary": the person introduced last in the
  article with that title (the description's words end the title: "the minister" fits "Foreign
  Minister Yoko Kamikawa", "the prime minister" does not) is meant, as a Mention via "title";
- "the junta" (`ruling_military`): the article's one military government named before ("Mali's
  military government" -> MLIMIL), as a Mention via "description", before the clause's country;
- "the ministry", "the agency" (`described_heads` in attachment.yaml): the organisation mentioned
  last whose name holds the word ("the Indian Ministry of External Affairs", "the International
  Atomic Energy Agency"), and the words that say which one ("the foreign ministry" is no earlier
  "health ministry": `kind_words`), as a Mention via "description"; tried only when the clause
  names no owner;
- "the group": the armed group or the NGO named last, whichever came later ("the militant group"
  is armed only, "the campaign group" an NGO only); where the article names neither, the last
  group it called one ("Public Citizen, a consumer rights group, ... the group said"), when that
  has a country;
- "the bloc" (`bloc_heads`): the union of states named last, an international organisation whose
  name holds a `bloc_names` word ("the European Union", "the African Union"; never the UN);
- "the rebels", "the insurgents", "the militants" (a definite armed-group agent, `armed_group`):
  the armed group the article named last, as a Mention via "description", before the clause's
  country ("talks between Washington and the insurgents" are the Taliban's, not America's);
- "a spokesperson for the South Korean foreign ministry", "an official at the UN agency": a bare
  agent takes the owner named after its preposition (`prep_owner_preps`): that actor's code when it
  has a role (KORGOV), else its country or organisation code as the base of the agent's role.
Plurals ("the ministers") describe no one person or body and are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .grouping import backing_word
from .tables import norm
from .types import Mention

if TYPE_CHECKING:
    from .grouping import Group
    from .match import Piece
    from .builder import Builder

_PLURAL_TAGS = ("NNS", "NNPS")


def is_definite_group(doc: Doc, g: "Group") -> bool:
    """"the" + one agent, singular or plural, with no country or name in the group ("the rebels")."""
    return doc[g.start].lower_ == "the" and len(g.pieces) == 1 and g.inherit_geo is None


def is_definite(doc: Doc, g: "Group") -> bool:
    """"the" + one agent, singular, with no country or name in the group."""
    return is_definite_group(doc, g) and doc[g.end - 1].tag_ not in _PLURAL_TAGS


def _last_before(b: "Builder", before: int, keep) -> Mention | None:
    """The last mention ending by token `before` for which `keep(mention, actor)` holds."""
    for m in sorted(b.res.mentions, key=lambda m: m.tok_start, reverse=True):
        if m.tok_end <= before and keep(m, b.res.actors[m.actor]):
            return m
    return None


def described_person(b: "Builder", g: "Group", role: "Piece") -> int | None:
    """The actor index of the person introduced last before `g` with a title ending in these words."""
    words = role.key.split()
    for start, a, title in reversed(b.titled):
        if start < g.start and title[-len(words):] == words:
            return a
    return None


def described_title(b: "Builder", g: "Group", role: "Piece") -> Mention | None:
    """The last mention before `g` of an unnamed official of a country whose title ends in the same
    words ("The New York attorney general sued ... The attorney general is also investigating":
    the same USAJUD); none when officials of two countries bear the title before it, nor for a
    diplomat's title (agents.tsv `envoy`: "the ambassador" may be either side's)."""
    if role.entry.envoy:
        return None
    words = role.key.split()
    found = [m for m in b.res.mentions if m.tok_end <= g.start and m.via == "agent"
             and b.res.actors[m.actor].kind == "person" and b.res.actors[m.actor].country
             and norm(m.text).split()[-len(words):] == words]
    if len({m.code for m in found}) != 1:
        return None
    return max(found, key=lambda m: m.tok_start)


def described_org(b: "Builder", head: str, before: int, kinds: tuple[str, ...] = ()) -> Mention | None:
    """The last mention before token `before` of a non-person actor whose name holds `head` and
    every word of `kinds` (`kind_words`: "the foreign ministry" is not "the health ministry")."""
    def fits(m: Mention, act) -> bool:
        words = set(norm(m.text).split()) | set(norm(act.name).split())
        return head in words and all(k in words for k in kinds)
    return _last_before(b, before, lambda m, act: act.kind != "person" and m.via not in ("pronoun", "description", "plural")
                        and fits(m, act))


def kind_words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The words that say which of its kind a description's head names, its noun and adjective
    modifiers: "foreign" of "the foreign ministry", "health" of "the health ministry"."""
    head = doc[end - 1]
    return tuple(t.lower_ for t in doc[start:end - 1]
                 if t.head.i == head.i and t.dep_ in ("amod", "compound") and t.is_alpha)


def military_government(b: "Builder", before: int) -> Mention | None:
    """The last mention before token `before` of the article's one military government ("Mali's
    military government", "the Malian junta"): a military actor of a country named by a
    `ruling_military` word or "military" + a `military_rule_heads` word. None when the article
    names none, or several countries' (then "the junta" is ambiguous and left to the clause)."""
    rulers, heads = b.d.attach["ruling_military"], b.d.attach["military_rule_heads"]
    found = []
    for m in b.res.mentions:
        act = b.res.actors[m.actor]
        if m.tok_end > before or m.via == "pronoun" or not act.country or act.role != "MIL":
            continue
        words = norm(m.text).split()
        if rulers & set(words) or ("military" in words and heads & set(words[words.index("military") + 1:])):
            found.append(m)
    if len({m.code for m in found}) != 1:
        return None
    return max(found, key=lambda m: m.tok_start)


#: roles of the armed groups "the rebels", "the insurgents", "the militants" refer back to
_ARMED_GROUP_ROLES = frozenset({"REB"})


def armed_group(b: "Builder", role: str, before: int) -> Mention | None:
    """The last mention before token `before` of an armed group of `role` (`_ARMED_GROUP_ROLES`)
    that has a country: "Taliban insurgents stormed a checkpoint ... talks with the insurgents" is
    the Taliban, not the country of whoever else the sentence names (Washington). None when the
    article names none."""
    if role not in _ARMED_GROUP_ROLES:
        return None
    return _last_before(b, before, lambda m, act: m.via != "pronoun" and act.kind != "person" and bool(act.country)
                        and act.role == role)


#: words between "the" and "group" that keep it the armed group named before ("the militant group")
_GROUP_WORDS = frozenset({"militant", "jihadist", "insurgent", "armed", "rebel", "extremist", "islamist", "terrorist", "terror"})
#: words between "the" and "group" that make it the non-governmental organisation named before ("the
#: campaign group"); "the rights group", "the advocacy group" are agents.tsv rows, read before
_NGO_GROUP_WORDS = frozenset({"campaign", "aid", "humanitarian"})


def _the_group(doc: Doc, t: Token) -> int | None:
    """Where "the group" or "the militant group" starts when `t` is its "group", else None."""
    if t.lower_ != "group" or t.tag_ in _PLURAL_TAGS or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
        return None
    i = t.i - 1
    if i >= 0 and doc[i].lower_ in _GROUP_WORDS | _NGO_GROUP_WORDS:
        i -= 1
    if i >= 2 and backing_word(doc[i]):
        # "the Iran-backed group", "the Iran-backed militant group": the group named before; its
        # backer's name stays the backer's own mention, outside this one
        return i + 1 if i >= 3 and doc[i - 3].lower_ == "the" else None
    return i if i >= 0 and doc[i].lower_ == "the" else None


def named_armed_group(b: "Builder", before: int) -> Mention | None:
    """The last mention before token `before` of an armed group the dictionary names (the
    Taliban, the Houthis, Islamic State): what "the group" stands for in a conflict story."""
    return _last_before(b, before, lambda m, act: m.via in ("name", "dictionary", "agent", "description")
                        and act.kind == "group" and (act.role in _ARMED_GROUP_ROLES or act.code.startswith("IMG"))
                        and len(act.code) > 6)


def named_group(b: "Builder", before: int, word: str) -> Mention | None:
    """What "the group" stands for: the group named last before token `before` of those the
    dictionary names as armed groups or as non-governmental organisations ("Human Rights Watch
    criticised the ruling ... The group urged the government"); the word before "group" may
    choose one kind ("the militant group", "the campaign group"). A plain "the group", where the
    article names neither, is the last group it called one ("SERAP, a Lagos-based civil society
    group, ... The group threatened to sue"): a mention with a country whose words hold "group"."""
    m = named_armed_group(b, before) if word not in _NGO_GROUP_WORDS else None
    if word in _GROUP_WORDS:
        return m
    ngo = _last_before(b, before, lambda m, act: m.via in ("name", "dictionary") and act.kind != "person"
                       and ((act.code.startswith("NGO") and len(act.code) > 3) or act.code[3:6] == "NGO"))
    if ngo is not None and (m is None or m.tok_start < ngo.tok_start):
        return ngo
    if m is None and word == "the":
        called = described_org(b, "group", before)
        if called is not None and b.res.actors[called.actor].country:
            return called
    return m


def resolve_descriptions(doc: Doc, b: "Builder") -> None:
    """Uncovered "the agency", "the commission" ... linked to the organisation named last; "the
    group" to the armed group or NGO named last."""
    heads = b.d.attach.get("described_heads", ())
    blocs, bloc_names = b.d.attach.get("bloc_heads", frozenset()), b.d.attach.get("bloc_names", frozenset())
    for t in doc:
        start = _the_group(doc, t) if t.i not in b.covered else None
        if start is not None and not any(i in b.covered for i in range(start, t.i)):
            m = named_group(b, start, doc[t.i - 1].lower_)
            if m is not None:
                b.mention(start, t.i + 1, _glued(t), m.actor, m.code, "description")
            continue
        if (t.lower_ in blocs and t.i not in b.covered and t.i > 0 and t.tag_ not in _PLURAL_TAGS
                and doc[t.i - 1].lower_ == "the"):
            m = _last_before(b, t.i - 1, lambda m, act: act.kind != "person" and m.code.startswith("IGO")
                             and not m.code.startswith("IGOUNO")  # the UN and its bodies are no bloc
                             and m.via not in ("pronoun", "description", "plural")
                             and bool(bloc_names & set(norm(act.name).split() + norm(m.text).split())))
            if m is not None:
                b.mention(t.i - 1, t.i + 1, _glued(t), m.actor, m.code, "description")
            continue
        if (t.lower_ not in heads or t.i in b.covered or t.i == 0 or t.tag_ in _PLURAL_TAGS
                or doc[t.i - 1].lower_ != "the" or t.pos_ not in ("NOUN", "PROPN")):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            continue  # "the agency of ...": a new name, not a reference back
        m = described_org(b, t.lower_, t.i - 1)
        if m is not None:
            b.mention(t.i - 1, t.i + 1, _glued(t), m.actor, m.code, "description")


def prep_owner(doc: Doc, b: "Builder", g: "Group") -> Token | None:
    """The object of a preposition on the agent's head ("spokesperson for [the ... ministry]")."""
    head = doc[g.end - 1]
    preps = b.d.attach.get("prep_owner_preps", ())
    first = None
    todo = [c for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i >= g.end]
    while todo:
        c = todo.pop(0)
        obj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if obj is None:
            continue
        if not _a_field(b, obj):
            return obj
        # "vice president of sales at Acme Corp", "head of operations for the ministry": the
        # field of the office names no owner; the owner is the one after it
        first = first or obj
        todo = [x for x in obj.children if x.dep_ == "prep" and x.lower_ in preps] + todo
    return first


def _a_field(b: "Builder", tok: Token) -> bool:
    """Whether the object of an office's preposition is a field of work no table reads ("sales",
    "operations", "global affairs"), not an owner: a lower-case common noun that is no actor."""
    if not tok.is_lower or tok.pos_ != "NOUN" or tok.i in b.covered:
        return False
    return not b.d.lookup(norm(tok.text)) and not b.d.lookup(norm(tok.lemma_))


#: plural nouns for states: "the ambassadors of the member states", "the leaders of both countries"
_STATE_NOUNS = frozenset({"state", "country", "nation", "government", "member", "ally", "neighbour", "neighbor"})


def of_several(doc: Doc, g: "Group", agent, owner_tok: Token | None) -> bool:
    """Whether a bare agent is the officials of several states its sentence does not name: the
    plural of an office a state has one holder of ("Foreign ministers agreed ...": agents.tsv flag
    `sole`) with no possessive owner, or a role whose owner is a plural noun for states
    (`_STATE_NOUNS`) that names no actor ("the ambassadors of the 27 member states"); "the
    families of the dead policemen" are no such officials."""
    head = doc[g.end - 1]
    if agent.sole and head.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ == "poss" for c in head.children):  # "their foreign ministers": the owners are named
        return True
    return owner_tok is not None and owner_tok.tag_ == "NNS" and owner_tok.lemma_.lower() in _STATE_NOUNS


def _glued(tok) -> int:
    return 2 if tok.text[-2:].lower() in ("'s", "\u2019s") and len(tok.text) > 2 else 0
