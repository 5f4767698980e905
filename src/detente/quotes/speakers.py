"""Who a speaker phrase stands for: a person's full name, and their actor code when resolved.

With a `Resolution` from the actors stage the phrase's mentions decide (the actors stage does
coreference, so "he" and "the minister" already carry the person's code). Without one — or when
the phrase holds no mention — the text decides:

* a name is completed to the longest PERSON name of the document that contains it
  ("Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping");
* "he"/"she" is the most recent person named before it, outside quotation marks;
* a definite title ("the minister", "the Indian prime minister") is the most recent person
  introduced with that title, preferring the one whose title shares most words with the phrase;
* anything else (an organisation, "a senior official") is the phrase itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.types import Mention, Resolution
from .lexicon import Lexicon

_NAME_PARTICLES = {"bin", "al", "el", "da", "de", "do", "dos", "van", "von", "der", "den", "la", "le", "ibn", "abu", "-"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_POSSESSIVE = ("’s", "'s", "‘s", "’", "'")
_PRONOUNS = {"he", "she", "him", "her"}
_INDEFINITE = {"a", "an", "one", "some", "another", "several", "two", "three"}


@dataclass(slots=True)
class Person:
    name: str
    start: int  # char offsets of the name in the text
    end: int
    title_words: frozenset[str]  # lower-case words of the title around the name


@dataclass(slots=True)
class Speaker:
    name: str
    actor: str | None = None


class People:
    """The people named in a document, built once per document."""

    def __init__(self, doc: Doc, lex: Lexicon, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.lex = lex
        self.quoted = quoted
        spans: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                span = _clean_name(ent, lex)
                if span is not None:
                    spans.append(name_run(doc, span.end - 1, lex) if doc[span.end - 1].pos_ == "PROPN" else span)
        spans += _titled_names(doc, lex)
        # a proper noun as the subject of a verb, with no other entity type, is a person
        # the tagger missed ("Syrskyi said", "Petro later posted")
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON"):
                spans.append(name_run(doc, t.i, lex))
        self.people: list[Person] = []
        taken: list[tuple[int, int]] = []
        for span in sorted((s for s in spans if s is not None), key=lambda s: (s.start_char, -s.end_char)):
            if any(a < span.end_char and span.start_char < b for a, b in taken):
                continue
            taken.append((span.start_char, span.end_char))
            self.people.append(self._person(span))
        # every proper-noun run, to complete a surname to the full name given elsewhere
        self.runs: list[str] = []
        for t in doc:
            if t.pos_ == "PROPN" and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN"):
                run = name_run(doc, t.i, lex)
                if run is not None and not all(x.ent_type_ in _PLACES for x in run):
                    self.runs.append(run.text)

    def _person(self, span: Span) -> Person:
        doc = self.doc
        words: set[str] = set()
        i = span.start - 1
        # the title in front of the name: "Russian President", "Russia's ambassador"
        while i >= 0 and span.start - i <= 6 and not doc[i].is_punct and doc[i].lower_ not in {"and", "with", "by", "of", "'s", "’s"}:
            words.add(doc[i].lower_)
            i -= 1
        if i >= 0 and doc[i].lower_ in {"'s", "’s"}:
            j = i - 1
            while j >= 0 and i - j <= 3 and not doc[j].is_punct:
                words.add(doc[j].lower_)
                j -= 1
        # an appositive around it: "Ursula von der Leyen, the president of the Commission,"
        # and "Ukraine's top commander, Oleksandr Syrskyi,"
        if span.end < len(doc) and doc[span.end].text == ",":
            for t in doc[span.end + 1 : span.end + 9]:
                if t.is_punct:
                    break
                words.add(t.lower_)
        if span.start > 0 and doc[span.start - 1].text == ",":
            for t in reversed(doc[max(0, span.start - 9) : span.start - 1]):
                if t.is_punct:
                    break
                words.add(t.lower_)
        return Person(span.text, span.start_char, span.end_char, frozenset(words))

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def full_name(self, name: str) -> str:
        """The longest name in the document whose words contain `name`'s words in a row."""
        words = name.split()
        best = name
        for cand in [p.name for p in self.people] + self.runs:
            cw = cand.split()
            if len(cw) > len(best.split()) and _contains(cw, words):
                best = cand
        return best

    def before(self, pos: int) -> list[Person]:
        return [p for p in self.people if p.end <= pos and not self.in_quote(p.start)]

    def resolve(self, phrase: Span, res: Resolution | None) -> Speaker | None:
        """The speaker a phrase (a token span) stands for."""
        phrase = _trim(phrase)
        if phrase is None:
            return None
        if res is not None:
            found = _mention_speaker(phrase, res)
            if found is not None:
                return found
        head = _head(phrase)
        if len(phrase) == 1 and head.lower_ in _PRONOUNS:
            prior = self.before(head.idx)
            return Speaker(self.full_name(prior[-1].name)) if prior else None
        if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            run = name_run(self.doc, head.i, self.lex, lo=phrase.start)
            if run is not None:
                return Speaker(self.full_name(run.text))
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and ent.start < phrase.end and phrase.start < ent.end:
                span = _clean_name(ent, self.lex)
                if span is not None:
                    return Speaker(self.full_name(span.text))
        if head.lower_ in self.lex.roles and phrase[0].lower_ not in _INDEFINITE:
            person = self._by_title(phrase[: head.i - phrase.start + 1])
            if person is not None:
                return Speaker(self.full_name(person.name))
        return Speaker(phrase.text)

    def _by_title(self, phrase: Span) -> Person | None:
        words = {t.lower_ for t in phrase if not t.is_stop and not t.is_punct}
        head = _head(phrase).lower_
        best, best_score = None, 0
        for p in self.before(phrase.start_char):
            if head not in p.title_words:
                continue
            score = len(words & p.title_words)
            if score >= best_score:
                best, best_score = p, score
        return best


_PLACES = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "MONEY", "CARDINAL", "ORDINAL"}


def name_run(doc: Doc, head: int, lex: Lexicon, lo: int = 0) -> Span | None:
    """The name ending at token `head`: proper nouns and particles back to the first title word.

    "Lithuanian Foreign Minister Kestutis Budrys" -> "Kestutis Budrys"; "Ursula von der Leyen"
    stays whole; a one-word name after a style that is part of it keeps it ("Pope Francis").
    """
    end = head + 1
    while end - 1 > lo and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    i = end - 1
    if i < lo or doc[i].lower_.rstrip(".") in lex.title_words:
        return None
    while i - 1 >= lo:
        t = doc[i - 1]
        low = t.lower_.rstrip(".")
        if low in lex.title_words and t.text[:1].isupper():
            break
        if t.pos_ == "PROPN" or (low in _NAME_PARTICLES and t.i + 1 < end):
            i -= 1
            continue
        break
    while i < end and doc[i].text == "-":
        i += 1
    if i >= end:
        return None
    core = [t for t in doc[i:end] if t.lower_ not in _SUFFIXES]
    if len(core) == 1 and i - 1 >= lo and doc[i - 1].lower_ in lex.styles:
        i -= 1
    return doc[i:end]


def _head(phrase: Span) -> Token:
    """The phrase's syntactic head ("spokesperson" in "a spokesperson for the ministry"), else its last word."""
    roots = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head is t]
    if len(roots) == 1 and not roots[0].is_punct:
        return roots[0]
    return phrase[-1]


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _trim(phrase: Span) -> Span | None:
    """Drop punctuation, leading adverbs and anything after a comma (appositives, clauses)."""
    doc = phrase.doc
    start, end = phrase.start, phrase.end
    for i in range(start, end):
        if doc[i].text in {",", "(", "—", "–"}:
            end = i
            break
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ in {"ADV", "CCONJ", "ADP"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return doc[start:end] if end > start else None


def _clean_name(ent: Span, lex: Lexicon) -> Span | None:
    """A PERSON entity without possessive endings, stray titles or quote marks around it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_punct or doc[start].lower_.rstrip(".") in lex.title_words):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {"."} or doc[end - 1].lower_ in _POSSESSIVE):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    text = span.text
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return doc.char_span(span.start_char, span.end_char - len(suffix), alignment_mode="contract")
    return span


def _titled_names(doc: Doc, lex: Lexicon, within: Span | None = None) -> list[Span]:
    """Proper-noun runs right after a capitalised title word: "Defence Minister Shin Won-sik"."""
    out = []
    lo, hi = (within.start, within.end) if within is not None else (0, len(doc))
    i = lo
    while i < hi:
        t = doc[i]
        if t.text[:1].isupper() and t.lower_.rstrip(".") in lex.title_words:
            j = i + 1
            while j < hi and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in lex.title_words:
                j += 1
            k = j
            while k < hi and (
                (doc[k].pos_ == "PROPN" and doc[k].lower_ not in lex.title_words and doc[k].ent_type_ not in {"GPE", "NORP"})
                or (doc[k].lower_ in _NAME_PARTICLES and k + 1 < hi and doc[k + 1].pos_ == "PROPN")
                or (doc[k].lower_ in _SUFFIXES and k > j)
            ):
                k += 1
            if k > j:
                out.append(doc[j:k])
            i = max(k, i + 1)
        else:
            i += 1
    return out


def _mention_speaker(phrase: Span, res: Resolution) -> Speaker | None:
    mentions: list[Mention] = []
    for i in range(phrase.start, phrase.end):
        m = res.mention_at(i)
        if m is not None and m not in mentions:
            mentions.append(m)
    if not mentions:
        return None
    people = [m for m in mentions if res.actor_of(m).kind == "person"]
    m = people[-1] if people else mentions[-1]
    actor = res.actor_of(m)
    return Speaker(actor.name if actor.kind == "person" else phrase.text, m.code)
