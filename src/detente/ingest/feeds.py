"""RSS and Atom feeds: one document per item, from its link or, failing that, its full content."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import feedparser

from ..errors import DecodeError, EmptyDocument, InputError
from ..model import RawDocument
from .formats import web_url

#: Fetches a URL into a RawDocument (named by the given source), or raises an InputError.
FetchDocument = Callable[[str, str], RawDocument]


_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,24}));")


def _safe_charref(match: re.Match) -> bytes:
    """`&#xD800;` or `&#99999999999;` crash feedparser (UnicodeEncodeError, OverflowError): use U+FFFD."""
    value = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    return match.group() if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else b"&#xFFFD;"


def _iso_date(entry: dict) -> str | None:
    # `in` first: feedparser's .get("published_parsed") falls back to updated_parsed with a warning
    key = next((k for k in ("published_parsed", "updated_parsed") if k in entry), None)
    parsed = entry[key] if key else None
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _full_content(entry: dict) -> str | None:
    """Atom <content> / RSS <content:encoded>: the whole article, unlike a teaser <description>."""
    for part in entry.get("content") or []:
        value = part.get("value")
        if isinstance(value, str) and value.strip():
            return value
    return None


def feed_documents(
    source: str, data: bytes, fetch_item: FetchDocument, *, base_url: str | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield one document (or error) per feed item, named ``source#n`` (n from 1).

    The item's link is fetched with `fetch_item`; when that fails and the item carries its full
    content, the content is used instead. The item's title and date go into ``meta``.
    """
    headers = {"content-location": base_url} if base_url else None
    try:
        parsed = feedparser.parse(_CHARREF.sub(_safe_charref, data), response_headers=headers)  # bytes: never fetches
    except Exception as exc:  # noqa: BLE001 - a parser bug on hostile bytes must not end the whole run
        yield DecodeError(f"not a readable RSS/Atom feed ({type(exc).__name__} in the feed parser); check the file",
                          source=source)
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            yield DecodeError("not a readable RSS/Atom feed (malformed XML); check the file", source=source)
        else:
            yield EmptyDocument("feed has no items", source=source)
        return
    feed_title = parsed.get("feed", {}).get("title")
    for number, entry in enumerate(entries, 1):
        item = f"{source}#{number}"
        meta = {"title": entry.get("title"), "date": _iso_date(entry), "feed": feed_title, "feed_source": source}
        meta = {key: value for key, value in meta.items() if value}
        link = entry.get("link")
        # Atom ids double as links in feedparser ("urn:..."); only web links name a page.
        web_link = web_url(link)
        content = _full_content(entry)
        error: InputError | None = None
        if link:
            try:
                doc = fetch_item(link, item)
                doc.meta = {**meta, **doc.meta}
                yield doc
                continue
            except InputError as exc:
                exc.source = item
                error = exc
        if content:
            meta["content_from"] = "feed"
            yield RawDocument(source=item, data=content.encode("utf-8"), kind="html", url=web_link, encoding="utf-8", meta=meta)
        elif error is not None:
            yield error
        else:
            yield EmptyDocument("feed item has neither a link nor full content", source=item)
