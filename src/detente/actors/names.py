"""Person names as news writes them: particles inside, honorifics before, hyphens between.

- Particles: "Abdulaziz bin Salman", "Ursula von der Leyen", "Lula da Silva". spaCy often cuts the
  name at the particle ("[Prince Abdulaziz] [bin Salman]"); a person piece goes on over a particle
  (`name_particles` in attachment.yaml) to the capitalised words after it, swallowing the unknown
  name piece that spaCy made of the rest.
- Honorifics: "Prince", "Sheikh" (`honorifics`) stand before a name but are neither name nor role:
  they stay in the mention and are left out of the person's name ("Abdulaziz bin Salman").
- Namesakes: "Chief Executive Bill Johnson" is not Boris Johnson (context.py drops the surname of a
  name whose other words are nobody we know); the whole name is a person of its own, and the bare
  "Johnson" later in the article is that person again, not the namesake the table knows, unless
  the article also names that one in full.
- Hyphens: "Ortega" in "Ortega-Valdivia" is part of a double-barrelled name, not Daniel Ortega; a
  surname glued by a hyphen to a capitalised word no piece reads is dropped. "Putin-Xi" (both
  known) keeps both.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .match import Piece


def capitalised(tok) -> bool:
    """Whether a token is a capitalised word ("Ortega", "Mocimboa"), no number or mark."""
    return tok.is_alpha and tok.text[0].isupper()


def _glued_hyphen(doc: Doc, i: int, j: int) -> bool:
    """Tokens i, "-", j written together ("Ortega-Valdivia")."""
    lo, hi = min(i, j), max(i, j)
    return (hi - lo == 2 and 0 <= lo and hi < len(doc) and doc[lo + 1].text == "-"
            and not doc[lo].whitespace_ and not doc[lo + 1].whitespace_)


def drop_hyphen_parts(doc: Doc, pieces: list[Piece]) -> None:
    """Mark surname pieces that are half of a hyphenated name nobody we know bears."""
    starts = {p.start for p in pieces if not p.dropped}
    ends = {p.end - 1 for p in pieces if not p.dropped}
    for p in pieces:
        if p.new_person or p.dropped or p.entry is None or p.entry.kind != "surname":
            continue
        after, before = p.end + 1, p.start - 2
        if (_glued_hyphen(doc, p.end - 1, after) and capitalised(doc[after]) and after not in starts) or (
                _glued_hyphen(doc, before, p.start) and capitalised(doc[before]) and before not in ends):
            p.dropped = True


def hyphen_end(doc: Doc, end: int) -> int:
    """Where a name ending before token `end` ends when a hyphen joins more of it ("Ortega-Valdivia")."""
    while end + 1 < len(doc) and _glued_hyphen(doc, end - 1, end + 1) and capitalised(doc[end + 1]):
        end += 2
    return end


def particle_end(doc: Doc, end: int, particles: frozenset[str], taken: set[int]) -> int:
    """Where a name ending before token `end` really ends, taking particles and the capitalised
    words after them ("... bin Hamad Al Thani", "... al-Sudani"); `end` when none follows."""
    j = end
    while True:
        k = j
        while k < len(doc) and k not in taken and doc[k].lower_ in particles:
            k += 1
            if k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
                k += 1  # "al-Sudani"
        if k == j or k >= len(doc) or k in taken or not capitalised(doc[k]) or doc[k].lower_ in particles:
            return j
        while k < len(doc) and k not in taken and capitalised(doc[k]) and doc[k].lower_ not in particles:
            k += 1
        j = k


def join_particles(doc: Doc, pieces: list[Piece], particles: frozenset[str]) -> None:
    """Extend person pieces over the particle runs after them; the unknown-name pieces they swallow
    are dropped. `pieces` must be sorted by start."""
    taken = {i for p in pieces if not p.dropped and not p.new_person for i in range(p.start, p.end)}
    for p in pieces:
        if p.dropped or not (p.new_person or p.entry.kind in ("person", "surname")) or p.trim:
            continue
        mine = set(range(p.start, p.end))
        end = particle_end(doc, p.end, particles, taken - mine)
        if end == p.end:
            continue
        swallowed = [q for q in pieces if q is not p and q.new_person and not q.dropped and q.start < end and q.end > p.end]
        end = max([end] + [q.end for q in swallowed])
        for q in swallowed:
            q.dropped = True
        text = doc[p.start:end].text
        p.trim = 2 if text[-2:].lower() in ("'s", "\u2019s") else 0
        p.end = end
        if p.new_person:
            p.key = text


def strip_honorifics(name: str, honorifics: frozenset[str]) -> str:
    """The name without the honorifics before it ("Prince Abdulaziz bin Salman" -> "Abdulaziz bin Salman")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return " ".join(words)


def namesakes(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """New person pieces for the names whose surname piece was dropped as a namesake's ("Bill
    Johnson", "Therese Wagner"), and the later bare surname or group-name pieces of the same word
    dropped: the article's own person, found again by `people.later_surnames`. A dictionary person the article names in full
    ("Boris Johnson") keeps the bare surname."""
    full = {p.key.split()[-1].lower() for p in pieces
            if not p.dropped and not p.new_person and p.entry is not None and p.entry.kind == "person"}
    out, taken = [], {i for p in pieces if not p.dropped for i in range(p.start, p.end)}
    first: dict[str, int] = {}
    for p in pieces:
        span = p.extra.get("namesake") if p.dropped else None
        if span is None or any(i in taken for i in range(*span)):
            continue
        start, end = span
        text = doc[start:end].text
        trim = 2 if text[-2:].lower() in ("'s", "\u2019s") else 0
        out.append(Piece(start, end, text, [], trim, None, new_person=True))
        taken.update(range(start, end))
        word = p.key.split()[-1].lower()
        if word not in full:
            first.setdefault(word, start)
    for p in pieces:
        if (not p.dropped and not p.new_person and p.entry is not None
                and (p.entry.kind == "surname" or (p.entry.kind == "org" and _bare_name(doc[p.start])))
                and p.end - p.start == 1 and first.get(p.key.lower(), len(doc)) < p.start):
            p.dropped = True
    return out


def _bare_name(tok) -> bool:
    """Whether a name stands alone, as a surname does ("Wagner said"), not as a group's name before
    its noun or after "the" or an owner ("Wagner fighters", "Russia's Wagner group")."""
    return tok.dep_ != "compound" and not any(c.dep_ in ("det", "poss") for c in tok.children)
