"""Social-media handles of the people an article names: "@MattBevin" is Matt Bevin.

Embedded posts and quoted tweets name people by their handle ("Governor @MattBevin has done a
wonderful job!", "thanks to @realDonaldTrump"). A handle is one token the name tables cannot
hold; its words are its capitalised parts ("MattBevin": matt, bevin), less a leading "real", the
convention of handles whose plain name was taken. A handle whose words hold the full name of one
person the article already names (every word of the name, in order) is a mention of that person.
Nothing is guessed: a handle that names a title and a surname ("@SpeakerPelosi") or a person the
article does not name stays unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Span
from .tables import norm
from .types import Mention, Resolution

_HANDLE = re.compile(r"@[A-Za-z][A-Za-z0-9_]{2,30}$")
_PARTS = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")
_PREFIXES = ("real", "the")  # "@realDonaldTrump", "@TheRealX"


def handle_words(handle: str) -> list[str]:
    """The lower-case words of a handle: "@realDonaldTrump" -> ["donald", "trump"]."""
    words = [w.lower() for w in _PARTS.findall(handle.lstrip("@").replace("_", " "))]
    while words and words[0] in _PREFIXES:
        words = words[1:]
    return words


def link_handles(doc: Doc, res: Resolution) -> Resolution:
    """`res` with a mention for every handle that spells the full name of one person it holds."""
    people = {}
    for i, a in enumerate(res.actors):
        if a.kind == "person":
            name = norm(a.name).split()
            if len(name) >= 2:
                people.setdefault(tuple(name), set()).add(i)
    if not people:
        return res
    added = False
    for tok in doc:
        if not _HANDLE.match(tok.text) or res.mention_at(tok.i) is not None:
            continue
        words = handle_words(tok.text)
        found = {i for name, ids in people.items() if _holds(words, list(name)) for i in ids}
        if len(found) != 1:
            continue  # none, or two people the handle could be
        (i,) = found
        res.mentions.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, i, res.actors[i].code, "name"))
        res.actors[i].mentions.append(Span(tok.text, tok.idx, tok.idx + len(tok.text)))
        added = True
    return res.index() if added else res


def _holds(words: list[str], name: list[str]) -> bool:
    """Whether `name`'s words stand together, in order, among a handle's `words`."""
    n = len(name)
    return any(words[k:k + n] == name for k in range(len(words) - n + 1))
