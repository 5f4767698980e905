"""Which country a sentence, or a whole article, is about: the fallback for actors named without one.

A bare agent ("rebels", "workers") or a titled official not in the dictionary ("President Levy
Mwanawasa") gets no country from its own words. The rules, all explicit:
- a sentence that names exactly one country (by name, capital or demonym) is about it, unless that
  country is only where something goes ("flew to Kenya", "aid into Syria"); bare agents take it
  when it names an actor ("the Mozambique government ... rebels"), a place ("police in Kenya") or
  comes before them, not from a later object ("The government thanked China for its aid"); an
  actor named after them reaches back to them unless the article's dateline names another country
  ("KABUL - The Interior Ministry accused Pakistani forces of shelling": Afghanistan's ministry, by
  the dateline; "The Social Democratic Party criticised the Swedish government": Sweden's party);
- for titled unknown people the country must not belong to someone else's title ("South African
  leader F.W. de Klerk" says nothing about the President next to him);
- a titled unknown person in a sentence naming several countries takes the one that is not only a
  place ("in Liberia", "to Kenya", "from Chad") nor someone else's ("France is ready to send troops
  to a force in Liberia, Defence Minister Pierre Joxe said" -> FRA);
- "from X" after a verb of leaving is a place too ("withdraw troops from Chad" names no owner);
- a diplomat's country (agents.tsv flag `envoy`) is none of the sentence's: a diplomat serves
  abroad; nor is a hostage's (flag `abroad`: "militants threatened to behead the Japanese hostage") ("MOSCOW - The Foreign Ministry summoned the British ambassador": Russia's ministry);
- so is the country of a weapon or an attack (attachment.yaml `weapon_heads`): "KYIV - Russian
  missiles killed five civilians" are Ukraine's civilians, by the dateline;
- so is the country of a force (`striking_roles`) named as the subject of a hostile act, for the
  bare victims of its sentence, when the story is datelined in another country it names beyond
  the dateline ("KYIV - Russian troops shelled residential areas, killing five civilians":
  Ukraine's civilians; "BANGKOK - Myanmar troops killed civilians" stays Myanmar's);
- people (`home_side_roles`) a state's police act on take that police's country over the
  dateline when only the police, and places where the act happens, name it, unless they are the
  clause's subject ("WASHINGTON - The killing of protesters by Iranian police": IRNOPP; "Protesters
  gathered to denounce Chinese police" stays the dateline's): police act at home
  (attachment.yaml `home_force_roles`);
- a bare army (`striking_roles`) that does a hostile act "in" the sentence's one country, named
  only there, takes the dateline's country when that is another: the place is what it strikes
  ("TEL AVIV - The army struck targets in Gaza", "MOSCOW - The military said it shelled positions
  in Ukraine"); with no such dateline the sentence's country stands; one who tells of such a
  strike takes the dateline's too ("ANKARA - Turkish jets struck targets in northern Iraq, the
  defence ministry said": Turkey's ministry, `_tells_of`); a weapon's maker ("Turkish jets") is
  no place of it;
- a bare police force (`home_force_roles`) that does an act "in" the sentence's one country, named
  only there, even in its victims' phrase, is that country's, whatever the dateline: police act at
  home ("WASHINGTON - Security forces opened fire on protesters in Baghdad": IRQCOP);
- a sentence that opens on where it happens ("In Beijing, ...", "Meanwhile, in Tehran, ...") is about
  that place's country, whatever else it names, and outweighs the dateline (`_frames`);
- a titled unknown person named before the sentence's one country, in an article whose dateline
  names another, takes neither it nor the article's main country: the country named after
  the title is what its holder acts on ("COCHABAMBA, Bolivia - Interior Minister Arturo Murillo
  accused Venezuela"), and the dateline places the title later (setting.py);
- failing the sentence, a titled unknown person is placed as a bare role is (setting.py: its
  paragraph's one country, else the dateline's, else the article's home), not by the bare majority
  of the article's place names: "Tuvalu will host the clinic in Tuvalu" names no home for a
  "Health Minister" two paragraphs on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .grouping import Group

GEO_KINDS = ("country", "capital", "province", "demonym")
_TOWARDS = {"to", "into", "toward", "towards", "onto"}
_LOCATIVE = _TOWARDS | {"in", "at", "from", "inside", "within", "across", "near", "throughout", "around"}


@dataclass(slots=True)
class Places:
    sole: dict[int, str] = field(default_factory=dict)  # sentence start -> its one country, for bare agents
    sole_from: dict[int, int] = field(default_factory=dict)  # sentence start -> first token it counts for
    for_people: dict[int, str] = field(default_factory=dict)  # sentence start -> its country, for titled people
    article: str | None = None  # the article's dominant country
    named_from: dict[int, int] = field(default_factory=dict)  # sentence start -> where its first actor is named
    dateline: str | None = None  # the country of the article's dateline
    dateline_end: int = 0  # the character where the article's dateline ends (0: none)
    first: dict[int, int] = field(default_factory=dict)  # sentence start -> where its one country is first named
    home_side: dict[int, str] = field(default_factory=dict)  # sentence start -> its one country, named only by home_side_roles
    home_force: dict[int, str] = field(default_factory=dict)  # sentence start -> its one country, named only by its police
    struck: dict[int, int] = field(default_factory=dict)  # sentence start -> the hostile verb its one country is only the place of
    acted_in: dict[int, int] = field(default_factory=dict)  # sentence start -> the verb its one country is only the place of
    quoted: set[int] = field(default_factory=set)  # sentence starts whose countries are all named inside a quotation
    striker: dict[int, str] = field(default_factory=dict)  # sentence start -> its one country, named only by a force striking
    abroad: dict[int, str] = field(default_factory=dict)  # sentence start -> the other state's land a state strikes in
    counts: Counter = field(default_factory=Counter)  # country -> how often the article names it
    seats: list[tuple[int, int, str]] = field(default_factory=list)  # (first, last token, country) of bodies a seat places
    strikes: list[tuple[int, str]] = field(default_factory=list)  # (verb token, country) of each state striking, in order

    def for_agent(self, doc: Doc, tok: int, end: int, *, people: bool = False,
                  force: bool = False, police: bool = False) -> str | None:
        """The sentence's one country for the bare agent at `tok` (to `end`); `people`: the agent is
        of the roles people of a country are (attachment.yaml `home_side_roles`); `force`: of the
        roles that strike abroad (`striking_roles`); `police`: of those that act at home
        (`home_force_roles`)."""
        seat = next((c for lo, hi, c in self.seats if lo <= tok <= hi), None)
        if seat is not None:
            return seat  # "SERAP, a Lagos-based civil society group": Nigeria's
        s = doc[tok].sent.start
        if people and s in self.abroad and doc[end - 1].dep_ not in ("nsubj", "nsubjpass"):
            # "ISLAMABAD - Pakistan carried out air strikes inside Afghanistan, killing 15 people": Afghans
            return self.abroad[s]
        code = self.sole.get(s) if self.sole_from.get(s, len(doc)) <= tok else None
        if code and s in self.quoted and not in_quotation(doc, tok):
            return None  # '"Japan must face its history," a ministry spokesman said': the quote's, not the speaker's
        if code and self.striker.get(s) == code and self.dateline and self.dateline != code \
                and self.counts[self.dateline] >= 2:
            # "KYIV - Russian troops shelled residential areas, killing five civilians": a force
            # strikes abroad, in the dateline's country when the story names it beyond its dateline
            return None
        if code and force and self.dateline and self.dateline != code and s in self.struck \
                and _subject_of(doc, tok, self.struck[s]):
            return None  # "TEL AVIV - The army struck targets in Gaza": where it strikes, not whose it is
        if code and self.dateline and self.dateline != code and s in self.struck \
                and _tells_of(doc, tok, self.struck[s]):
            return None  # "ANKARA - Turkish jets struck targets in Iraq, the defence ministry said": the dateline's
        if code and police and s in self.acted_in and _subject_of(doc, tok, self.acted_in[s]):
            return code  # "WASHINGTON - Security forces opened fire on protesters in Baghdad": Iraq's
        if code and people and self.home_force.get(s) == code and doc[end - 1].dep_ != "nsubj":
            return code  # "WASHINGTON - The killing of protesters by Iranian police": Iran's protesters
        if code and self.dateline and code != self.dateline and tok < self.named_from.get(s, len(doc)):
            return None  # "KABUL - The Interior Ministry accused Pakistani forces": the dateline's
        return code

    def last_striker(self, doc: Doc, end: int, hostile, weapons) -> str | None:
        """The country of an unowned force that strikes ("Gunships destroyed the helicopters in
        Gaza City", "The army shelled positions in the town"), the group ending at token `end`: the
        state the article last told striking, in an earlier sentence ("Israel launched air raids on
        Gaza ..."), not the land or the victims its own sentence names. None when it is owned ("his
        forces") or strikes nothing, when no state struck in the `STRIKER_WINDOW` sentences before,
        when its sentence's one country struck before too and is not the last (it may be its own),
        or when the article's dateline names a country the story names again (the dateline's rules
        place a bare force then: `for_agent`)."""
        if self.dateline and self.counts[self.dateline] >= 2:
            # "TEL AVIV - Iran fired missiles at Israel ... The army struck targets in Gaza": Israel's;
            # a dateline the story does not name again ("WASHINGTON - Israel launched air strikes on Gaza ...
            # Warplanes also hit Rafah") is no party
            return None
        head = doc[end - 1]
        if any(c.dep_ == "poss" for c in head.children):
            return None
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if _strike_of(head, hostile, weapons) is None:
            return None
        s = head.sent.start
        first = _sentence_back(doc, s, STRIKER_WINDOW)
        before = [c for v, c in self.strikes if first <= v < s]
        if not before:
            return None
        own = self.sole.get(s)
        if own is not None and own != before[-1] and own in before:
            return None
        return before[-1]

    def for_person(self, doc: Doc, tok: int) -> str | None:
        s = doc[tok].sent.start
        code = self.for_people.get(s)
        if code and s in self.quoted and not in_quotation(doc, tok):
            return self.article if self.article != code else None  # the speaker of a quote naming a country
        if code and code == self.sole.get(s) and self.dateline and code != self.dateline \
                and tok < self.named_from.get(s, len(doc)):
            # "COCHABAMBA, Bolivia - Interior Minister Arturo Murillo accused Venezuela": the
            # country named after the minister is what the minister acts on; the article's setting
            # places the title (setting.py), as it does a bare agent's (`for_agent`)
            return None
        if code and code == self.sole.get(s) and acted_on(doc, tok, self.first.get(s)):
            # "Prime Minister Ardanov criticised Pakistan", "... visited Pakistan", "... talks
            # with Pakistan": the one country is what the person acts on, never the title's
            return None
        return code  # else the setting places the title, as it does a bare agent (setting.py)


def acted_on(doc: Doc, tok: int, at: int | None) -> bool:
    """Whether the country named at token `at` is the object of the verb whose subject holds token
    `tok`: its direct object ("Minister X criticised Pakistan") or the object of a preposition of
    that verb, save a place's ("in", "to", "from": `_LOCATIVE`) ("Minister X held talks with
    Pakistan" reads talks' "with" too); the country then
    says what the subject acts on, not whose it is ("President X said Zambia would ..." is no
    object and stands)."""
    if at is None or at <= tok:
        return False
    t = doc[at]
    while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.pos_ == "PROPN":
        t = t.head  # "the United States"; never on to a noun it describes ("met Sri Lankan students")
    if t.dep_ == "dobj":
        verb = t.head
    elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ not in _LOCATIVE | {"of"}:
        # "growth in Australia", "a visit to Chile": a place, which may well be the person's own
        verb = t.head.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # "held talks with Pakistan"
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok <= c.right_edge.i for c in verb.children)


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})


def in_quotation(doc: Doc, i: int) -> bool:
    """Whether token `i` stands inside a quotation: an odd number of quotation marks before it in
    its sentence."""
    sent = doc[i].sent
    return sum(1 for t in doc[sent.start:i] if t.text in _QUOTE_MARKS) % 2 == 1


def destination(doc: Doc, start: int, end: int, leave=frozenset()) -> bool:
    """Where something goes ("to Kenya") or is taken from ("withdraw troops from Chad")."""
    head = doc[end - 1]
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in _TOWARDS:
        return True
    if prep.lower_ == "from" and leave:
        h = prep.head
        return h.lemma_.lower() in leave or (h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_.lower() in leave)
    return False


def _armed(doc: Doc, p, weapons) -> bool:
    """A country named as the maker of a weapon or an attack ("Israeli strikes", "a Russian drone
    attack"): its adjective or name modifies one of `weapons`."""
    head = doc[p.end - 1]
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head
    return head.i >= p.end and head.lower_ in weapons


def _striking(doc: Doc, g: Group, hostile) -> bool:
    """Whether group `g` is the subject, or a subject's conjunct, of a `hostile` verb ("Russian
    troops shelled ...", "federal troops and allied Eritrean soldiers had shelled ...")."""
    head = doc[g.end - 1]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in hostile


#: participles by which a place names where a body sits: "Norway-based", "London-headquartered"
_SEATED = frozenset({"based", "headquartered", "registered"})


def _seat(doc: Doc, p) -> bool:
    """Whether a place is named only as where a body sits ("the Norway-based group Hengaw", "the
    London-based Syrian Observatory"): the body's seat says nothing of where its story happens."""
    head = doc[p.end - 1]
    return head.dep_ in ("npadvmod", "compound") and head.head.lower_ in _SEATED and head.head.i > head.i


def _place_verb(doc: Doc, end: int, preps=frozenset({"in"})) -> int | None:
    """The verb a place "in X" (a preposition of `preps`) at `end` is where of, through its object
    ("struck targets in Gaza", "opened fire on protesters in Baghdad"): its index, else None."""
    head = doc[end - 1]
    if head.dep_ != "pobj" or head.head.lower_ not in preps:
        return None
    t = head.head
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX") and t.dep_ in ("prep", "pobj", "dobj", "npadvmod"):
        t = t.head
    return t.i if t.pos_ == "VERB" else None


def _subject_of(doc: Doc, tok: int, verb: int) -> bool:
    """Whether the group whose first token is `tok` does the verb at `verb`: its subject, or the
    subject of a verb that tells of it through a pronoun ("The military said it struck targets")."""
    v = doc[verb]
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in ("it", "they") and v.dep_ in ("ccomp", "conj") and v.head.pos_ == "VERB":
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
    return subj.left_edge.i <= tok <= subj.i


def _tells_of(doc: Doc, tok: int, verb: int) -> bool:
    """Whether the group whose first token is `tok` is the subject of a verb that reports the
    clause of the verb at `verb`, before or after it ("The ministry said jets struck targets",
    "Jets struck targets, the ministry said"): one who tells of a strike, not one struck."""
    v = doc[verb]
    tellers = [c for c in v.children if c.dep_ == "parataxis"]
    while v.dep_ in ("ccomp", "conj", "xcomp") and v.head.i != v.i:
        v = v.head
        if v.dep_ != "conj":
            tellers.append(v)
    return any(c.dep_ == "nsubj" and c.left_edge.i <= tok <= c.i for t in tellers for c in t.children)


#: where a state's force strikes another's land: "air strikes inside Afghanistan", "shelled towns in Ukraine"
_ABROAD_PREPS = frozenset({"in", "inside"})
#: the roles of a state striking abroad as itself: the state, its government, its forces
STATE_STRIKERS = frozenset({"GOV", "MIL"})


def _state_strike(doc: Doc, g: Group, hostile, weapons) -> int | None:
    """The verb group `g`, a state or its forces, strikes with as its subject: a `hostile` verb
    ("Russian troops shelled ...") or one whose object is a weapon or an attack (`weapons`:
    "Pakistan carried out air strikes ..."); None for any other group or verb."""
    roles = {r.entry.code for r in g.of("ROLE")}
    if not roles <= STATE_STRIKERS:
        return None
    return _strike_of(doc[g.end - 1], hostile, weapons)


def _strike_of(head, hostile, weapons) -> int | None:
    """The verb a group's `head` strikes with as its subject (`strikes`); None for any other."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    return verb.i if strikes(verb, hostile, weapons) else None


#: sentences back an unowned striking force looks for the state that struck (`Places.last_striker`),
#: as a retaliation with no target looks for the last blow (events/anaphora.py RETALIATION_WINDOW)
STRIKER_WINDOW = 5


def _sentence_back(doc: Doc, start: int, n: int) -> int:
    """The first token of the sentence `n` sentences before the one starting at `start` (0 when
    the article has fewer)."""
    i = start
    for _ in range(n):
        if i == 0:
            break
        i = doc[i - 1].sent.start
    return i


def strikes(verb, hostile, weapons) -> bool:
    """Whether a verb tells a strike: a `hostile` verb ("shelled", "attacked") or one whose object
    is a weapon or an attack (`weapons`: "carried out air strikes", "fired rockets")."""
    return verb.lemma_.lower() in hostile or any(c.dep_ == "dobj" and c.lower_ in weapons for c in verb.children)


def _locative(doc: Doc, end: int) -> bool:
    head = doc[end - 1]
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE


def find_places(doc: Doc, groups: list[Group], *, words: dict | None = None) -> Places:
    """Per sentence and for the article, the country actors without one are taken to belong to.
    `words`: the word lists of attachment.yaml (leave_verbs)."""
    leave = (words or {}).get("leave_verbs", frozenset())
    home_roles = {r.upper() for r in (words or {}).get("home_side_roles", frozenset())}
    sides: dict[int, set[bool]] = {}  # sentence start -> whether each group naming a country is of home_roles
    force_roles = {r.upper() for r in (words or {}).get("home_force_roles", frozenset())}
    forces: dict[int, set[str]] = {}  # sentence start -> how each group names its country: its police, a place, other
    hostile = (words or {}).get("hostile_verbs", frozenset())
    strike_roles = {r.upper() for r in (words or {}).get("striking_roles", frozenset())}
    strikers: dict[int, set[bool]] = {}  # sentence start -> whether each group naming a country is a force striking
    struck: dict[int, set[int | None]] = {}  # sentence start -> the hostile verb each naming is the place of
    acted: dict[int, set[int | None]] = {}  # sentence start -> the verb each naming is the place of
    weapons = (words or {}).get("weapon_heads", frozenset())
    state_strikes: dict[int, set[tuple[str, int]]] = {}  # sentence start -> (country, verb) of states striking
    struck_in: dict[int, set[tuple[str, int]]] = {}  # sentence start -> (country, verb) of lands named only as struck in
    first: dict[int, int] = {}  # sentence start -> where its first country is named
    seen: dict[int, set[str]] = {}
    usable: dict[int, set[str]] = {}  # countries that are not only destinations
    owned: dict[int, set[str]] = {}  # countries that belong to another titled person or title
    owners: dict[int, set[str]] = {}  # countries named other than as a place
    anchor: dict[int, int] = {}  # sentence start -> first token from which bare agents may take it
    named: dict[int, int] = {}  # sentence start -> where its first actor or country (not a place) is named
    counts: Counter[str] = Counter()
    quoted: dict[int, set[bool]] = {}  # sentence start -> whether each country naming stands inside a quotation
    seats: list[tuple[int, int, str]] = []
    for g in groups:
        titled = bool(g.of("PERSON")) or any(p.entry.title for p in g.of("ROLE"))
        # a diplomat serves abroad; a hostage is mostly held abroad ("militants threatened to behead
        # the Japanese hostage" are no Japanese rebels): their country is not the sentence's; a
        # capitalised word is a name's ("the Kenya National Commission on Human Rights")
        envoy = any(p.entry.envoy or (p.entry.abroad and doc[p.end - 1].is_lower) for p in g.of("ROLE"))
        for p in g.of("GEO"):
            if p.entry.kind not in GEO_KINDS:
                continue
            s, code = doc[p.start].sent.start, p.entry.code
            counts[code] += 1
            quoted.setdefault(s, set()).add(in_quotation(doc, p.start))
            roles = {r.entry.code for r in g.of("ROLE")}
            sides.setdefault(doc[p.start].sent.start, set()).add(bool(roles) and roles <= home_roles)
            strikers.setdefault(s, set()).add(bool(roles) and roles <= strike_roles and _striking(doc, g, hostile))
            # named by its police, or as where the act happens ("detained protesters in Tehran")
            forces.setdefault(s, set()).add("police" if roles and roles <= force_roles else "place" if (
                not roles and _locative(doc, p.end) and not destination(doc, p.start, p.end, leave)) else "other")
            armed = not g.of("ROLE") and _armed(doc, p, weapons)
            verb = _place_verb(doc, p.end)
            if p.entry.kind != "demonym" or g.of("ROLE"):
                striking = _state_strike(doc, g, hostile, weapons)
                if striking is not None:
                    state_strikes.setdefault(s, set()).add((code, striking))
            land = _place_verb(doc, p.end, _ABROAD_PREPS) if not g.of("ROLE") else None
            if land is not None:
                struck_in.setdefault(s, set()).add((code, land))
            if not armed:  # "Turkish jets struck targets in Iraq": the weapon's maker is no place
                acted.setdefault(s, set()).add(verb)  # "detained protesters in Cairo": the act's place
                struck.setdefault(s, set()).add(None if g.of("ROLE") or verb is None or doc[verb].lemma_.lower() not in hostile
                                                else verb)
            if _seat(doc, p):
                # "the Norway-based group Hengaw said the forces opened fire": where the body sits,
                # its own country, not its story's
                body = doc[p.end - 1].head.head
                seats.append((body.left_edge.i, body.i, code))
                continue
            if envoy or armed:
                continue  # "the British ambassador" serves abroad; "Russian missiles" strike abroad
            seen.setdefault(s, set()).add(code)
            first.setdefault(s, p.start)
            if not destination(doc, p.start, p.end, leave):
                usable.setdefault(s, set()).add(code)
            if not _locative(doc, p.end) or g.of("ROLE"):
                owners.setdefault(s, set()).add(code)
            if titled:
                owned.setdefault(s, set()).add(code)
            head = doc[p.end - 1]
            actor_or_place = bool(g.of("ROLE")) or (head.dep_ == "pobj" and head.head.lower_ == "in")
            anchor[s] = min(anchor.get(s, len(doc)), s if actor_or_place else p.start)
            if not actor_or_place or g.of("ROLE"):
                named[s] = min(named.get(s, len(doc)), g.start)
        for p in g.of("ACTOR"):
            code = p.extra.get("home")
            if code is None:
                continue
            # "The Ghana Medical Association urged the government": a body named for its country
            # names that country as an actor does ("the Mozambique government"); the place word
            # its name swallowed is no GEO piece of its own (bodies.py)
            s = doc[p.start].sent.start
            quoted.setdefault(s, set()).add(in_quotation(doc, p.start))
            sides.setdefault(s, set()).add(False)
            forces.setdefault(s, set()).add("other")
            struck.setdefault(s, set()).add(None)
            acted.setdefault(s, set()).add(None)
            seen.setdefault(s, set()).add(code)
            usable.setdefault(s, set()).add(code)
            owners.setdefault(s, set()).add(code)
            first.setdefault(s, p.start)
            anchor[s] = min(anchor.get(s, len(doc)), s)
            named[s] = min(named.get(s, len(doc)), g.start)
    places = Places()
    places.quoted = {s for s, inside in quoted.items() if inside == {True}}
    frames = _frames(doc, groups)
    for s, codes in seen.items():
        if s in frames:  # "In Beijing, a foreign ministry spokesman accused the United States ..."
            places.sole[s] = places.for_people[s] = frames[s]
            places.sole_from[s] = places.named_from[s] = s
            places.first[s] = first[s]
            continue
        if len(codes) == 1 and usable.get(s) == codes:
            code = next(iter(codes))
            places.sole[s] = code
            places.sole_from[s] = anchor[s]
            places.named_from[s] = named.get(s, s)
            places.first[s] = first[s]
            if code not in owned.get(s, set()):
                places.for_people[s] = code
            if sides.get(s) == {True}:
                places.home_side[s] = code
            if strikers.get(s) == {True}:
                places.striker[s] = code
            if "police" in forces.get(s, ()) and forces[s] <= {"police", "place"}:
                places.home_force[s] = code
            verbs = struck.get(s, {None})
            if len(verbs) == 1 and None not in verbs:
                places.struck[s] = next(iter(verbs))
            verbs = acted.get(s, {None})
            if len(verbs) == 1 and None not in verbs:
                places.acted_in[s] = next(iter(verbs))
        else:
            free = owners.get(s, set()) - owned.get(s, set())
            if len(free) == 1 and not owned.get(s):
                places.for_people[s] = next(iter(free))
    for s, lands in struck_in.items():
        # one state strikes in one other state's land, which the sentence names nowhere else
        doers = state_strikes.get(s, set())
        if len(lands) == 1 and len(doers) == 1 and seen.get(s) == {c for c, _ in lands | doers}:
            (land, verb), (doer, by) = next(iter(lands)), next(iter(doers))
            if land != doer and verb == by:
                places.abroad[s] = land
    places.counts = counts
    places.seats = seats
    places.strikes = sorted((verb, code) for pairs in state_strikes.values() for code, verb in pairs)
    total = sum(counts.values())
    if counts:
        code, n = counts.most_common(1)[0]
        if n >= 2 and n * 2 > total:
            places.article = code
    return places


def _frames(doc: Doc, groups: list[Group]) -> dict[int, str]:
    """Sentences that open on where they happen, set off by a comma ("In Beijing, ...", "Meanwhile,
    in Tehran, ..."): sentence start -> that country. Wire copy moves to another capital this way,
    and everyone the sentence leaves unplaced is of that capital's country, whatever else it names
    ("In Moscow, the foreign ministry accused Washington of backing the coup")."""
    out: dict[int, str] = {}
    for g in groups:
        geos = [p for p in g.of("GEO") if p.entry.kind in GEO_KINDS and p.entry.kind != "demonym"]
        if len(g.pieces) != 1 or not geos:
            continue
        p = geos[0]
        sent = doc[p.start].sent
        prep = doc[p.start - 1] if p.start > sent.start else None
        if (prep is None or prep.lower_ != "in" or p.end >= sent.end or doc[p.end].text != ","
                or any(t.pos_ not in ("ADV", "CCONJ", "PUNCT") for t in doc[sent.start:prep.i])):
            continue
        out.setdefault(sent.start, p.entry.code)
    return out


# ------------------------------------------------------------------ people named by nationality
def is_ethnic(doc: Doc, g: Group) -> bool:
    """"ethnic Albanians", "ethnic Albanian guerrillas": a community, not the country's own people."""
    i = g.pieces[0].start
    return i > 0 and doc[i - 1].lower_ == "ethnic"


def names_people(doc: Doc, g: Group) -> bool:
    """A demonym used as a noun for people ("Nigerians", "the Albanians", "ethnic Turks"), not as
    an adjective ("Nigerian troops") nor for a country's voice in the singular ("the French")."""
    tok = doc[g.pieces[-1].end - 1]
    if tok.dep_ in ("amod", "compound") and tok.head.i >= g.end:
        return False
    return tok.lower_.endswith(("s", "men")) and tok.pos_ in ("NOUN", "PROPN")


def home_of(doc: Doc, g: Group, own: str, geo_pieces: list) -> str:
    """The country a group of people named by nationality or ethnicity belong to: the place after
    "of" ("the Albanians of southern Serbia": SRB); for an ethnic group, else the one other country
    of its sentence ("ethnic Albanians demonstrated in Serbia": SRB); else the demonym's own."""
    j = g.end
    if j < len(doc) and doc[j].lower_ == "of":
        j += 1
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].pos_ == "ADJ"):
            j += 1
        for p in geo_pieces:
            if p.start == j and p.entry.kind in ("country", "capital", "province"):
                return p.entry.code
    if not is_ethnic(doc, g):
        return own
    sent = doc[g.start].sent
    others = {p.entry.code for p in geo_pieces if sent.start <= p.start < sent.end and p.entry.kind in GEO_KINDS
              and not destination(doc, p.start, p.end)}  # "send them back to Bulgaria" is not where they live
    others.discard(own)
    return others.pop() if len(others) == 1 else own
