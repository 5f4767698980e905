"""Companies named by their form, not by the dictionary: a capitalised name with a corporate suffix.

organisations.tsv holds a few hundred of the most newsworthy companies; the rest of the firms that
governments sanction, fine, sue or praise ("Barclays plc", "Vale SA", "Walt Disney Co", "Qantas
Airways Ltd") are known by the word that ends their name (`company_suffixes`, and the short
`company_caps_suffixes` written in capitals, in attachment.yaml). Such a name is a business:
- of the country a place or demonym inside it names ("Imperial Tobacco Canada Ltd",
  "Bank of China Ltd", "Canadian Solar Inc": CANBUS, CHNBUS, CANBUS; the first one named);
- else a bare business agent (`BUS`) that takes its country as any bare role does, from its clause
  or its article ("LONDON - ... fined Barclays plc": GBRBUS; setting.py).
A name that begins with a company the tables hold is that company, whose mention runs on to the
suffix ("Samsung Electronics Co Ltd", "Lockheed Martin Corp": the head word is the company's). A suffix followed by a capitalised name is no suffix ("Co.
Kerry", "Texas AG Ken Paxton"), and a name must hold a capitalised word that is no place or agent
of its own ("the Texas AG" is an attorney general). Named again later without its suffix ("Facebook Inc ... Facebook said", "Santander Consumer USA
Inc ... Santander Consumer"), the name or its first words are the same company (`_short_names`).
A name no table holds and no suffix ends is a body when the text says so (`find_described_companies`):
in apposition to a word for a firm ("WeWork, the office-sharing company") a business; beside a
generic agent for a body ("Memorial, Russia's oldest rights group", "the militia group Right
Sector", "the Cumhuriyet newspaper") an actor of that agent's role. A country or demonym in that
phrase places it ("Chinese telecoms giant Zentel" under a Washington dateline: CHNBUS;
`take_apposed_codes`); with none it takes its country as any bare role does.
resolve.py adds these pieces before grouping,
as parties.py adds parties; what businesses do among themselves stays business (events/senses.py).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from .dictionary import ActorDictionary, Entry, split_code
from .match import Piece
from .parties import name_piece, org_of_role
from .places import GEO_KINDS
from ..model import Actor, Span

#: the source of the entries of the companies found by their suffix ("Vale SA", "Barclays plc")
COMPANIES_SOURCE = "companies.py"

_NAME_POS = ("PROPN", "ADJ", "NOUN", "NUM")


def name_word(t) -> bool:
    """Whether a token can be a word of an organisation's name: capitalised, a noun, an adjective
    or a number, and no "the" ("Walt Disney Co", "the Nigerian Bar Association")."""
    return t.text[:1].isupper() and t.pos_ in _NAME_POS and t.lower_ != "the"


def name_entry(name: str, places: list[str], role: str, source: str) -> Entry:
    """The reading of an organisation found by its form: of the country the first place in its
    name names ("Imperial Tobacco Canada Ltd": CANBUS), else a bare agent of `role` that takes its
    country from its clause or article."""
    return (Entry("org", name, places[0] + role, source=source) if places
            else Entry("agent", name, role, source=source))
_JOINERS = frozenset({"&", "and", "of", "de", "du", "-"})  # "Procter & Gamble", "Bank of America", "Air France-KLM"


def find_companies(doc: Doc, pieces: list[Piece], dictionary: ActorDictionary) -> list[Piece]:
    """New pieces for company names the tables lack; pieces they swallow are marked dropped."""
    words = dictionary.attach
    owner = {i: p for p in pieces if not p.dropped for i in range(p.start, p.end)}
    out: list[Piece] = []
    named: list[tuple[int, int, Entry]] = []  # (first word, first suffix word, reading) of each name found
    for t in doc:
        if not _suffix(t, words):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (_suffix(nxt, words) or (nxt.text == "," and t.i + 2 < len(doc)
                                                         and _suffix(doc[t.i + 2], words))):
            continue  # "Co" of "Co Ltd", "Co., Ltd.": the name ends at the last suffix
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.is_sent_start:
            continue  # "Co. Kerry", "Texas AG Ken Paxton": no company's suffix
        sent = t.sent.start
        first = t.i
        while first - 1 >= sent and (_suffix(doc[first - 1], words) or doc[first - 1].text == ","):
            first -= 1  # "Co., Ltd.", "Alphabet, Inc."
        while first < t.i and doc[first].text == ",":
            first += 1
        if any(k in owner and owner[k].entry.kind != "agent" for k in range(first, t.i + 1)):
            continue  # a suffix that is a known name's word
        found = name_before(doc, first, owner, sent, _JOINERS, companies=True)
        start, places, company = found.start, found.places, found.company
        if company is not None:
            company.end = t.i + 1  # "Lockheed Martin Corp", "Samsung Electronics Co Ltd": the table's company
            for k in range(start, t.i + 1):
                if k in owner and owner[k] is not company:
                    owner[k].dropped = True  # "America" of "Samsung Electronics America Inc": part of the name
                owner[k] = company
            continue
        if not found.own or start >= first:
            continue  # no name of its own
        name = doc[start:t.i + 1].text
        entry = name_entry(name, places, "BUS", COMPANIES_SOURCE)
        out.append(name_piece(doc, start, t.i + 1, [entry], owner))  # "Canada" of "Imperial Tobacco Canada Ltd" dropped
        named.append((start, first, entry))
    return out + _short_names(doc, named, owner, words)


def find_described_companies(doc: Doc, pieces: list[Piece], dictionary: ActorDictionary) -> list[Piece]:
    """New pieces for the names the text itself calls a company or another body, though no table
    holds them and no suffix ends them: in apposition to a word for a firm ("PG&E, the state's
    largest utility", `company_nouns`) or owning what only a firm has ("WeWork's founder and former
    CEO", `company_owned_nouns`): a business; in apposition to a generic agent that names a body
    ("Memorial, Russia's oldest rights group", "the rights group Memorial", "the Cumhuriyet
    newspaper": `body_kind_nouns`, `_called_body`): an agent of that agent's role. Every mention of
    such a name is the body ("a WeWork spokesperson", "PG&E officials"), a bare agent that takes
    its country from its clause or article. A news outlet ("Bloomberg News", `media_name_words`, or
    a name that reports) is no company."""
    words = dictionary.attach
    owner = {i: p for p in pieces if not p.dropped for i in range(p.start, p.end)}
    names: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for t in doc:
        if not _name_token(t) or t.i in owner or (t.i + 1 < len(doc) and _name_token(doc[t.i + 1])):
            continue
        start = t.i
        while start - 1 >= t.sent.start and _name_token(doc[start - 1]) and start - 1 not in owner:
            start -= 1
        names.setdefault(tuple(x.text for x in doc[start:t.i + 1]), []).append((start, t.i + 1))
    out: list[Piece] = []
    for name, spans in names.items():
        if name[0].lower() in words["warship_words"]:
            continue  # "USS Lincoln", "HMS Defender": a warship
        role = _described_role(doc, name, spans, owner, words)
        if role is None:
            continue
        text = " ".join(name)
        entry = Entry("agent", text, role, source=COMPANIES_SOURCE)
        for s, e in spans:
            out.append(Piece(s, e, text.lower(), [entry], 0, entry))
    return out


def _described_role(doc: Doc, name: tuple[str, ...], spans: list[tuple[int, int]], owner: dict[int, Piece],
                    words: dict) -> str | None:
    """The role the text gives a name no table holds: BUS when it calls it a firm (not a news
    outlet's name, nor a name that reports), else the role of the first body noun it is set beside
    (`_called_body`); None when it says neither."""
    # "WeWork reported a loss" aside, a name that reports is an outlet
    outlet = any(w.lower() in words["media_name_words"] for w in name) or any(
        doc[e - 1].dep_ == "nsubj" and doc[e - 1].head.lemma_ == "report" for _, e in spans)
    if not outlet and any(_called_company(doc[e - 1], words) for _, e in spans):
        return "BUS"
    roles = {r for _, e in spans if (r := _called_body(doc[e - 1], owner, words)) is not None}
    return roles.pop() if len(roles) == 1 else None


def _called_body(head, owner: dict[int, Piece], words: dict) -> str | None:
    """The role of the body noun (`body_kind_nouns`, read as a generic agent of the tables: "rights
    group" HRI, "newspaper" MED, "union" LAB, "university" EDU, "militia" REB) a name ending at
    `head` is set beside: in apposition on either side ("Memorial, a rights group", "the rights
    group Memorial") or, for the bodies in `body_kind_nouns_after`, modified by the name right
    before it ("the Cumhuriyet newspaper", "the Memorial rights group"); else None. A person's
    title ("Smith, a union leader") or a people's noun ("a student") is no body noun."""
    nouns = words["body_kind_nouns"]
    noun = _company_noun(head, words, nouns)
    if noun is None:
        # "the Cumhuriyet newspaper", "the Memorial rights group": one or two words on; not "a
        # Murdoch newspaper", one of a person's
        noun = head.head
        between = head.doc[head.i + 1:noun.i]
        if (head.dep_ not in ("compound", "amod") or not 0 < noun.i - head.i <= 2
                or noun.lower_ not in words["body_kind_nouns_after"]
                or any(t.dep_ not in ("compound", "amod") or not t.is_lower for t in between)
                or _indefinite(head)):
            return None
    if noun.tag_ != "NN":
        return None  # "the rights groups Memorial and Vesna": several
    piece = owner.get(noun.i)
    if piece is None and noun.lower_ in words["body_kind_group_nouns"] and noun.i > noun.sent.start:
        piece = owner.get(noun.i - 1)  # "the militia group Right Sector": the group of the agent before it
        if piece is not None and piece.end != noun.i:
            piece = None
    elif piece is not None and piece.end != noun.i + 1:
        piece = None
    e = piece.entry if piece is not None else None
    if e is None or e.kind != "agent" or e.title or e.code not in _BODY_ROLES:
        return None  # "its parent organization, Evidence Action": parents are people
    return e.code


def take_apposed_codes(doc: Doc, res, countries: set[str], words: dict) -> None:
    """A name the text calls a firm or another body in apposition ("WeWork, the office-sharing
    company", "the construction company Vinci", "Acme, an American chipmaker", "Memorial, Russia's
    oldest rights group", "Chinese telecoms giant Zentel") is the actor its noun phrase names: when
    that phrase resolves to a country's actor of the name's role ("sued WeWork, the office-sharing
    company" in a New York story: USABUS) or a country or demonym stands before its noun ("a
    Japanese carmaker": JPNBUS; "a Texas-based software maker": USABUS), every mention of the name
    left bare or placed only by context takes that code and its way of being found ("investigating
    WeWork" later; a foreign firm under a local dateline keeps the country its own words give). A
    name the tables hold keeps its own code ("Toyota, the Japanese carmaker"); runs once the setting
    has placed the bare roles."""
    adopted: dict[tuple[str, ...], list] = {}  # the name's words -> [code, actor or None, via]
    for m in res.mentions:
        head = doc[m.tok_end - 1]
        role = _loose_role(m.code, m.via, countries)
        if role is None or not _name_token(head):
            continue
        tok = _company_noun(head, words, words["company_nouns"] if role == "BUS" else words["body_kind_nouns"])
        found = _apposed_code(doc, res, tok, m, role, countries) if tok is not None else None
        if found is not None:
            name = tuple(t.text for t in doc[m.tok_start:m.tok_end] if t.lower_ != "the")
            adopted.setdefault(name, list(found))
    if not adopted:
        return
    for m in res.mentions:
        if _loose_role(m.code, m.via, countries) is None:
            continue
        texts = [t.text for t in doc[m.tok_start:m.tok_end]]
        for name, found in adopted.items():
            if not any(tuple(texts[i:i + len(name)]) == name for i in range(len(texts))):
                continue
            code, actor, via = found
            if _loose_role(code, "context", countries) != _loose_role(m.code, "context", countries):
                break  # another role's mention of the same words
            if actor is None:
                res.actors.append(Actor(code=code, name=" ".join(name), country=code[:3], role=code[3:],
                                        kind="organisation"))
                actor = found[1] = len(res.actors) - 1
            if actor == m.actor:
                break
            old = res.actors[m.actor]
            old.mentions = [s for s in old.mentions if not (s.start == m.start and s.end == m.end)]
            res.actors[actor].mentions.append(Span(m.text, m.start, m.end))
            res.actors[actor].mentions.sort(key=lambda s: s.start)
            m.actor, m.code, m.via = actor, code, via
            break
    res.index()


def join_company_nouns(doc: Doc, res, countries: set[str], words: dict) -> None:
    """A company noun in apposition to a company the tables name ("the tech company Apple",
    "Apple, the iPhone maker,", "the oil company Shell") is that company, not a business of the
    country in context: "MOSCOW - The tech company Apple criticized ..." is Apple's act (USABUSAPL),
    not a Russian firm's. So is a body noun beside another body the tables name ("the charity
    Oxfam": NGOOXF, "KYIV - The broadcaster BBC accused Russia": GBRMED, not UKRMED). The noun's
    mention joins the name's actor, unless its own phrase names another country ("the Chinese
    firm" beside a company of the tables of another)."""
    for n in list(res.mentions):
        head = doc[n.tok_end - 1]
        country, role = split_code(n.code, countries)
        if not _name_token(head) or n.actor < 0:
            continue
        if n.via == "name" and role == "BUS" and len(n.code) > 6:
            noun, roles = _company_noun(head, words), ("BUS",)  # a company the tables hold, with a tag ("USABUSAPL")
        elif n.via in ("name", "metonym") and len(n.code) > 3 and role != "BUS" \
                and res.actors[n.actor].kind not in ("person", "country"):
            noun, roles = _company_noun(head, words, words["body_kind_nouns"]), _BODY_ROLES - {"BUS"}
        else:
            continue
        m = res.mention_at(noun.i) if noun is not None else None
        if m is None or m is n or m.actor == n.actor or not (m.tok_start <= noun.i < m.tok_end):
            continue
        own, own_role = split_code(m.code, countries)
        named = any(t.text[:1].isupper() and t.lower_ != "the" for t in doc[m.tok_start:m.tok_end])
        if own_role not in roles or len(m.code) > 6:
            continue  # a named body of its own
        if named and (roles != ("BUS",) or (own != country and _loose_role(m.code, m.via, countries) != "BUS")):
            continue  # a noun whose own words name another country, or any for a body ("the Russian rights group")
        old = res.actors[m.actor]
        old.mentions = [s for s in old.mentions if not (s.start == m.start and s.end == m.end)]
        res.actors[n.actor].mentions.append(Span(m.text, m.start, m.end))
        res.actors[n.actor].mentions.sort(key=lambda s: s.start)
        m.actor, m.code, m.via = n.actor, n.code, "apposition"
    res.index()


def _company_noun(head, words: dict, nouns: frozenset[str] | None = None):
    """The company noun (or other noun of `nouns`) a name ending at `head` stands in apposition
    to, on either side ("Apple, the tech company,", "the tech company Apple", parsed as an
    apposition, a compound or a twin subject), else None."""
    nouns = words["company_nouns"] if nouns is None else nouns
    for c in head.children:
        if c.dep_ == "appos" and c.lower_ in nouns and not _warship(c, words):
            return c
    if head.dep_ == "appos" and head.head.i < head.i and head.head.lower_ in nouns and not _warship(head.head, words):
        return head.head
    start = head.i
    while start - 1 >= head.sent.start and _name_token(head.doc[start - 1]):
        start -= 1
    if start > head.sent.start:
        prev = head.doc[start - 1]
        if prev.lower_ in nouns and prev.is_lower and not _warship(prev, words) and (
                start <= prev.head.i <= head.i or (prev.head.i == head.head.i and prev.dep_ == head.dep_)):
            return prev
    return None


def _apposed_code(doc: Doc, res, tok, m, role: str, countries: set[str]) -> tuple[str, int | None, str] | None:
    """(code, actor, via) of the actor of `role` a noun in apposition names: its own mention's, when
    that is a country's actor of that role ("the office-sharing company": USABUS), else the
    country of a country or demonym modifying it or standing before it with only lower-case
    words between ("an American chipmaker", "Chinese telecoms giant", "a Texas-based software
    maker": no actor yet)."""
    other = res.mention_at(tok.i)
    if other is not None and other is not m and tok.i < other.tok_end:
        country, own = split_code(other.code, countries)
        return (other.code, other.actor, other.via) if country and own == role and len(other.code) == 6 else None
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i > tok.i:
            continue
        own = res.mention_at(c.i)
        if own is not None and own.code in countries and own.via in ("demonym", "name"):
            return own.code + role, None, "demonym"
    i = tok.i - 1
    while i >= tok.sent.start:
        t = doc[i]
        own = res.mention_at(i)
        if own is m:
            return None
        if own is not None:
            placed = own.code in countries and own.via in ("demonym", "name", "place")
            return (own.code + role, None, "demonym") if placed else None
        if not (t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB")) and t.text != "-":
            return None  # "the", "a", a comma: the noun phrase begins
        i -= 1
    return None


def _indefinite(head) -> bool:
    """Whether "a" or "an" stands right before the name ending at `head` ("a Murdoch newspaper")."""
    i = head.i
    while i - 1 >= head.sent.start and _name_token(head.doc[i - 1]):
        i -= 1
    return i - 1 >= head.sent.start and head.doc[i - 1].lower_ in ("a", "an")


def _loose_role(code: str, via: str, countries: set[str]) -> str | None:
    """The role of a mention of no country, or of one only its context gave, of a role a body
    named by its form has (a company, a rights group, a newspaper); else None."""
    if code in _BODY_ROLES:
        return code
    if via == "context" and len(code) == 6 and code[3:] in _BODY_ROLES and code[:3] in countries:
        return code[3:]
    return None


#: the roles of bodies a name no table holds may be given by the words beside it
_BODY_ROLES = frozenset({"BUS", "MED", "HRI", "NGO", "LAB", "EDU", "REB", "OPP", "PTY"})


def _name_token(t) -> bool:
    """A word of a name: a capitalised proper noun, or a capitalised noun or adjective inside a
    sentence that spaCy reads as a name of an organisation or a person, which it often mistakes
    for one ("Kommersant newspaper", "the Standard newspaper"; not a product's: "investigating
    WeWork" read as a PRODUCT names no kind)."""
    if not t.text[:1].isupper() or t.lower_ == "the":
        return False
    return t.pos_ == "PROPN" or (t.pos_ in ("NOUN", "ADJ") and not t.is_sent_start and t.ent_type_ in ("ORG", "PERSON"))


def _called_company(head, words: dict) -> bool:
    """Whether the text calls the name ending at `head` a firm: an apposition of a word for one
    ("PG&E, the utility", "the ride-hailing company Grab"), or the owner of what only a firm has ("WeWork's CEO", "PG&E shareholders")."""
    if _company_noun(head, words) is not None:
        return True  # "PG&E, the utility", "the ride-hailing company Grab", "the office-sharing company WeWork"
    owned = words["company_owned_nouns"]
    h = head.head
    return head.dep_ in ("poss", "compound") and h.i != head.i and (
        h.lower_ in owned or any(c.dep_ == "conj" and c.lower_ in owned for c in h.children))


def _warship(noun, words: dict) -> bool:
    """A company noun that names a warship ("the aircraft carrier USS Lincoln")."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in words["warship_words"] for c in noun.children)


def _short_names(doc: Doc, named: list[tuple[int, int, Entry]], owner: dict[int, Piece], words: dict) -> list[Piece]:
    """The companies found by their suffix, named again later without it ("Facebook Inc ...
    Facebook said", "Santander Consumer USA Inc ... Santander Consumer"): the name's words, or its
    first words, written the same way, where no other piece reads them and no suffix follows."""
    out: list[Piece] = []
    taken = set(owner)
    for start, first, entry in named:
        name = [doc[i].text for i in range(start, first)]
        if not name or doc[start].pos_ != "PROPN":
            continue
        for i in range(first, len(doc)):
            if i in taken or doc[i].text != name[0] or (i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start
                                                          and doc[i - 1].lower_ != "the"):
                continue
            n = 1
            while n < len(name) and i + n < len(doc) and doc[i + n].text == name[n] and i + n not in taken:
                n += 1
            end = i + n
            if end < len(doc) and (_suffix(doc[end], words) or (doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN")):
                continue  # the full name again, or a longer name it begins
            if n == 1 and len(name) > 1 and any(doc[j].lower_ in _JOINERS for j in range(start, first)):
                continue  # "Bank" of "Bank of America Corp" alone
            out.append(Piece(i, end, " ".join(name[:n]).lower(), [entry], 0, entry))
            taken.update(range(i, end))
    return out


def _suffix(t, words: dict) -> bool:
    low = t.lower_
    if low in words["company_caps_suffixes"] and t.text.replace(".", "").isupper():
        return True
    if low in words["company_any_case_suffixes"]:
        return True  # "Barclays plc"
    return low in words["company_suffixes"] and t.text[:1].isupper()


class NameBefore(NamedTuple):
    """What `name_before` read: where the name starts, the countries its places name (in order),
    whether it holds a word of its own (no place, no table entry), and the table's company it
    begins with, if any."""

    start: int
    places: list[str]
    own: bool
    company: Piece | None = None


def name_before(doc: Doc, end: int, owner: dict[int, Piece], sent: int, joiners: frozenset[str],
                glue: frozenset[str] = frozenset(), *, agents_own: bool = False, companies: bool = False) -> NameBefore:
    """The capitalised name ending just before `end` (a company's suffix, a body's head word): back
    over name words (`name_word`), places and generic agents, `joiners` between two of them ("Bank
    of America", "Bar and Law Society") and `glue` even right before `end` (a possessive: "the
    Employers' Confederation"). A capitalised agent word is the name's own word when `agents_own`
    ("the Patients Association"); with `companies`, a name that begins with a company the tables
    hold is that company ("Samsung Electronics Co Ltd")."""
    i = end - 1
    places: list[str] = []
    own = False
    while i >= sent:
        t = doc[i]
        p = owner.get(i)
        if p is not None and p.entry is not None and p.entry.kind != "agent":
            if p.entry.kind in GEO_KINDS and doc[p.start].text[:1].isupper():
                places.append(p.entry.code)
                i = p.start - 1
                continue
            if companies and org_of_role(p.entry, "BUS") and p.trim == 0:
                return NameBefore(p.start, [], True, p)  # the table's company, to the suffix
            break
        if ((t.lower_ in joiners and i < end - 1) or t.lower_ in glue) and i > sent and doc[i - 1].text[:1].isupper():
            i -= 1
            continue
        if not name_word(t):
            break
        if p is None or (agents_own and p.entry is not None and p.entry.kind == "agent" and not t.is_sent_start):
            own = True
        i -= 1
    start = i + 1
    while start < end and (doc[start].lower_ in joiners or doc[start].lower_ in glue):
        start += 1
    return NameBefore(start, places[::-1], own)
