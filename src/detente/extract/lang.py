"""Document language: the page's own declaration, else a stopword check for English."""

from __future__ import annotations

import re

from .rules import english_stopwords

_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""", re.IGNORECASE)
_META_LANG = re.compile(
    r"""<meta\b[^>]*?(?:http-equiv\s*=\s*["']?content-language|property\s*=\s*["']og:locale)["']?[^>]*?"""
    r"""content\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_WORDS = 20
_EN_RATIO = 0.2


def declared_language(html: str) -> str | None:
    """The primary language subtag a page declares (``<html lang>``, content-language, og:locale)."""
    head = html[:20000]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1).lower() if match else None


def guess_language(text: str) -> str | None:
    """"en" when English function words make up a fifth of the words, else None (unknown)."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < _MIN_WORDS:
        return None
    stop = english_stopwords()
    hits = sum(1 for w in words if w in stop)
    return "en" if hits / len(words) >= _EN_RATIO else None
