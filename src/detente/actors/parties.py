"""Political parties named by their form, not by the dictionary: whose a party leader is.

- A capitalised name ending in a party head (`party_heads` in attachment.yaml: "the Socialist
  Party", "the Workers' Party", "the Jubilee Party") is a party the tables do not hold: a bare
  party agent (`PTY`) that takes its country as any bare role does, from its own phrase ("Kenya's
  Jubilee Party"), its clause or its article; so is a longer name that ends with a party the
  tables hold ("the Social Democratic Party" is not the US Democratic Party). Names ending in
  `leader_party_heads` (Front, Congress, League, Movement, Alliance) as often name a front of
  war, a sports league or a protest movement, and are read as parties only before "leader"
  (`party_leader_titles`: "Democratic Alliance leader John Steenhuisen").
- A capitalised word before "leader" that the dictionary knows as a party once "Party"
  or a plural is added ("Democratic leader": the Democratic Party; "Liberal Democrat leader": the
  Liberal Democrats; "Conservative leader": the Conservative Party) is that party.
Generic agents inside a party's name ("Workers'", "People's") are part of its name, not actors.
resolve.py adds these pieces before grouping, so that "Socialist Party leader Olivier Faure" is
the party's, not the government's (builder.py, people.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .dictionary import ActorDictionary, Entry
from .match import Piece
from .tables import norm

#: the source of the entries of the parties found by their form ("the Greens", "Labour leader")
PARTIES_SOURCE = "parties.py"

_POSSESSIVE = ("'", "'s", "\u2019", "\u2019s")
_NAME_POS = ("PROPN", "ADJ", "NOUN")
_NAME_ENTS = ("ORG", "NORP", "PERSON", "GPE")  # the tagger takes a party's name for any of these


def find_parties(doc: Doc, pieces: list[Piece], dictionary: ActorDictionary) -> list[Piece]:
    """New pieces for party names the tables lack; pieces they swallow are marked dropped."""
    words = dictionary.attach
    owner = {i: p for p in pieces if not p.dropped for i in range(p.start, p.end)}
    out: list[Piece] = []
    for t in doc:
        low = t.lower_
        if not t.text[:1].isupper():
            continue
        before_leader = (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words["party_leader_titles"]
                         and t.i + 1 in owner)
        if low in words["party_heads"] or (low in words["leader_party_heads"] and before_leader):
            if t.ent_type_ not in _NAME_ENTS:
                continue  # "a Christmas Party": no organisation
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title:
                continue  # "Labour Party Conference": the name goes on
            head = owner.get(t.i)
            if head is not None and head.entry.kind != "agent":
                if not (head.end == t.i + 1 and _is_party(head.entry)
                        and _name_start(doc, head.start, owner) < head.start):
                    continue  # a party the tables hold, unless a longer name ends with it ("Social Democratic Party")
                start = _name_start(doc, head.start, owner)
            elif head is not None and (head.start, head.end) != (t.i, t.i + 1):
                continue  # "opposition party", "ruling party": an agent of its own
            else:
                start = _name_start(doc, t.i, owner)
            if start < t.i:
                party = Entry("agent", doc[start:t.i + 1].text, "PTY", source=PARTIES_SOURCE)
                out.append(name_piece(doc, start, t.i + 1, [party], owner))
        elif before_leader and t.i not in owner:
            start = _name_start(doc, t.i + 1, owner, possessive=False)
            if start <= t.i and (start == 0 or start - 1 not in owner):
                entries = _party_entries(dictionary, doc[start:t.i + 1].text)
                if entries:  # "Democratic leader", "Liberal Democrat leader"
                    key, found = entries
                    out.append(name_piece(doc, start, t.i + 1, found, owner, key))
    out += _families(doc, owner, words)
    return out


def _families(doc: Doc, owner: dict[int, Piece], words) -> list[Piece]:
    """Pieces for the party families that many countries' parties share (`party_families`): a
    capitalised plural ("the Greens", "the Social Democrats") or a singular before a leader title
    ("Social Democrat leader"). A name the tables hold whole ("Free Democrats", "Canadian
    Liberals") stays theirs; a shorter one inside it ("Democrats" of "Christian Democrats") is
    part of the family's name."""
    out: list[Piece] = []
    titles = words["party_leader_titles"]
    by_last: dict[str, list[list[str]]] = {}  # a family's last word, singular and plural -> its words
    for fam in words["party_families"]:
        parts = fam.split()
        by_last.setdefault(parts[-1], []).append(parts)
        by_last.setdefault(parts[-1] + "s", []).append(parts)
    for t in doc:
        for parts in by_last.get(t.lower_, ()):
            n = len(parts)
            start = t.i - n + 1
            if start < t.sent.start or not all(doc[i].text[:1].isupper() for i in range(start, t.i + 1)):
                continue
            if [doc[i].lower_ for i in range(start, t.i)] != parts[:-1]:
                continue
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.lower_ == parts[-1] + "s":  # "the Greens"
                if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
                    continue  # "Greens Party", "Liberals Bloc": a longer name
            elif not (t.lower_ == parts[-1] and after is not None and after.lower_ in titles):
                continue
            before = doc[start - 1] if start > t.sent.start else None
            if (before is not None and before.text[:1].isupper() and before.lower_ != "the"
                    and (before.i not in owner or getattr(owner[before.i].entry, "kind", None) == "region")):
                continue  # "European Greens", "Young Socialists": another body's name (a region's no country's)
            held = [owner[i] for i in range(start, t.i + 1) if i in owner and owner[i].entry is not None
                    and owner[i].entry.kind != "agent" and not owner[i].dropped]
            if any(p.start <= start and p.end >= t.i + 1 for p in held):
                continue  # the tables hold the whole name
            party = Entry("agent", doc[start:t.i + 1].text, "PTY", source=PARTIES_SOURCE)
            out.append(name_piece(doc, start, t.i + 1, [party], owner))
    return out


def _is_party(e: Entry) -> bool:
    return org_of_role(e, "PTY")


def org_of_role(e: Entry, role: str) -> bool:
    """Whether a table entry is an organisation of that role ("PTY": a party, "BUS": a company)."""
    return e.kind == "org" and role in e.code[3:6]


def _name_start(doc: Doc, head: int, owner: dict[int, Piece], possessive: bool = True) -> int:
    """The first token of the capitalised name that ends just before `head` (or at it): back over
    capitalised words and possessives ("Workers'", "People's"), through generic agents but not
    through places, organisations or people."""
    sent = doc[head].sent.start
    i = head - 1
    while i >= sent:
        t = doc[i]
        if i in owner and owner[i].entry is not None and owner[i].entry.kind != "agent":
            break
        if possessive and t.lower_ in _POSSESSIVE and i > sent and doc[i - 1].text[:1].isupper():
            i -= 1
            continue
        if not (t.text[:1].isupper() and t.pos_ in _NAME_POS) or t.lower_ == "the":
            break
        i -= 1
    start = i + 1
    while start < head and doc[start].lower_ in _POSSESSIVE:
        start += 1
    return start


def _party_entries(dictionary: ActorDictionary, text: str) -> tuple[str, list[Entry]] | None:
    """The party a word names once "Party" or a plural is added ("Democratic" + " Party")."""
    base = norm(text)
    for key in (base + " party", base + "s"):
        found = [e for e in dictionary.lookup(key) if _is_party(e)]
        if found:
            return key, found
    return None


def name_piece(doc: Doc, start: int, end: int, entries: list[Entry], owner: dict[int, Piece],
               key: str | None = None) -> Piece:
    """A new piece for a name found from its head word (a party's, a company's), from `start` to
    `end`; the pieces it swallows are marked dropped."""
    for i in range(start, end):
        if i in owner:
            owner[i].dropped = True  # "Workers" of "Workers' Party": part of the name
    return Piece(start, end, key or norm(doc[start:end].text), entries, 0, entries[0])
