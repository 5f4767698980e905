"""Turn bytes of a known or sniffed format into raw documents: JSON, JSONL and the sniffers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import DecodeError, EmptyDocument, InputError, TooLarge
from ..model import RawDocument

_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|p|div|h1|title)\b", re.IGNORECASE)
_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)


def _head(data: bytes, size: int = 4096) -> bytes:
    return data[:size].lstrip(b"\xef\xbb\xbf \t\r\n")


def looks_like_feed(data: bytes) -> bool:
    """RSS, Atom or RDF root element near the top, before any <html>."""
    head = _head(data)
    feed = _FEED.search(head)
    html = re.search(rb"<html\b", head, re.IGNORECASE)
    return bool(feed) and (html is None or html.start() > feed.start())


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML.search(_head(data, 2048)))


def looks_like_json(data: bytes) -> bool:
    return _head(data, 16)[:1] in (b"{", b"[")


def object_document(source: str, obj: Any) -> RawDocument:
    """One JSON object with "text" or "html" (optional url/title/date/author) -> RawDocument."""
    if not isinstance(obj, dict):
        raise DecodeError(
            f"expected a JSON object with 'text' or 'html', got {type(obj).__name__}", source=source
        )
    meta = {key: obj[key] for key in ("title", "date", "author") if obj.get(key) is not None}
    url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
    for key, kind in (("html", "html"), ("text", "text")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return RawDocument(source=source, data=value.encode("utf-8"), kind=kind, url=url, encoding="utf-8", meta=meta)
    raise EmptyDocument("JSON object has no non-empty 'text' or 'html' string; add one of the two", source=source)


def json_documents(source: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """A JSON file: one object, or an array of objects (items named ``source#n``, from 1)."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield DecodeError(f"JSON input is not UTF-8 (byte {exc.start}); save it as UTF-8", source=source)
        return
    except json.JSONDecodeError as exc:
        yield DecodeError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source=source)
        return
    if isinstance(value, list):
        if not value:
            yield EmptyDocument("JSON array is empty: no documents in it", source=source)
        for number, obj in enumerate(value, 1):
            yield _safe(f"{source}#{number}", obj)
    else:
        yield _safe(source, value)


def jsonl_documents(source: str, lines: Iterable[bytes], max_bytes: int) -> Iterator[RawDocument | InputError]:
    """JSON Lines: one object per line, read line by line (items named ``source#<line>``)."""
    found = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        found = True
        item = f"{source}#{number}"
        if len(line) > max_bytes:
            yield TooLarge(f"line {number} is over the {max_bytes}-byte cap (FetchOptions.max_bytes)", source=item)
            continue
        try:
            obj = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield DecodeError(f"line {number} is not UTF-8 (byte {exc.start}); save the file as UTF-8", source=item)
            continue
        except json.JSONDecodeError as exc:
            yield DecodeError(f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}", source=item)
            continue
        yield _safe(item, obj)
    if not found:
        yield EmptyDocument("empty JSON Lines file: no documents in it", source=source)


def _safe(source: str, obj: Any) -> RawDocument | InputError:
    try:
        return object_document(source, obj)
    except InputError as exc:
        return exc
