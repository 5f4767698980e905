"""Turn bytes of a known or sniffed format into raw documents: JSON, JSONL, `detente code` records, the sniffers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from ..errors import DecodeError, EmptyDocument, InputError, TooLarge
from ..model import RawDocument
from .lines import LongLine, capped_lines

_SURROGATE = re.compile("[\ud800-\udfff]")


def mend_surrogates(text: str) -> str:
    """`text` with each lone surrogate (a JSON escape such as "\\ud800" with no partner, which no
    UTF-8 text can hold) replaced by U+FFFD, as a lenient decoder replaces a bad byte; the length
    and every other character stay as they are."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def mend_json(value: Any, depth: int = 8) -> Any:
    """A JSON value with lone surrogates mended in its strings (`mend_surrogates`), down to `depth`
    levels: what detente reads of a document or a request lies near the top, and a value nested
    past Python's recursion limit must not make the mending itself fail."""
    if isinstance(value, str):
        return mend_surrogates(value)
    if depth <= 0:
        return value
    if isinstance(value, list):
        return [mend_json(v, depth - 1) for v in value]
    if isinstance(value, dict):
        return {mend_json(k, 0): mend_json(v, depth - 1) for k, v in value.items()}
    return value


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


def web_url(value: Any) -> str | None:
    """`value` as a link when it is an http(s) URL with a host, else None.

    Only such URLs are stored as an article's link: a ``javascript:``, ``data:`` or ``vbscript:``
    URL from a JSON field or a WARC header would otherwise run script in the dashboard's origin
    when its "original" link is clicked. Control characters and inner whitespace (which browsers
    strip, so ``java\tscript:`` is ``javascript:``) refuse the URL outright.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1" and friends
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not url[len(parts.scheme):].startswith("://"):
        return None
    return url


def object_document(source: str, obj: Any) -> RawDocument:
    """One JSON object with "text" or "html" (optional url/title/date/author) -> RawDocument.

    Only string metadata is kept, and the url only when it is an http(s) URL (`web_url`): any
    other url is dropped and the document is named by its source instead.
    """
    if not isinstance(obj, dict):
        raise DecodeError(
            f"expected a JSON object with 'text' or 'html', got {type(obj).__name__}", source=source
        )
    obj = mend_json(obj)
    meta = {key: obj[key] for key in ("title", "date", "author") if isinstance(obj.get(key), str)}
    url = web_url(obj.get("url"))
    for key, kind in (("html", "html"), ("text", "text")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return RawDocument(source=source, data=value.encode("utf-8"), kind=kind, url=url, encoding="utf-8", meta=meta)
    raise EmptyDocument("JSON object has no non-empty 'text' or 'html' string; add one of the two", source=source)


_TOO_DEEP = "nested too deeply to read (over Python's recursion limit); no news document needs that"


def _loads(text: str) -> Any:
    """`json.loads`, with nesting past the recursion limit as a JSONDecodeError-like ValueError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise _Deep() from None


class _Deep(ValueError):
    pass


def json_documents(source: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """A JSON file: one object, or an array of objects (items named ``source#n``, from 1)."""
    try:
        value = _loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield DecodeError(f"JSON input is not UTF-8 (byte {exc.start}); save it as UTF-8", source=source)
        return
    except json.JSONDecodeError as exc:
        yield DecodeError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source=source)
        return
    except _Deep:
        yield DecodeError(f"JSON {_TOO_DEEP}", source=source)
        return
    if isinstance(value, list):
        if not value:
            yield EmptyDocument("JSON array is empty: no documents in it", source=source)
        for number, obj in enumerate(value, 1):
            yield _safe(f"{source}#{number}", obj)
    else:
        yield _safe(source, value)


def _json_line(line: bytes | LongLine, number: int, max_bytes: int, source: str) -> Any:
    """One JSON Lines line parsed, or the `InputError` (named `source`) that says why it cannot be."""
    if isinstance(line, LongLine):
        return TooLarge(f"line {number} is {line.size:,} bytes, over the {max_bytes}-byte cap (FetchOptions.max_bytes); "
                        "not read", source=source)
    try:
        return _loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return DecodeError(f"line {number} is not UTF-8 (byte {exc.start}); save the file as UTF-8", source=source)
    except json.JSONDecodeError as exc:
        return DecodeError(f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}", source=source)
    except _Deep:
        return DecodeError(f"line {number}: JSON {_TOO_DEEP}", source=source)


def _is_blank(line: bytes | LongLine) -> bool:
    return isinstance(line, bytes) and not line.strip()


def jsonl_documents(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """JSON Lines: one object per line, read line by line with a cap (items named ``source#<line>``)."""
    found = False
    for number, line in enumerate(capped_lines(stream, max_bytes), 1):
        if _is_blank(line):
            continue
        found = True
        item = f"{source}#{number}"
        obj = _json_line(line, number, max_bytes, item)
        yield obj if isinstance(obj, InputError) else _safe(item, obj)
    if not found:
        yield EmptyDocument("empty JSON Lines file: no documents in it", source=source)


_SCALAR = (str, int, float, bool, type(None))


def jsonl_records(stream: BinaryIO, *, max_bytes: int) -> Iterator[dict | InputError]:
    """`detente code` input: one JSON object per line, each line on its own.

    A line that cannot be a record (over `max_bytes`, not UTF-8, not JSON, nested too deeply, not
    an object, an ``id`` or ``date`` that is not a string or number) comes as an `InputError`
    named ``line N``; blank lines are skipped. Every other line is its dict, in order.
    """
    for number, line in enumerate(capped_lines(stream, max_bytes), 1):
        if _is_blank(line):
            continue
        where = f"line {number}"
        obj = _json_line(line, number, max_bytes, where)
        if isinstance(obj, InputError):
            yield obj
        elif not isinstance(obj, dict):
            yield DecodeError(f"line {number}: expected a JSON object, got {type(obj).__name__}", source=where)
        elif not all(isinstance(obj.get(key), _SCALAR) for key in ("id", "date")):
            yield DecodeError(f"line {number}: 'id' and 'date' must be strings or numbers", source=where)
        else:
            yield mend_json(obj)


def _safe(source: str, obj: Any) -> RawDocument | InputError:
    try:
        return object_document(source, obj)
    except InputError as exc:
        return exc
