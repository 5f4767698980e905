"""Associations, unions and institutes named by their head word, not by the dictionary.

The tables hold the best-known NGOs; the national ones a story names once in full ("the National
Consumer Law Center", "the Nigerian Bar Association", "the Center for Responsible Lending", "the
Academic Staff Union of Universities", "the Internet Freedom Foundation") are known by the word
that heads their name (`body_heads` in attachment.yaml: association, foundation, center, institute,
society, union, ...), as companies.py knows firms by their suffix. Such a capitalised name, with
the capitalised words before its head and an "of"/"for" phrase of capitalised words after it, is:
- an actor of the role its head names (a union: LAB; a cartel: CRM; the others: NGO), of the country a place or
  demonym inside it names ("Manufacturers Association of Nigeria": NGANGO; the first one named);
- else a bare agent of that role that takes its country as any bare role does, from its clause or
  its article ("ABUJA - ... the Academic Staff Union of Universities": NGALAB; setting.py).
Left out: a name that says it is international ("International", "World", "Global": not of its
story's country), a head the tables hold as part of a longer name ("the European Union"), a head
followed by a capitalised name ("Union Bank": the name goes on) and a head with no capitalised
word of its own ("the Center").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .companies import name_before, name_entry, name_word
from .dictionary import ActorDictionary
from .match import Piece
from .parties import name_piece
from .places import GEO_KINDS

#: the source of the entries of the bodies found by their head word
BODIES_SOURCE = "bodies.py"

_AFTER = ("of", "for", "on")  # "Union of Concerned Scientists", "Center for Responsible Lending"
_INNER = ("of", "for", "and", "&", "the", "'s", "-", "on")  # "Institute for the Study of War"
_JOINERS = frozenset({"and", "&", "-"})  # between two words before the head: "Bar and Law Society"
_REBEL = "REB?"  # a `rebel_heads` head: REB with a `rebel_name_words` word, else left to the tables ("the Syrian Army")
_ARMED = "REB!"  # an `armed_heads` head: REB with a `rebel_name_words` word in an armed sentence, else no body
_LABOUR = "LAB?"  # a `labour_heads` head: LAB with a trade word, else no body
_POSSESSIVES = frozenset({"'s", "'", "\u2019s", "\u2019"})  # "the Employers' Confederation", "the Children's Society"


def find_bodies(doc: Doc, pieces: list[Piece], dictionary: ActorDictionary) -> list[Piece]:
    """New pieces for the named bodies the tables lack; pieces they swallow are marked dropped."""
    heads = (dict.fromkeys(dictionary.attach["body_heads"], "NGO") | dict.fromkeys(dictionary.attach["union_heads"], "LAB")
             | dict.fromkeys(dictionary.attach["crime_heads"], "CRM") | dict.fromkeys(dictionary.attach["labour_heads"], _LABOUR)
             | dict.fromkeys(dictionary.attach["rebel_heads"], _REBEL) | dict.fromkeys(dictionary.attach["armed_heads"], _ARMED))
    rebel_words = dictionary.attach["rebel_name_words"]
    outside = set(dictionary.attach["body_international_words"])
    trades = dictionary.attach["union_trade_words"]
    owner = {i: p for p in pieces if not p.dropped for i in range(p.start, p.end)}
    out: list[Piece] = []
    for t in doc:
        role = heads.get(t.lower_)
        if role is None or not t.text[:1].isupper() or t.is_sent_start:
            continue
        seen = owner
        if role == _LABOUR:
            # "Labour" of "the Nigeria Labour Congress": the union's trade word, not the party's name
            seen = {k: q for k, q in owner.items() if not (q.end - q.start == 1 and doc[k].lower_ in trades
                                                            and q.entry is not None and q.entry.kind == "org")}
        piece = _body(doc, t, role, seen, outside, trades, rebel_words)
        if piece is None:
            continue
        if role == _ARMED and not _armed(doc, piece, t, dictionary.attach):
            continue  # "the National Resistance Movement accused the opposition": a party's name too
        out.append(piece)
        for k in range(piece.start, piece.end):
            if k in owner:
                owner[k].dropped = True  # swallowed, the trade word too
            owner[k] = piece
    return out


def _armed(doc: Doc, piece: Piece, head, attach) -> bool:
    """Whether the sentence shows the body named by `piece` (its head word `head`) armed: the subject
    of an armed verb, or the owner of an armed agent ("Front fighters", "gunmen of the Movement")."""
    after = doc[piece.end] if piece.end < head.sent.end else None
    if after is not None and after.lower_ in attach["armed_agents"]:
        return True  # "Liberation Front fighters"
    h = head
    if h.dep_ == "pobj" and h.head.lower_ in ("of", "from") and h.head.head.lower_ in attach["armed_agents"]:
        return True  # "gunmen of the Mozambique Resistance Movement"
    if h.dep_ == "compound" and h.head.dep_ == "nsubj":
        h = h.head  # "The Liberation Front fighters attacked": the group's head noun
    if h.dep_ == "nsubj":
        verb = h.head
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return any(v.pos_ == "VERB" and v.lemma_.lower() in attach["armed_verbs"] for v in verbs)
    return False


def _body(doc: Doc, t, role: str, owner: dict[int, Piece], outside: set[str], trades, rebel_words) -> Piece | None:
    """The body whose head word is `t`, or None: a `labour_heads` head (`_LABOUR`) names a
    workers' body (LAB) only, by a trade word in its name."""
    p = owner.get(t.i)
    if p is not None and p.entry is not None and p.entry.kind != "agent":
        return None  # "the European Union": the tables' name
    sent_end = t.sent.end
    nxt = doc[t.i + 1] if t.i + 1 < sent_end else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
        return None  # "Union Bank", "Credit Union National Association": the name goes on
    # after the head: "of"/"for" and capitalised words, with inner joiners between them
    end = t.i + 1
    if nxt is not None and nxt.lower_ in _AFTER:
        j = t.i + 2
        last = None
        while j < sent_end and (name_word(doc[j]) or (doc[j].lower_ in _INNER and last is not None) or
                                (doc[j].lower_ == "the" and last is None)):
            if name_word(doc[j]):
                q = owner.get(j)
                if q is not None and q.entry is not None and q.entry.kind != "agent" and q.entry.kind not in GEO_KINDS:
                    break  # a known actor's name: no longer this body's
                last = j
            j += 1
        if last is not None:
            end = last + 1
    # before the head: capitalised words, places and generic agents, joiners between them
    # ("Bar and Law Society"), a possessive even before the head ("the Employers' Confederation")
    before = name_before(doc, t.i, owner, t.sent.start, _JOINERS, _POSSESSIVES, agents_own=True)
    start, places = before.start, before.places
    own = before.own or end > t.i + 1
    if not own and not places:
        return None  # "the Center", "the Union": no name of its own
    if not own and start < t.i and end == t.i + 1:
        return None  # "the Nigerian Union" alone: a demonym and a head, no name
    for k in range(t.i + 1, end):
        q = owner.get(k)
        if q is not None and q.entry is not None and q.entry.kind in GEO_KINDS:
            places.append(q.entry.code)
    words = {doc[k].lower_ for k in range(start, end)}
    if words & outside:
        return None  # "the International Rescue Committee", "the World Wildlife Foundation"
    if any(k in owner and owner[k].entry is not None and owner[k].entry.kind not in GEO_KINDS + ("agent",)
           for k in range(start, end)):
        return None  # holds a known actor's name
    if role in (_REBEL, _ARMED):
        if not words & rebel_words:
            return None  # "the Syrian Army", "the Afghan National Army": a state's army
        role = "REB"  # "the Free Syrian Army", "the Kachin Independence Army"
    if role in ("LAB", _LABOUR) and not words & trades:
        if role == _LABOUR:
            return None  # "the Pan Africanist Congress": no workers' body
        role = "NGO"  # "the American Civil Liberties Union": no trade's union
    role = "LAB" if role == _LABOUR else role
    name = doc[start:end].text
    entry = name_entry(name, places, role, BODIES_SOURCE)
    piece = name_piece(doc, start, end, [entry], owner)
    if places:
        piece.extra["home"] = places[0]  # named for its country: a place of its sentence (places.py)
    return piece
