"""Themes: which topics an article touches, from a documented taxonomy (``data/themes/themes.yaml``).

    find_themes(doc) -> [{"theme", "count", "mentions": [{"text", "start", "end"}]}]

Each theme has lemma triggers (matched on lower-cased token lemmas, so "sanctions" and
"sanctioned" both hit "sanction") and phrase triggers (a `PhraseMatcher` on lower-cased words).
Overlapping hits of one theme keep the longest; a span may count for several themes. Themes are
ordered by count, most mentioned first. The matchers are built once per vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..datafiles import read_yaml
from ..errors import DictionaryError

_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    description: str
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]


def load_taxonomy(path: Path | str) -> list[Theme]:
    """Read and validate a theme taxonomy file (format in its header comment)."""
    path = Path(path)
    data = read_yaml(path, "a theme taxonomy")
    if not data:
        raise DictionaryError("expected a mapping THEME -> {description, lemmas, phrases}", source=str(path))
    themes = []
    for name, spec in data.items():
        where = f"theme {name!r}"
        if not isinstance(name, str) or not _NAME.match(name):
            raise DictionaryError(f"{where}: names are UPPER_SNAKE_CASE", source=str(path))
        if not isinstance(spec, dict) or set(spec) - {"description", "lemmas", "phrases"}:
            raise DictionaryError(f"{where}: expected keys description, lemmas, phrases", source=str(path))
        lemmas, phrases = spec.get("lemmas") or [], spec.get("phrases") or []
        if not all(isinstance(x, str) and x.strip() for x in [*lemmas, *phrases]):
            raise DictionaryError(f"{where}: triggers must be non-empty strings", source=str(path))
        if not lemmas and not phrases:
            raise DictionaryError(f"{where}: needs at least one lemma or phrase trigger", source=str(path))
        themes.append(Theme(name, str(spec.get("description", "")), tuple(lemmas), tuple(phrases)))
    return themes


@cache
def default_taxonomy() -> tuple[Theme, ...]:
    return tuple(load_taxonomy(Path(str(resources.files("detente") / "data" / "themes" / "themes.yaml"))))


class _Matchers:
    def __init__(self, vocab: Vocab, themes: tuple[Theme, ...]):
        tok = spacy.blank("en").tokenizer
        # Lemma triggers are looked up by their first lemma: one dict probe per token. (A spaCy
        # `Matcher` with case-variant `IN` sets cost a quarter of the whole pipeline's time.)
        self.by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.phrase = PhraseMatcher(vocab, attr="LOWER")
        for th in themes:
            for trig in th.lemmas:
                words = tuple(t.text.lower() for t in tok(trig))
                self.by_first.setdefault(words[0], []).append((th.name, words))
            if th.phrases:
                self.phrase.add(th.name, [tok(p) for p in th.phrases])

    def lemma_matches(self, doc: Doc):
        lemmas = [t.lemma_.lower() for t in doc]
        for i, first in enumerate(lemmas):
            for name, words in self.by_first.get(first, ()):
                if tuple(lemmas[i : i + len(words)]) == words:
                    yield name, i, i + len(words)


_CACHE: dict[int, tuple[Vocab, _Matchers]] = {}


def _matchers(vocab: Vocab) -> _Matchers:
    hit = _CACHE.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        hit = (vocab, _Matchers(vocab, default_taxonomy()))
        _CACHE[id(vocab)] = hit
    return hit[1]


def find_themes(doc: Doc) -> list[dict]:
    """Themes of a parsed text with their trigger mentions, most mentioned first."""
    m = _matchers(doc.vocab)
    by_theme: dict[str, list[Span]] = {}
    hits = [*m.lemma_matches(doc), *((doc.vocab.strings[i], s, e) for i, s, e in m.phrase(doc))]
    for name, start, end in hits:
        by_theme.setdefault(name, []).append(doc[start:end])
    out = []
    for name, spans in by_theme.items():
        kept = sorted(filter_spans(spans), key=lambda s: s.start)
        out.append(
            {
                "theme": name,
                "count": len(kept),
                "mentions": [{"text": s.text, "start": s.start_char, "end": s.end_char} for s in kept],
            }
        )
    return sorted(out, key=lambda t: (-t["count"], t["theme"]))
