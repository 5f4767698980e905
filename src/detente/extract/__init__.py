"""Stage 2, extract: a `RawDocument` (bytes) becomes an `Article` (clean text plus metadata).

``extract(raw)`` is pure: it decodes the bytes (``decode``), then reads HTML with trafilatura
(``html``) or cleans a scraped plain-text page (``text``); feed or JSON hints in ``raw.meta`` fill
the title and date it could not find. It raises only `InputError` subclasses.
"""

from __future__ import annotations

import json

from ..errors import DecodeError, EmptyDocument
from ..model import Article, RawDocument
from .dates import parse_date
from .decode import decode
from .html import extract_html, word_count
from .lang import guess_language
from .text import clean_text

__all__ = ["extract", "MIN_WORDS"]

#: Fewer words than this is a stub, an index page or an error page, not an article.
MIN_WORDS = 20


def extract(raw: RawDocument) -> Article:
    """Extract the article of one raw document; raises `DecodeError` or `EmptyDocument`."""
    if not raw.data or not raw.data.strip():
        raise EmptyDocument("empty document: the input has no content; check the file or URL", source=raw.source)
    try:
        text, _ = decode(raw.data, raw.encoding, sniff_meta=raw.kind == "html")
    except DecodeError as exc:
        exc.source = raw.source
        raise
    kind, meta = raw.kind, dict(raw.meta)
    if kind == "json":
        kind, text = _from_json(text, meta, raw.source)
    title_hint = meta.get("title") if isinstance(meta.get("title"), str) else None

    if kind == "html":
        try:
            found = extract_html(text, url=raw.url)
        except EmptyDocument as exc:
            exc.source = raw.source
            raise
        body, title, when, author, site, language = (
            found.text, found.title, found.date, found.author, found.site, found.language,
        )
    else:
        clean = clean_text(text, title=" ".join(title_hint.split()) if title_hint else None)
        body, title, when, author, site, language = clean.text, clean.title, clean.date, clean.author, None, None

    words = word_count(body)
    if words < MIN_WORDS:
        raise EmptyDocument(
            f"no article text found ({words} words after removing page chrome); "
            "give the article page itself, not an index, login or error page",
            source=raw.source,
        )
    return Article(
        id=raw.id,
        source=raw.source,
        text=body,
        url=raw.url,
        title=title or (" ".join(title_hint.split()) if title_hint else None),
        date=when or parse_date(meta.get("date")),
        author=author or (meta.get("author") if isinstance(meta.get("author"), str) else None),
        site=site,
        language=language or guess_language(body),
    )


def _from_json(text: str, meta: dict, source: str) -> tuple[str, str]:
    """A JSON document is one object with "text" or "html" (and optional url/title/date)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecodeError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source=source) from exc
    if not isinstance(obj, dict):
        raise DecodeError("a JSON document must be one object with a 'text' or 'html' field", source=source)
    for key in ("title", "date", "author"):
        if obj.get(key) and key not in meta:
            meta[key] = obj[key]
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return "html", obj["html"]
    if isinstance(obj.get("text"), str):
        return "text", obj["text"]
    raise EmptyDocument("JSON object has no 'text' or 'html' string field", source=source)
