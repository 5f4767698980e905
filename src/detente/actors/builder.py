"""The builder: noun-phrase groups -> actors and mentions, one group at a time.

`resolve.py` runs the pipeline and hands each group (grouping.py) to `Builder.resolve`, which
codes it as a person ("Chinese President Xi Jinping", people.py), a role ("Russian troops", "the
minister") or a place or organisation ("Beirut", "NATO"); bare roles whose owner the clause must
name wait in `deferred` until the named actors are known (attach.py, describe.py). The builder
keeps the state the later steps share: the actors so far, their mentions, the tokens covered,
the people named (for surnames and pronouns, coref.py) and titled (for "the minister").
`finish` leaves every named entity no actor covers as an `Entity`.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..model import Actor, Entity, Span
from ..nlp.pipeline import text_of
from . import attach, describe, people
from .dictionary import ROLES, ActorDictionary, Person, split_code
from .grouping import Group
from .match import Piece
from .companies import COMPANIES_SOURCE
from .parties import PARTIES_SOURCE
from .setting import CONGRESS_STATES, foreign_role, unqualified_body
from .places import Places, home_of, is_ethnic, names_people
from .tables import norm
from .types import Mention, Resolution

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def name_end(doc: Doc, end: int, covered: set[int]) -> int:
    """The end of a person's name that spaCy cut short ("[Maria Corina] Machado"): capitalised proper
    nouns the entity's last token is compounded into belong to the name."""
    while (end < len(doc) and end not in covered and doc[end].pos_ == "PROPN" and doc[end].is_title
           and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
           and doc[end - 1].text[-2:] not in ("'s", "’s")):
        end += 1
    return end


def _acts(tok) -> bool:
    """The subject of a finite verb ("Beirut rejected"), not of an infinitive ("allowing Washington to focus")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Moscow and Beijing signed"
    verb = tok.head
    return (tok.dep_ == "nsubj" and verb.pos_ == "VERB"
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _glued(tok) -> int:
    """Characters of a possessive glued to the token ("people's") left out of a mention."""
    return 2 if tok.text[-2:].lower() in ("'s", "\u2019s") and len(tok.text) > 2 else 0


#: a group that speaks for others: the people who modify it are whom it is for
_CAUSE_GROUPS = frozenset({"NGO", "HRI"})


def _sender(geos: list[Piece], first: Piece) -> Piece:
    """The piece an envoy belongs to: the first of the places and bodies before the title sends
    it, the others are where it is posted ("France's UN ambassador", "the U.S. NATO envoy", "the
    UN's Syria envoy"), where the body alone is the envoy's own ("the UN envoy to Yemen")."""
    lead = min(geos, key=lambda p: p.start)
    if lead.entry.kind in ("country", "demonym", "capital") or (lead.entry.kind == "org" and lead.entry.code.startswith("IGO")):
        return lead
    return first


#: what `Builder._voiced_owner` says of a spokesperson's owner that is a name not coded (yet)
_UNCODED_NAME = "?"

#: bare roles (no country yet) whose head, named by a title "of"/"for" them, is theirs: a company
#: ("president of Acme Corp"), the opposition and rebels ("the leader of the opposition")
_BODY_OWNERS = frozenset({"BUS", "OPP", "REB"})


class Builder:
    """The actors and mentions of one article, built group by group; attach.py, coref.py and
    describe.py read and extend it through its `res`, `covered`, `people` and `mention`."""

    def __init__(self, doc: Doc, on: date, dictionary: ActorDictionary) -> None:
        self.doc, self.on, self.d = doc, on, dictionary
        self.text = text_of(doc)  # Doc.text joins every token: read it once, not per mention
        self.res = Resolution()
        self.keys: dict[tuple, int] = {}
        self.people: dict[int, Person | None] = {}  # actor index -> Person (None: not in the dictionary)
        self.person_names: dict[int, list[str]] = {}  # actor index -> name words, for later surnames
        self.person_mentions: list[Mention] = []
        self.covered: set[int] = set()
        self.countries = set(dictionary.country_names)
        self.places = Places()
        self.org_pieces: list[Piece] = []  # international organisations named, for peacekeepers
        self.geo_pieces: list[Piece] = []  # countries, capitals and demonyms named, for ethnic groups
        self.deferred: list[tuple[int, Group, list[Piece], list[Piece], int]] = []  # (stage, group, ...)
        self.titled: list[tuple[int, int, list[str]]] = []  # (token, actor, title words) of titled people
        self.text_codes: dict[int, str] = {}  # known person -> the code the title the text gave them says
        self.inferred: set[int] = set()  # first tokens of bare forces placed by the state that struck before

    # -- actors and mentions
    def actor(self, key: tuple, code: str, name: str, kind: str, country: str | None = None,
              role: str | None = None) -> int:
        if key in self.keys:
            return self.keys[key]
        if country is None and role is None:
            country, role = split_code(code, self.countries)
        self.res.actors.append(Actor(code=code, name=name, country=country, role=role, kind=kind))
        self.keys[key] = len(self.res.actors) - 1
        return self.keys[key]

    def mention(self, start: int, end: int, trim: int, actor: int, code: str, via: str) -> Mention:
        span = self.doc[start:end]
        s, e = span.start_char, span.end_char - trim
        m = Mention(self.text[s:e], s, e, start, end, actor, code, via)
        self.res.mentions.append(m)
        self.res.actors[actor].mentions.append(Span(m.text, s, e))
        self.covered.update(range(start, end))
        if self.res.actors[actor].kind == "person":
            self.person_mentions.append(m)
        return m

    # -- one group
    def resolve(self, g: Group) -> None:
        persons, roles = g.of("PERSON"), g.of("ROLE")
        actors = g.of("ACTOR")
        geos = ([g.inherit_geo] if g.inherit_geo else []) + actors + g.of("GEO")
        trim = g.pieces[-1].trim
        made = len(self.res.mentions)
        self._resolve(g, persons, roles, actors, geos, trim)
        if (len(self.res.mentions) > made and any(r.entry.title for r in roles)
                and any(p.entry.kind == "province" for p in g.of("GEO"))):
            self.res.local.add(self.res.mentions[-1].actor)  # "Quebec's premier": a province's office

    def _resolve(self, g: Group, persons: list[Piece], roles: list[Piece], actors: list[Piece],
                 geos: list[Piece], trim: int) -> None:
        if persons and persons[0] is g.pieces[-1]:
            people.person_group(self, g, persons[0], roles, geos, trim)
        elif persons:
            # "the Netanyahu government"
            p = persons[0]
            person = people.known_person(self, p, geos)
            if person is None:
                return
            _, country, _ = person.code_at(self.on)
            code = country + "GOV"
            a = self.actor(("code", code), code, f"{self.d.name_of(country)} government", "organisation")
            self.mention(g.start, g.end, trim, a, code, "agent")
        elif roles:
            self._role_group(g, roles, geos, trim)
        else:
            self._geo_group(g, geos, trim)

    def country_of(self, p: Piece) -> str | None:
        """The country a place, organisation or demonym piece stands for at the date (None: none)."""
        e = p.entry
        if e.kind in ("country", "capital", "province", "demonym"):
            return e.code
        code = e.code_at(self.on) if e.kind in ("org", "user_actor") else e.code
        return split_code(code, self.countries)[0]

    def run_deferred(self, stage: int) -> None:
        """Resolve the bare agents put off until their owner could be known (attach.py)."""
        todo = [d for d in self.deferred if d[0] == stage]
        self.deferred = [d for d in self.deferred if d[0] != stage]
        # an owner named after a preposition may itself be a deferred agent ("a spokesman for the ministry")
        todo.sort(key=lambda d: describe.prep_owner(self.doc, self, d[1]) is not None)
        for _, g, roles, geos, trim in todo:
            self._role_group(g, roles, geos, trim, final=True)

    def _named_body_again(self, g: Group, role_piece: Piece) -> bool:
        """Whether "the" + a capitalised head of `described_heads` ("the Commission", "the
        Council", "the Ministry") names again the body named before whose name holds it, and if so
        mention it: a capital makes it that body's short name, not a bare role that the countries
        of its sentence place ("The European Commission imposed tariffs ... the Commission
        remained open to talks with Beijing" is the EU's, never China's)."""
        head = self.doc[g.end - 1]
        if (not head.is_title or head.i == g.start or not describe.is_definite(self.doc, g)
                or head.lower_ not in self.d.attach.get("described_heads", ())):
            return False
        m = describe.described_org(self, head.lower_, g.start)
        if m is None or self.res.actors[m.actor].kind == "person":
            return False
        self.mention(g.start, g.end, g.pieces[-1].trim, m.actor, m.code, "description")
        return True

    def _role_group(self, g: Group, roles: list[Piece], geos: list[Piece], trim: int, final: bool = False) -> None:
        role_piece = roles[0]
        if len(roles) > 1 and (role_piece.entry.code == "CVL" or roles[-1].entry.source == COMPANIES_SOURCE
                               or roles[-1].entry.code in _CAUSE_GROUPS
                               or (role_piece.entry.code == "BUS" and roles[-1].entry.code in ("CVL", "LAB"))):
            # "Kurd refugees", "civilian refugees", "miner Sherritt Corp": the head's role; "a migrant
            # advocacy group", "a student rights group": a group for a cause, not its people; a firm's
            # customers and workers are theirs ("airline passengers" CVL, "company workers" LAB)
            role_piece = roles[-1]
        if role_piece.entry.led and len(roles) > 1:
            role_piece = roles[-1]  # "the coalition government": the head's role
        elif self._office_head(roles):
            role_piece = roles[-1]  # "the utilities regulator", "the media commission": the state's office
        e = role_piece.entry
        if e.led and not geos:
            leader = self._glued_leader(role_piece)  # "the U.S.-led coalition": one token
            if leader is not None:
                self._agent_mention(g, e, leader + e.code, trim)
                return
        if e.led and not (geos and self._led_by(g, geos[0])):
            # "the coalition": the "<country>-led" one named before, else no actor ("a coalition of rights groups")
            m = describe.described_org(self, role_piece.key, g.start) if describe.is_definite_group(self.doc, g) else None
            if m is not None and len(roles) == 1 and self.res.actors[m.actor].role == e.code:
                self.mention(g.start, g.end, trim, m.actor, m.code, "description")
            return
        if not geos and len(roles) == 1 and self._named_body_again(g, role_piece):
            return  # "The European Commission ... the Commission": the body named, whatever country is near
        if not geos and e.title and not g.former and describe.is_definite(self.doc, g):
            a = describe.described_person(self, g, role_piece)  # "the minister": the one named earlier
            if a is not None:
                self.mention(g.start, g.end, trim, a, self._code_now(a), "title")
                return
            m = describe.described_title(self, g, role_piece)  # "The New York attorney general ... the attorney general"
            if m is not None:
                self.mention(g.start, g.end, trim, m.actor, m.code, "title")
                return
        if not geos and e.code == "GOV" and self._unknown_owner(g):
            return  # "a Zalando spokesman", "a Telkom official": of a body no table knows, no state's
        if not geos and role_piece.key in self.d.attach["mouthpiece_titles"]:
            voiced = self._voiced_owner(g)  # "Erdogan's spokesman", "a spokesman for Navalny": speaks as them
            if voiced in ("", _UNCODED_NAME):
                if not final:
                    self.deferred.append((1, g, roles, geos, trim))  # the owner is itself not coded yet
                    return
                if voiced == _UNCODED_NAME:
                    return  # "a spokesperson for Zentrix": of a body no table knows, no state's
            elif voiced is not None:
                self._agent_mention(g, e, voiced, trim)
                return
        if not geos and e.envoy and not e.title:
            return  # "the embassy" with no country named: a mission is mostly a foreign state's, whose the story may not say
        base_piece = geos[0] if geos else None
        if e.envoy and base_piece is not None:
            base_piece = _sender(geos, base_piece)  # "France's UN ambassador": France's, posted to the UN
        base = None
        if base_piece is not None:
            be = base_piece.entry
            base = be.code_at(self.on) if be.kind in ("org", "user_actor") else be.code
        if base in ("---", "+++", "###"):
            base = None
        if base is not None and base_piece.entry.kind == "org":
            base = self._with_demonym(base, geos)  # "Iraqi Kataib Hezbollah fighters": IRQREB
        if base_piece is not None and base_piece.entry.kind == "demonym" and is_ethnic(self.doc, g):
            base = home_of(self.doc, g, base, self.geo_pieces)  # "ethnic Albanian guerrillas in Macedonia"
        # descriptions: "the Russian leader", "the Kremlin chief" -> a leader named earlier
        # (not "the Labour leader": a party's leader is no head of government)
        if e.leader and role_piece.key == e.name and base and split_code(base, self.countries)[1] in (None, "GOV"):
            country = split_code(base, self.countries)[0] or (base if base in self.countries else None)
            for a in reversed(list(self.person_names)):
                act = self.res.actors[a]
                if act.country == country and act.role in ("GOV",) and (self.doc[g.start].lower_ == "the" or len(geos) and geos[0].end < role_piece.start):
                    self.mention(g.start, g.end, trim, a, act.code, "title")
                    return
        if (base is None and len(roles) == 1 and role_piece.key in self.d.attach["owned_titles"]
                and describe.prep_owner(self.doc, self, g) is None):
            return  # "a senior leader", "tribal leaders": the head of something unnamed, no government
        last = self.doc[g.pieces[-1].end - 1]
        if (base is None and last.dep_ in ("amod", "compound") and last.head.i >= g.end
                and last.head.lower_ not in self.d.attach["said_act_heads"]):
            return  # "military aid", "police reform": a modifier, not an actor ("opposition accusations" one)
        owner_tok = describe.prep_owner(self.doc, self, g) if base is None else None
        if base is None and e.title and owner_tok is None:
            base = attach.its_owner(self.doc, self, g)  # "Ukraine and its president"
        if base is None and e.title and owner_tok is None and e.code == "GOV" and not geos \
                and attach.possessive(self.doc, g) is None:
            # "The Kenyan opposition called for the president to resign": its own country's
            base = self.places.home_side.get(self.doc[g.start].sent.start)
        if base is None and e.title and not geos and role_piece.key in self.d.attach["counterpart_titles"]:
            base = self._counterpart_country(g)  # "met his counterpart in Beijing": China's
        several = base is None and describe.of_several(self.doc, g, e, owner_tok)  # "foreign ministers"
        if base is None and (not e.title or owner_tok is not None or e.code.lower() in self.d.attach["home_title_roles"]
                             or (not several and self._plural_title(g, e))):
            if not final:
                stage = 2 if attach.needs_pronouns(self.doc, g, e.code) else 1
                self.deferred.append((stage, g, roles, geos, trim))
                return
            owner = attach.mention_at(self, owner_tok.i, pronouns=False) if owner_tok is not None else None
            if owner is not None and self.res.actors[owner.actor].kind != "person":
                act = self.res.actors[owner.actor]
                if act.role and e.title and (act.country or (not g.former and act.code in _BODY_OWNERS)):
                    # "a spokesperson for the South Korean foreign ministry": the ministry's code;
                    # a group keeps its own role ("workers of the bus company": LAB); a title of a
                    # company of no country yet is its bare BUS, placed as the company is
                    # ("president of Acme Corp"), and so is the head of the opposition or of rebels
                    # of no country yet: "the leader of the opposition", "the commander of the
                    # rebels" (OPP, REB, placed as their body is), not the government in context
                    code = act.country + "ELI" if g.former else owner.code
                    self._agent_mention(g, e, code, trim)
                    return
                if e.title and not g.former and act.code.lower() in self.d.attach["force_owner_roles"]:
                    # "the district commander of police", "a spokesman for the army": a rank of that
                    # force, COP or MIL whatever the title's own row, placed as the force is
                    self._agent_mention(g, e, act.code, trim)
                    return
            if (owner is None and owner_tok is not None and e.title and e.code == "GOV" and (e.leader or e.sole)
                    and not geos and self._unknown_name(owner_tok)):
                return  # "the president of Acme Industries", "the president of Tatarstan": the head of a
                # body or place no table knows, no state's government ("the mayor of Springfield" stays)
            if owner is not None:
                base = attach.owner_base(self, owner)  # "critics of Bolsonaro": of his country
            if base is None and describe.is_definite(self.doc, g) and roles[0].key in self.d.attach["ruling_military"]:
                m = describe.military_government(self, g.start)  # "the junta": the one named before
                if m is not None:
                    self.mention(g.start, g.end, trim, m.actor, m.code, "description")
                    return
            if base is None and not geos and describe.is_definite_group(self.doc, g):
                armed = "REB" if roles[0].key in self.d.attach["paramilitary_words"] else e.code  # "the paramilitary"
                m = describe.armed_group(self, armed, g.start)  # "the insurgents": the Taliban named before
                if m is not None:
                    self.mention(g.start, g.end, trim, m.actor, m.code, "description")
                    return
            if base is None and not (owner is None and several):
                base = attach.owner_of(self.doc, self, g, e.code) or self._context_country(g, e)
            if base is None and not e.title and describe.is_definite(self.doc, g):
                m = describe.described_org(self, self.doc[g.end - 1].lower_, g.start,
                                           describe.kind_words(self.doc, g.start, g.end))
                if m is not None and self.res.actors[m.actor].role in (None, e.code):
                    # "the ministry": the one named earlier, when nothing else places it; never a body
                    # of another role ("the opposition party ... the ruling party": two parties)
                    self.mention(g.start, g.end, trim, m.actor, m.code, "description")
                    return
            # a community's home; "Uyghurs" has the singular's
            base = base or self.d.homes.get(roles[0].key) or self.d.homes.get(norm(roles[0].entry.name))
        code = self._compose(base, base_piece, e, g.former)
        if not code:
            return
        self._agent_mention(g, e, code, trim)
        if base and base_piece is not None and base_piece.entry.kind == "org" and e.code == "LAB" \
                and split_code(base, self.countries)[1] == "BUS" and not g.former:
            m = self.res.mentions[-1]
            self.res.employers[(m.tok_start, m.tok_end)] = base  # "Boeing workers": Boeing employs them
        if base is None and several:
            m = self.res.mentions[-1]
            self.res.several.add((m.tok_start, m.tok_end))  # "foreign ministers": no country in context

    def _plural_title(self, g: Group, e) -> bool:
        """"prosecutors", "judges", "lawmakers": the plural of a title no state has one holder of
        (no `sole` office, no envoy) and no possessive owns names no one person, as "police" does
        not: it takes its sentence's country as a bare group does ("In Japan, prosecutors indicted
        ...": JPNJUD), where the singular title ("the prosecutor") may be a foreign one."""
        head = self.doc[g.end - 1]
        return (head.tag_ in ("NNS", "NNPS") and not e.sole and not e.envoy and not e.leader
                and not any(c.dep_ == "poss" for c in head.children))

    def _unknown_owner(self, g: Group) -> bool:
        """Whether a lone state's role is owned by a capitalised name right before it that no table
        reads and no actor covers: "a Zalando spokesman", "a Telkom official" speak for a company
        or body we do not know, not for the state of their story ("a Kremlin spokesman", "an
        Interior Ministry spokesman", "a Trump spokesman" are read as their names say)."""
        if len(g.pieces) != 1 or g.start == 0:
            return False
        head = self.doc[g.end - 1]
        prev = self.doc[g.start - 1]
        if not head.is_lower or head.lower_ in self.d.attach["described_heads"]:
            return False  # "the Kurdistan Regional Government": a body's name, its words before it
        return (prev.dep_ == "compound" and prev.head.i == head.i and prev.pos_ == "PROPN"
                and prev.text[:1].isupper() and prev.i not in self.covered and not prev.is_sent_start)

    def _unknown_name(self, tok) -> bool:
        """Whether a title's owner is a capitalised name no table reads, no actor covers and no
        person bears."""
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in self.covered
                and not self.d.lookup(norm(tok.text)) and tok.ent_type_ != "PERSON")

    def _office_head(self, roles: list[Piece]) -> bool:
        """Whether the group's head is a state's office and every role before it a sector it regulates
        or serves ("California's utilities regulators", "the banking commission"; attachment.yaml
        `office_heads`, `sector_roles`)."""
        head = roles[-1]
        return (len(roles) > 1 and head.entry.code == "GOV"
                and self.doc[head.end - 1].lower_ in self.d.attach["office_heads"]
                and all(r.entry.code.lower() in self.d.attach["sector_roles"] for r in roles[:-1]))

    def _counterpart_country(self, g: Group) -> str | None:
        """The country of a counterpart met where it rules: the country or capital of the "in" phrase
        of the counterpart or of the verb it is the object of ("met his counterpart in Beijing",
        "held talks with his counterpart in Ankara"), when the verb's subject is of another country
        ("The French president met his counterpart in Paris" names no one's capital but his own)."""
        head = self.doc[g.end - 1]
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "held talks with his counterpart in Ankara"
        if head.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "NOUN"):
            return None
        places = {self.country_of(p) for p in self.geo_pieces if p.entry.kind in ("country", "capital")
                  and (t := self.doc[p.end - 1]).dep_ == "pobj" and t.head.lower_ == "in"
                  and t.head.head in (head, verb, head.head.head if head.dep_ == "pobj" else head)}
        places.discard(None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ == "NOUN":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if len(places) != 1 or subj is None:
            return None
        doer = next((m for m in self.res.mentions if m.tok_start <= subj.i < m.tok_end), None)
        country = split_code(doer.code, self.countries)[0] if doer is not None else None
        place = places.pop()
        return place if country and country != place else None

    def _led_by(self, g: Group, geo: Piece) -> bool:
        """Whether the group's place is the leader of its alliance: "Saudi-led", "U.S.-led"."""
        return any(self.doc[i].lower_ == "led" and self.doc[i - 1].text == "-" for i in range(geo.end, min(geo.end + 2, g.end)))

    def _glued_leader(self, role: Piece) -> str | None:
        """The country of a "<country>-led" token before an alliance ("U.S.-led"), or None."""
        prev = self.doc[role.start - 1] if role.start > 0 else None
        if prev is None or not prev.lower_.endswith("-led") or len(prev.text) < 6:
            return None
        codes = {x.code for x in self.d.lookup(norm(prev.text[:-4])) if x.kind in ("country", "demonym")}
        return codes.pop() if len(codes) == 1 else None

    def _voiced_owner(self, g: Group) -> str | None:
        """The code of whom a spokesperson (`mouthpiece_titles`) speaks for: a named possessive
        owner ("Navalny's spokeswoman", "the opposition leader's spokesman") or the object of its
        preposition ("a spokesman for Navalny"), whether a person or a body. "" when that owner is
        an agent not coded yet; `_UNCODED_NAME` when it is a name no table reads and no actor
        covers yet ("a spokesperson for Zentrix"); None when there is none, or a pronoun ("his
        spokesman")."""
        owners = [c for t in self.doc[g.start:g.end] for c in t.children if c.dep_ == "poss" and c.i < g.start]
        owner_tok = describe.prep_owner(self.doc, self, g)
        if owner_tok is not None:
            owners.append(owner_tok)
        for t in owners:
            if t.pos_ == "PRON":
                return None
            m = attach.mention_at(self, t.i, pronouns=False)
            if m is not None:
                return m.code
            if self.d.lookup(norm(t.text)) or self.d.lookup(norm(t.lemma_)):
                return ""  # "the opposition leader's": an agent coded later
            if t.pos_ == "PROPN" and t.text[:1].isupper():
                return _UNCODED_NAME
        return None

    def _agent_mention(self, g: Group, e, code: str, trim: int) -> None:
        name = self.doc[g.start:g.end].text
        name = name[4:] if name.lower().startswith("the ") else name
        if trim:
            name = name[:-trim]
        kind = "organisation" if e.code in ("GOV", "LEG", "JUD", "MED", "PTY", "BUS") and not e.title else "group"
        if e.title:
            kind = "person"
        # a party named by its form ("the Greens", "the Jubilee Party") is its own actor, not the
        # country's other parties of its bare code ("the Social Democrats")
        own = name if e.title else (_party_key(e.name) if e.source == PARTIES_SOURCE else "")
        a = self.actor(("code", code, kind if kind != "person" else "title", own), code, name, kind)
        self.mention(g.start, g.end, trim, a, code, "context" if g.start in self.inferred else "agent")

    def _code_now(self, a: int) -> str:
        """The code of an actor's latest mention ("President Obama" stays USAGOV whatever the date)."""
        ms = [m for m in self.res.mentions if m.actor == a]
        return max(ms, key=lambda m: m.tok_start).code if ms else self.res.actors[a].code

    def _compose(self, base: str | None, base_piece: Piece | None, agent, former: bool) -> str:
        role = "ELI" if former else agent.role_under(base_piece.entry if base_piece is not None else None)
        if agent.kind == "user_agent" and agent.prefix:
            return agent.code + (base or "")
        if base is None:
            return role
        if base_piece is not None and base_piece.entry.kind == "user_actor":
            return base if base.endswith(role) or role in base[3:] else base + role
        country, has_role = split_code(base, self.countries)
        if has_role == "BUS" and role == "LAB" and country and base_piece is not None and base_piece.entry.kind == "org":
            return country + role  # "Boeing workers", "Samsung's union": labour, not the company
        if has_role and base_piece is not None and base_piece.entry.kind in ("metonym", "org"):
            return (country + "ELI") if former and country else base
        return base + role

    def _context_country(self, g: Group, agent) -> str | None:
        """The country of a bare agent: its sentence's one country (places.py), save a company named
        by its suffix; peacekeepers, who belong to no country, take the sentence's one
        international organisation, else plain IGO."""
        if agent.kind == "agent" and agent.code == "MIL" and agent.igo:
            sent = self.doc[g.start].sent
            igos = {p.entry.code_at(self.on) for p in self.org_pieces if sent.start <= p.start < sent.end}
            return igos.pop() if len(igos) == 1 else "IGO"
        if agent.kind == "agent" and agent.source == COMPANIES_SOURCE \
                and self.places.first.get(self.doc[g.start].sent.start, len(self.doc)) < g.start:
            # a firm known only by its suffix is not the country of whoever acts on it, named
            # before it ("China placed Skydio Inc on its entity list", "Russia fined Tesvik
            # Holdings Ltd"); one named after it is what it acts on ("Walt Disney Co sued Florida
            # Governor Ron DeSantis"); its own words or the article's setting may place it
            return None
        if foreign_role(self.doc, g.start, g.end, self.d.attach["foreign_words"]):
            return None  # "Russia froze the assets of Western companies": not Russia's own
        role = agent.code.lower()
        striking = role in self.d.attach["striking_roles"]
        if striking:
            # "Israel launched air raids ... Gunships destroyed Mr Arafat's helicopters in Gaza
            # City": the state that struck before, not the land struck (places.py)
            found = self.places.last_striker(self.doc, g.end, self.d.attach["hostile_verbs"],
                                             self.d.attach["weapon_heads"])
            if found:
                self.inferred.add(g.start)
                return found
        found = self.places.for_agent(self.doc, g.start, g.end, people=role in self.d.attach["home_side_roles"],
                                      force=striking,
                                      police=role in self.d.attach["home_force_roles"])
        if found and found not in CONGRESS_STATES and unqualified_body(self.doc, g.start, g.end, agent.code) == "USA":
            return "USA"  # "Israel launched strikes ... Congress criticized the Israeli government": no Knesset
        return found

    def _geo_group(self, g: Group, geos: list[Piece], trim: int) -> None:
        p = geos[0]
        e = p.entry
        people_noun = self._people_noun(g, trim)
        if e.kind == "demonym" and not g.inherit_role and (people_noun or names_people(self.doc, g)):
            # "Nigerians", "the Albanians of southern Serbia", "Bosnian Serbs", "the Zambian people": civilians
            code = home_of(self.doc, g, e.code, self.geo_pieces) + "CVL"
            a = self.actor(("code", code), code, f"{self.d.country_names.get(code[:3], code[:3])} civilians", "group")
            end = g.end + 1 if people_noun else g.end
            self.mention(g.start, end, _glued(self.doc[end - 1]) if people_noun else trim, a, code, "demonym")
            return
        if e.kind in ("country", "capital", "province", "demonym"):
            code = e.code + (g.inherit_role or "")
            via = {"country": "name", "capital": "metonym", "province": "place", "demonym": "demonym"}[e.kind]
            if e.kind == "capital" and not g.inherit_role and not trim and _acts(self.doc[p.end - 1]):
                code = e.code + "GOV"  # "Beirut rejected the appeal": the capital speaks for the government
            if g.former and g.inherit_role:
                code = e.code + "ELI"
            name = self.d.country_names.get(e.code, e.name)
            a = self.actor(("code", code), code, name if not g.inherit_role else f"{name} {g.inherit_role}", "country" if not g.inherit_role else "group")
        elif e.kind == "region":
            code, via = e.code + (g.inherit_role or ""), "name"
            a = self.actor(("code", code), code, e.name, "country", None, g.inherit_role)
        else:
            code = e.code_at(self.on)
            if not code or code in ("---", "+++", "###"):
                self.covered.update(range(p.start, p.end))
                return
            code = self._with_demonym(code, geos) if e.kind == "org" else code  # "Iraqi Kataib Hezbollah"
            if g.inherit_role:
                code = code + g.inherit_role if g.inherit_role not in code[3:] else code
            if e.kind == "metonym":
                # "Nigeria's Securities and Exchange Commission", "Ghana's Energy Department": an
                # institution its own words give to another country is that country's
                owners = {q.entry.code for q in geos if q.entry.kind in ("country", "demonym") and q.end <= p.start}
                country, role = split_code(code, self.countries)
                if len(owners) == 1 and role and country in self.countries and owners != {country}:
                    code = owners.pop() + role
            via = "metonym" if e.kind == "metonym" else ("dictionary" if e.kind == "user_actor" else "name")
            kind = "organisation" if code[:3] in ("IGO", "NGO") or e.kind == "metonym" else "group"
            if e.kind == "user_actor":
                kind = "country" if len(code) == 3 else "organisation"
            key = ("code", code, e.name) if e.kind == "metonym" else ("code", code)
            a = self.actor(key, code, e.name, kind)
        self.mention(g.start, g.end, trim, a, code, via)

    def _with_demonym(self, code: str, geos: list[Piece]) -> str:
        """An unknown group's bare role (context.py: "Kataib Hezbollah", not Lebanon's Hezbollah, is
        "REB") with the country of the demonym or country its group names ("Iraqi Kataib Hezbollah
        fighters": IRQREB); any other code as it is."""
        if code not in ROLES:
            return code
        own = [p.entry.code for p in geos if p.entry.kind in ("country", "demonym")]
        return own[0] + code if own else code

    def _people_noun(self, g: Group, trim: int) -> bool:
        """The demonym modifies a noun for a whole people right after it ("the Zambian people")."""
        last = self.doc[g.end - 1]
        if trim or g.end >= len(self.doc) or g.pieces[-1].entry.kind != "demonym":
            return False
        nxt = self.doc[g.end]
        return last.head.i == nxt.i and nxt.lower_.replace("'s", "") in self.d.attach.get("people_nouns", ())

    # -- the result
    def finish(self) -> Resolution:
        res = self.res
        for ent in self.doc.ents:
            if ent.label_ in ENTITY_LABELS and not any(i in self.covered for i in range(ent.start, ent.end)):
                span = ent if ent.label_ != "PERSON" else self.doc[ent.start:name_end(self.doc, ent.end, self.covered)]
                res.entities.append(Entity(span.text, ent.label_, span.start_char, span.end_char))
        for a in res.actors:
            a.mentions.sort(key=lambda s: s.start)
        return res.index()


def _party_key(name: str) -> str:
    """A party's name, singular or plural alike ("Social Democrat", "the Social Democrats")."""
    words = name.lower().split()
    return " ".join(w[:-1] if w.endswith("s") else w for w in words if w != "the")
