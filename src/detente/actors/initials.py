"""Initials: an organisation named in full and then by its initials ("the California Public
Utilities Commission ... the CPUC", "the Consumer Financial Protection Bureau ... CFPB Director
Rohit Chopra", "the PUC").

An all-capitals word of three to six letters that no dictionary phrase reads is the earlier
capitalised name whose words' initials it spells (connectives such as "of" and "and" are skipped;
the leading words of the name may be left out, as "PUC" leaves out "California"), when that name
ends in an organisation, a seat of power or a group agent ("Commission", "Bureau"): the word
becomes a piece with the same reading as the name's head, and is grouped, placed and coded as
the name was. A name that ends in "of" and a place ("Election Commission of Pakistan (ECP)",
"Independent Electoral Commission of South Africa (IEC)") is read as the body before "of", of that place (`of_place`, given to its group by
`place_initials`). Initials that spell no earlier name, or a name of a person or a place, stay unread.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .match import Piece

#: words a name runs on over that give no initial ("Department of Justice", "Bureau of Land Management")
CONNECTIVES = frozenset({"of", "and", "for", "the", "&"})
_KINDS = ("org", "metonym", "user_actor", "agent")


def read_initials(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """Pieces for the initials of organisations the article named in full before them, read in one
    pass: the runs of capitalised words (connectives inside) closed so far, and the open one, are
    the names before each all-capitals word."""
    owner = {i: p for p in pieces if not p.dropped for i in range(p.start, p.end)}
    out = []
    runs: list[list[int]] = []  # the capitalised words' token indices of each name
    cur: list[int] = []
    for t in doc:
        word = t.text
        if t.is_alpha and t.is_upper and 3 <= len(word) <= 6 and t.i not in owner:
            piece = _spelled(doc, t, runs + [cur] if len(cur) > 1 else runs, owner)
            if piece is not None:
                out.append(piece)
        if t.is_alpha and t.text[0].isupper() and not (t.is_upper and len(t) > 1 and cur == []) and t.i != t.sent.start:
            cur.append(t.i)
        elif cur and t.lower_ in CONNECTIVES and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            continue  # "Department of Justice", not "Bureau on Wednesday"
        else:
            if len(cur) > 1:
                runs.append(cur)
            cur = []
    return out


def _spelled(doc: Doc, t, runs: list[list[int]], owner: dict[int, Piece]) -> Piece | None:
    """The piece for initials `t` when the latest name of `runs` whose initials end in them names a
    body; None when none does."""
    word = t.text
    for whole in reversed(runs):
        body = _body_of_place(doc, whole, owner)
        for run in (whole, body) if body else (whole,):
            letters = "".join(doc[i].text[0] for i in run)
            if not letters.endswith(word) or len(run) < len(word):
                continue
            span = run[-len(word):]
            if body and run is whole:
                span = [i for i in span if i in body]  # "Election Commission of Pakistan (ECP)": the body
            head = owner.get(span[-1]) if span else None
            if head is None or head.entry is None or head.entry.kind not in _KINDS or head.new_person:
                continue
            if head.entry.kind == "agent" and head.entry.title:
                continue  # "Chief Executive Officer": a title, no body
            if head.entry.kind != "agent" and head.start != span[0]:
                continue  # "National Security Council": the name is more than the "Security Council" it ends in
            inside = {id(owner[i]): owner[i] for i in span if i in owner}
            if any(q.new_person or q.entry is None or q.entry.kind not in _KINDS for q in inside.values()):
                return None  # "Syrian Democratic Forces (SDF)": a place or a person in the name makes it more than its head
            extra = {"initials": True}
            if body:
                extra["of_place"] = owner[whole[-1]]  # the country the body serves, wherever the dateline is
            return Piece(t.i, t.i + 1, head.key, head.entries, 0, head.entry, extra=extra)
    return None


def _body_of_place(doc: Doc, run: list[int], owner: dict[int, Piece]) -> list[int] | None:
    """The body's words of a name that ends in "of" and the country or place it serves
    ("Election Commission of Pakistan", "Independent Electoral Commission of South Africa"):
    initials that spell the name with or without the place read as that body, of the country
    the article sets for it; None when the name does not end so."""
    place = owner.get(run[-1])
    if place is None or place.entry is None or place.cls != "GEO" or place.start == 0:
        return None
    if doc[place.start - 1].lower_ != "of" or place.start not in run:
        return None
    body = run[:run.index(place.start)]
    return body if len(body) >= 2 else None


def place_initials(groups) -> None:
    """The initials of a body named "... of <place>" alone as a mention take that place's country
    ("the IEC" of the Independent Electoral Commission of South Africa, in a story from Washington)."""
    for g in groups:
        if len(g.pieces) == 1 and g.inherit_geo is None and "of_place" in g.pieces[0].extra:
            g.inherit_geo = g.pieces[0].extra["of_place"]
