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
    """New pieces for the names the text itself calls a company, though no table holds them and
    no suffix ends them: in apposition to a word for a firm ("PG&E, the state's largest utility",
    `company_nouns`) or owning what only a firm has ("WeWork's founder and former CEO",
    `company_owned_nouns`). Every mention of such a name is the company ("a WeWork spokesperson",
    "PG&E officials"), a bare business agent that takes its country from its clause or article. A
    news outlet ("Bloomberg News", `media_name_words`, or a name that reports) is none."""
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
        if any(w.lower() in words["media_name_words"] for w in name):
            continue
        if any(doc[e - 1].dep_ == "nsubj" and doc[e - 1].head.lemma_ == "report" for _, e in spans):
            continue  # "WeWork reported a loss" aside, a name that reports is an outlet
        if name[0].lower() in words["warship_words"]:
            continue  # "USS Lincoln", "HMS Defender": a warship
        if not any(_called_company(doc[e - 1], words) for _, e in spans):
            continue
        text = " ".join(name)
        entry = Entry("agent", text, "BUS", source=COMPANIES_SOURCE)
        for s, e in spans:
            out.append(Piece(s, e, text.lower(), [entry], 0, entry))
    return out


def take_apposed_codes(doc: Doc, res, countries: set[str], words: dict) -> None:
    """A name the text calls a firm in apposition ("WeWork, the office-sharing company", "the
    construction company Vinci", "Acme, an American chipmaker") is the business its company
    phrase names: when that phrase resolves to a country's business ("sued WeWork, the
    office-sharing company" in a New York story: USABUS) or holds a country of its own ("a
    Japanese carmaker": JPNBUS), every mention of the name left bare or placed only by context
    takes that code ("investigating WeWork" later). A name the tables hold keeps its own code
    ("Toyota, the Japanese carmaker"); runs once the setting has placed the bare roles."""
    nouns = words["company_nouns"]
    adopted: dict[tuple[str, ...], list] = {}  # the name's words -> [code, actor or None]
    for m in res.mentions:
        head = doc[m.tok_end - 1]
        if not _name_token(head) or not _loose_bus(m.code, m.via, countries):
            continue
        appos = [c for c in head.children if c.dep_ == "appos" and c.lower_ in nouns]
        if head.dep_ == "appos" and head.head.i < m.tok_start and head.head.lower_ in nouns:
            appos.append(head.head)  # "the construction company Vinci"
        for tok in appos:
            found = _apposed_business(doc, res, tok, m, countries)
            if found is not None:
                name = tuple(t.text for t in doc[m.tok_start:m.tok_end] if t.lower_ != "the")
                adopted.setdefault(name, list(found))
                break
    if not adopted:
        return
    for m in res.mentions:
        if not _loose_bus(m.code, m.via, countries):
            continue
        texts = [t.text for t in doc[m.tok_start:m.tok_end]]
        for name, found in adopted.items():
            if not any(tuple(texts[i:i + len(name)]) == name for i in range(len(texts))):
                continue
            code, actor = found
            if actor is None:
                res.actors.append(Actor(code=code, name=" ".join(name), country=code[:3], role="BUS",
                                        kind="organisation"))
                actor = found[1] = len(res.actors) - 1
            if actor == m.actor:
                break
            old = res.actors[m.actor]
            old.mentions = [s for s in old.mentions if not (s.start == m.start and s.end == m.end)]
            res.actors[actor].mentions.append(Span(m.text, m.start, m.end))
            res.actors[actor].mentions.sort(key=lambda s: s.start)
            m.actor, m.code = actor, code
            break
    res.index()


def join_company_nouns(doc: Doc, res, countries: set[str], words: dict) -> None:
    """A company noun in apposition to a company the tables name ("the tech company Apple",
    "Apple, the iPhone maker,", "the oil company Shell") is that company, not a business of the
    country in context: "MOSCOW - The tech company Apple criticized ..." is Apple's act (USABUSAPL),
    not a Russian firm's. The noun's mention joins the name's actor, unless its own phrase names
    another country ("the Chinese firm" beside a company of the tables of another)."""
    for n in list(res.mentions):
        head = doc[n.tok_end - 1]
        country, role = split_code(n.code, countries)
        if n.via != "name" or role != "BUS" or len(n.code) <= 6 or not _name_token(head):
            continue  # a company the tables hold: its own code, with a tag ("USABUSAPL")
        noun = _company_noun(head, words)
        m = res.mention_at(noun.i) if noun is not None else None
        if m is None or m is n or m.actor == n.actor or not (m.tok_start <= noun.i < m.tok_end):
            continue
        own, own_role = split_code(m.code, countries)
        if own_role != "BUS" or len(m.code) > 6 or (own != country and not _loose_bus(m.code, m.via, countries)
                                                    and any(t.text[:1].isupper() and t.lower_ != "the"
                                                            for t in doc[m.tok_start:m.tok_end])):
            continue  # a named firm of its own, or a noun whose own words name another country
        old = res.actors[m.actor]
        old.mentions = [s for s in old.mentions if not (s.start == m.start and s.end == m.end)]
        res.actors[n.actor].mentions.append(Span(m.text, m.start, m.end))
        res.actors[n.actor].mentions.sort(key=lambda s: s.start)
        m.actor, m.code, m.via = n.actor, n.code, "apposition"
    res.index()


def _company_noun(head, words: dict):
    """The company noun a name ending at `head` stands in apposition to, on either side ("Apple,
    the tech company,", "the tech company Apple", parsed as an apposition, a compound or a twin
    subject), else None."""
    nouns = words["company_nouns"]
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


def _apposed_business(doc: Doc, res, tok, m, countries: set[str]) -> tuple[str, int | None] | None:
    """(code, actor) of the business a company noun in apposition names: its own mention's, when
    that is a country's business ("the office-sharing company": USABUS), else the country of a
    country or demonym modifying it ("an American chipmaker": USABUS, no actor yet)."""
    other = res.mention_at(tok.i)
    if other is not None and other is not m and tok.i < other.tok_end:
        country, role = split_code(other.code, countries)
        return (other.code, other.actor) if country and role == "BUS" and len(other.code) == 6 else None
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i > tok.i:
            continue
        own = res.mention_at(c.i)
        if own is not None and own.code in countries and own.via in ("demonym", "name"):
            return own.code + "BUS", None
    return None


def _loose_bus(code: str, via: str, countries: set[str]) -> bool:
    """A business mention of no country, or of one only its context gave."""
    return code == "BUS" or (via == "context" and len(code) == 6 and code[3:] == "BUS")


def _name_token(t) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ != "the"


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
