"""Finding dictionary phrases in a parsed document: one pass of dict lookups over token runs.

Each token start extends token by token while the text so far is a prefix of some phrase, so the
work is a few lookups per token however large the dictionary is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .dictionary import ActorDictionary, Entry
from .tables import norm

MAX_TOKENS = 12
_ANY_CASE = ("agent", "user_agent")
#: the verb forms a tagger gives a word that is no noun: an agent word tagged so is a verb
#: ("to press ahead", "police the border"); VBN, VBG and VBD name people as often ("the wounded")
_VERB_FORMS = frozenset({"VB", "VBP", "VBZ"})
_PRIORITY = {"user_actor": 0, "person": 1, "metonym": 2, "org": 3, "region": 4, "country": 5, "capital": 6,
             "province": 7, "demonym": 8, "user_agent": 9, "agent": 10, "surname": 11}


@dataclass(slots=True)
class Piece:
    """A matched phrase: tokens [start, end), its readings, and how much of the last token is 's."""

    start: int
    end: int
    key: str
    entries: list[Entry]
    trim: int = 0  # characters of a glued possessive ("Trump‘s") left out of the mention
    entry: Entry | None = None  # the chosen reading
    new_person: bool = False  # an unknown PERSON entity, not a dictionary phrase
    dropped: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return "newperson" if self.new_person else self.entry.kind  # type: ignore[union-attr]

    @property
    def cls(self) -> str:
        k = self.kind
        if k in ("country", "capital", "province", "demonym", "region"):
            return "GEO"
        if k in ("metonym", "org", "user_actor"):
            return "ACTOR"
        if k in ("agent", "user_agent"):
            return "ROLE"
        return "PERSON"


def token_keys(doc: Doc) -> list[str]:
    return [norm(t.text) for t in doc]


def _after_article(text: str, articles: frozenset[str]) -> str:
    """A name's text after a lower-case Arabic article ("al-Qaeda", "al Qaeda": "Qaeda"), whose
    letter case is the name's; the text itself when it starts with none."""
    for sep in ("-", " "):
        head, found, rest = text.partition(sep)
        if found and head in articles and rest[:1].isupper():
            return rest
    return text


def _case_ok(entry: Entry, text: str, articles: frozenset[str] = frozenset()) -> bool:
    text = _after_article(text, articles) if entry.kind not in _ANY_CASE else text
    if entry.kind in _ANY_CASE:
        return not entry.caps or _capitals(text.replace(".", ""))
    first = next((c for c in text if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return False
    if entry.caps:
        return _capitals(text.replace(".", "").replace("-", "").replace(" ", ""))
    return True


def _capitals(text: str) -> bool:
    """Whether an acronym is written in capitals, its plural's "s" aside ("MPs", "CEOs")."""
    return text.isupper() or (len(text) >= 3 and text.endswith("s") and text[:-1].isupper())


def find_pieces(doc: Doc, dictionary: ActorDictionary) -> list[Piece]:
    """Longest dictionary matches, left to right, with readings whose letter case fits the text."""
    keys = token_keys(doc)
    index, prefixes = dictionary.index, dictionary.prefixes
    n = len(doc)
    out: list[Piece] = []
    i = 0
    while i < n:
        if doc[i].is_space or not keys[i] or keys[i] not in prefixes:
            i += 1
            continue
        found: list[tuple[int, str, int]] = []
        s = ""
        for j in range(i, min(n, i + MAX_TOKENS)):
            tok = doc[j]
            if tok.is_space or not keys[j]:
                break
            s = keys[j] if j == i else s + (" " if doc[j - 1].whitespace_ else "") + keys[j]
            if s in index:
                found.append((j + 1, s, 0))
            elif len(keys[j]) > 3 and keys[j].endswith("'s") and s[:-2] in index:
                found.append((j + 1, s[:-2], 2))
            if s not in prefixes:
                break
        taken = None
        for end, key, trim in reversed(found):
            span_text = doc[i:end].text
            if trim:
                span_text = span_text[:-trim]
            entries = [e for e in index[key] if _case_ok(e, span_text, dictionary.attach["article_particles"])]
            if doc[end - 1].tag_ in _VERB_FORMS:
                # "vowed to press ahead", "to police the border": a verb there, no agent
                entries = [e for e in entries if e.kind not in _ANY_CASE]
            if entries:
                entries.sort(key=lambda e: _PRIORITY.get(e.kind, 99))
                taken = Piece(i, end, key, entries, trim, entries[0])
                break
        if taken is None:
            i += 1
            continue
        out.append(taken)
        i = taken.end
    return out
