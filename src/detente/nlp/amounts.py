"""Amounts: money, counts and percentages, with the value, unit and what they count.

    find_amounts(doc) -> [{"text", "start", "end", "kind", "value", "unit", "object", "verb"}]

* ``kind`` is "money" (a currency symbol or word is attached), "percent" or "count".
* ``value`` is a float: the product of the numbers and scale words ("$1.5 billion" = 1.5e9).
  Vague plurals take their smallest reading, so ``value`` is then a lower bound:
  "tens of billions of dollars" = 10 x 1e9 = 1e10 (see ``data/nlp/scales.tsv``).
* ``unit`` is an ISO 4217 code for money (``data/nlp/currencies.tsv``), "%" for percentages,
  None for counts.
* ``object`` is what is counted or paid for: "military aid" in "tens of billions of dollars in
  military aid", "loan" in "a $1.5 billion loan", "people" in "12 people killed", and for a
  percentage what rose or fell ("inflation" in "inflation hit 7.5%").
* ``verb`` is the lemma of the verb the amount hangs on ("kill", "allocate"), or None.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_utf8
from ..errors import DictionaryError

_LABELS = {"MONEY", "CARDINAL", "PERCENT"}
_PERCENT_WORDS = {"%", "percent", "per", "pct", "percentage"}
_OBJECT_PREPS = {"in", "for", "of", "worth"}
_NOT_OBJECTS = {"GPE", "DATE", "TIME", "NORP", "LOC", "PERSON", "ORG", "CARDINAL", "MONEY"}
_NUM = re.compile(r"^(\d+(?:[.,]\d+)*)([a-z]*)$")


def _table(name: str) -> dict[str, str]:
    path = Path(str(resources.files("detente") / "data" / "nlp" / name))
    out: dict[str, str] = {}
    for n, line in enumerate(read_utf8(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise DictionaryError(f"line {n}: expected two tab-separated fields, got {line!r}", source=str(path))
        out[fields[0].strip().lower()] = fields[1].strip()
    return out


@cache
def _currencies() -> dict[str, str]:
    return _table("currencies.tsv")


@cache
def _scales() -> dict[str, float]:
    table = _table("scales.tsv")
    try:
        return {k: float(v) for k, v in table.items()}
    except ValueError as exc:
        raise DictionaryError(f"a value is not a number: {exc}", source="data/nlp/scales.tsv") from exc


def find_amounts(doc: Doc) -> list[dict]:
    """Money, counts and percentages mentioned in a parsed text, in text order."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        span, unit = _with_currency(ent)
        low = {t.lower_ for t in span}
        if unit is not None:
            kind = "money"
        elif ent.label_ == "PERCENT" or low & _PERCENT_WORDS:
            kind, unit = "percent", "%"
        else:
            kind = "count"
        value = parse_value(span)
        obj, verb = _object(span, kind)
        if kind == "count" and obj is None and (verb is None or _list_marker(span)):
            continue  # a bare number (a list index, a score): nothing is counted
        if kind == "count" and value == 1 and not any(t.like_num and t.text[:1].isdigit() for t in span):
            continue  # "one of the largest": a determiner, not a count
        out.append(
            {
                "text": span.text,
                "start": span.start_char,
                "end": span.end_char,
                "kind": kind,
                "value": value,
                "unit": unit,
                "object": obj,
                "verb": verb,
            }
        )
    return out


def _list_marker(span: Span) -> bool:
    """"1." or "2)" at the start of a line: a list number, not an amount."""
    doc = span.doc
    return _at_line_start(doc, span.start) and span.end < len(doc) and doc[span.end].text in {".", ")"}


def _at_line_start(doc, i: int) -> bool:
    # Walk back over whitespace tokens only (Doc.text per call would be quadratic in the text).
    i -= 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    return i < 0 or "\n" in doc[i].whitespace_


def _with_currency(ent: Span) -> tuple[Span, str | None]:
    """The entity widened to a currency symbol before it or a currency word after it."""
    doc = ent.doc
    cur = _currencies()
    start, end, unit = ent.start, ent.end, None
    for t in ent:
        if t.lower_ in cur:
            unit = cur[t.lower_]
        elif t.text[:1] in cur and len(t.text) > 1 and t.text[1:2].isdigit():
            unit = cur[t.text[:1]]  # "€50bn" tokenised as one word
    if unit is None and start > 0 and doc[start - 1].lower_ in cur and doc[start - 1].pos_ in ("SYM", "NOUN", "PROPN", "X"):
        start -= 1
        unit = cur[doc[start].lower_]
    if unit is None and end < len(doc) and doc[end].lower_ in cur and doc[end].pos_ in ("NOUN", "PROPN", "SYM"):
        unit = cur[doc[end].lower_]
        end += 1
    return doc[start:end], unit


def parse_value(span: Span) -> float | None:
    """The number a span states: product of its numerals and scale words; None when it has none."""
    scales = _scales()
    value: float | None = None
    for t in span:
        low = t.lower_
        n: float | None = None
        m = _NUM.match(low.lstrip("$€£¥₹₽₩"))
        if m:
            try:
                n = float(m.group(1).replace(",", ""))
            except ValueError:
                n = None
            if n is not None and m.group(2):
                n = n * scales[m.group(2)] if m.group(2) in scales else n
        elif low in scales and low not in {"a", "an"}:
            n = scales[low]
        elif low in {"a", "an"} and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in scales:
            n = 1.0
        if n is None:
            continue
        value = n if value is None else value * n
    return value


def _object(span: Span, kind: str) -> tuple[str | None, str | None]:
    doc = span.doc
    last = span[-1]
    # "… of dollars in military aid", "$5 billion for reconstruction", "$2bn worth of arms"
    i = span.end
    if i < len(doc) and (doc[i].lower_ in _OBJECT_PREPS and kind == "money" or doc[i].lower_ == "of" and kind == "count"):
        j = i + 1
        if doc[i].lower_ == "worth" and j < len(doc) and doc[j].lower_ == "of":
            j += 1
        np = _noun_phrase(doc, j)
        if np is not None:
            return np, _verb(span.root)
    head = _counted(span)
    if head is not None:
        return head.text if kind != "percent" else None, _verb(head)
    if kind == "percent":
        root = span.root
        verb = root.head if root.head.pos_ in ("VERB", "AUX") else None
        if verb is not None:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return _chunk_text(subj[0]), verb.lemma_
        return None, None
    root = span.root if last.pos_ != "PUNCT" else last
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ == "VERB":
        return None, root.head.lemma_
    return None, None


def _counted(span: Span) -> Token | None:
    """The noun the number modifies: "3,000 troops" -> troops; "a $1.5 billion loan" -> loan."""
    for t in span:
        h = t
        for _ in range(3):
            if h.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and not (span.start <= h.head.i < span.end):
                if h.head.pos_ in ("NOUN", "PROPN") and h.head.ent_type_ not in ("GPE", "NORP", "DATE", "MONEY") and h.head.lower_ not in _currencies():
                    return h.head
                break
            h = h.head
            if not (span.start <= h.i < span.end):
                break
    return None


def _verb(tok: Token) -> str | None:
    for c in tok.children:  # "12 people killed": a participle after the noun
        if c.dep_ in ("acl", "amod", "relcl") and c.pos_ == "VERB" and c.i > tok.i:
            return c.lemma_
    h = tok
    for _ in range(2):
        if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj") and h.head.pos_ in ("VERB", "AUX", "ADP"):
            h = h.head
            if h.pos_ == "VERB":
                return h.lemma_
        else:
            break
    return None


def _noun_phrase(doc: Doc, i: int) -> str | None:
    if i >= len(doc):
        return None
    for chunk in doc[i].sent.noun_chunks:  # the sentence's, not the document's: one scan per call
        if chunk.start <= i < chunk.end:
            if chunk.root.ent_type_ in _NOT_OBJECTS:
                return None
            words = [t for t in doc[i : chunk.end] if t.dep_ != "det"]
            return " ".join(t.text for t in words) or None
    return None


def _chunk_text(tok: Token) -> str:
    doc = tok.doc
    words = [t for t in doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
    return " ".join(t.text for t in words)
