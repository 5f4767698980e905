"""`iter_documents`: paths, folders, stdin and URLs in; raw documents (or typed errors) out, lazily."""

from __future__ import annotations

import gzip
import os
import re
import socket
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from ..errors import BlockedURL, DecodeError, EmptyDocument, InputError, SourceNotFound, TooLarge
from ..model import RawDocument
from .feeds import feed_documents
from .fetch import FetchOptions, Fetcher, Resolver
from .formats import json_documents, jsonl_documents, looks_like_feed, looks_like_html, looks_like_json
from .warc import warc_documents

#: File types read from folders (each also as ``.gz``); anything else in a folder is passed over.
EXTENSIONS = (".html", ".htm", ".txt", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc")
_FEED_EXT = (".xml", ".rss", ".atom")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def iter_documents(
    inputs: Iterable[str],
    *,
    fetch: FetchOptions = FetchOptions(),
    transport: httpx.BaseTransport | None = None,
    stdin: BinaryIO | None = None,
    resolve: Resolver = socket.getaddrinfo,
) -> Iterator[RawDocument | InputError]:
    """Yield a `RawDocument` per document found in `inputs`, or an `InputError` per failure.

    Inputs are files (``.html .htm .txt .json .jsonl``, feeds ``.xml .rss .atom``, ``.warc``,
    each optionally ``.gz``), folders (recursive, sorted, hidden entries and unknown extensions
    skipped), ``-`` for `stdin` (default ``sys.stdin.buffer``) and http(s) URLs (a feed URL gives
    its items). Nothing is raised for a bad input: its error is yielded and the batch goes on.
    Every document and error names its source: the input as given, the file's path inside a
    folder, or ``<input>#n`` for the n-th item (from 1) of a feed, JSON array, JSONL line or WARC.
    `transport` and `resolve` replace the network and DNS (tests use ``httpx.MockTransport``).
    """
    reader = _Reader(fetch, transport, resolve, stdin)
    try:
        for given in inputs:
            yield from _guarded(given, reader.read_input(given))
    finally:
        reader.close()


def _guarded(source: str, items: Iterator[RawDocument | InputError]) -> Iterator[RawDocument | InputError]:
    """`items`, and if their reader raises, one error naming `source` instead of the end of the batch.

    The readers yield their errors; this is the net under them, for a bug on input nobody thought
    of. The message says "unexpected" so that the fuzz tests, which forbid it, catch the bug.
    """
    try:
        yield from items
    except InputError as exc:
        exc.source = exc.source or source
        yield exc
    except Exception as exc:  # noqa: BLE001 - one input's failure, the others go on
        text = " ".join(str(exc).split())[:200] or "no message"
        yield InputError(f"unexpected {type(exc).__name__} while reading: {text} (please report this with the input)",
                         source=source)


class _Reader:
    def __init__(self, options: FetchOptions, transport, resolve: Resolver, stdin: BinaryIO | None):
        self.options, self.transport, self.resolve, self.stdin = options, transport, resolve, stdin
        self._fetcher: Fetcher | None = None

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:  # no HTTP client at all for a purely local batch
            self._fetcher = Fetcher(self.options, transport=self.transport, resolve=self.resolve)
        return self._fetcher

    def read_input(self, given: str) -> Iterator[RawDocument | InputError]:
        if given == "-":
            yield from self._stdin()
            return
        scheme = _SCHEME.match(given)
        path = Path(given)
        if scheme and not path.exists():
            if scheme.group(1).lower() in ("http", "https"):
                yield from self._url(given)
            else:
                yield BlockedURL(
                    f"unsupported scheme {scheme.group(1)}:; give a file, a folder, - (stdin) or an http(s) URL",
                    source=given,
                )
            return
        if path.is_dir():
            yield from self._folder(path)
        elif path.is_file():
            yield from self._file(path, given)
        else:
            yield SourceNotFound("no such file or folder; check the path", source=given)

    def _folder(self, root: Path) -> Iterator[RawDocument | InputError]:
        for folder, dirs, files in os.walk(root, onerror=None):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not _suffix(name):
                    continue
                path = str(Path(folder) / name)
                yield from _guarded(path, self._file(Path(folder) / name, path))

    def _file(self, path: Path, source: str) -> Iterator[RawDocument | InputError]:
        suffix = _suffix(path.name)
        compressed = suffix.endswith(".gz")
        base = suffix[:-3] if compressed else suffix
        cap = self.options.max_bytes
        try:
            if base.endswith(".warc"):
                with open(path, "rb") as stream:  # warcio reads gzip members itself
                    yield from warc_documents(source, stream, cap)
                return
            if base.endswith(".jsonl"):  # line by line, each line capped: never a whole file or line in memory
                with (gzip.open(path, "rb") if compressed else open(path, "rb")) as stream:
                    yield from jsonl_documents(source, stream, cap)
                return
            data = _read_gzip(path, cap, source) if compressed else _read_plain(path, cap, source)
        except InputError as exc:
            yield exc
            return
        except (OSError, EOFError, zlib.error) as exc:
            if compressed and not isinstance(exc, PermissionError):
                yield DecodeError(f"damaged gzip data ({exc}); check the file", source=source)
            else:
                yield InputError(f"cannot read file ({getattr(exc, 'strerror', None) or exc})", source=source)
            return
        yield from self._bytes(source, data, hint=base)

    def _stdin(self) -> Iterator[RawDocument | InputError]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = stream.read(self.options.max_bytes + 1)
        if len(data) > self.options.max_bytes:
            yield TooLarge(f"standard input is over the {self.options.max_bytes}-byte cap", source="-")
            return
        if data[:2] == b"\x1f\x8b":
            try:
                data = _gunzip(data, self.options.max_bytes, "-")
            except InputError as exc:
                yield exc
                return
        yield from self._bytes("-", data, hint=None)

    def _url(self, url: str) -> Iterator[RawDocument | InputError]:
        try:
            fetched = self.fetcher.get(url)
        except InputError as exc:
            yield exc
            return
        content_type = (fetched.content_type or "").lower()
        meta = {"fetched_url": fetched.url} if fetched.url != url else {}
        if looks_like_feed(fetched.data) or any(t in content_type for t in ("rss", "atom")):
            yield from feed_documents(url, fetched.data, self._fetch_item, base_url=fetched.url)
            return
        if "json" in content_type:
            yield from json_documents(url, fetched.data)
            return
        yield _page(url, fetched, meta)

    def _fetch_item(self, link: str, item: str) -> RawDocument:
        """A feed item's page: fetched, never expanded again as a feed."""
        return _page(item, self.fetcher.get(link))

    def _bytes(self, source: str, data: bytes, *, hint: str | None) -> Iterator[RawDocument | InputError]:
        if not data.strip():
            yield EmptyDocument("empty input: nothing to read", source=source)
            return
        if hint and hint.endswith(".json"):
            yield from json_documents(source, data)
        elif (hint and hint.endswith(_FEED_EXT)) or looks_like_feed(data):
            yield from feed_documents(source, data, self._fetch_item)
        elif hint is None and looks_like_json(data):
            docs = list(json_documents(source, data))
            if all(isinstance(d, RawDocument) for d in docs):
                yield from docs
            else:  # text that merely starts with a bracket
                yield RawDocument(source=source, data=data, kind="text")
        elif hint in (".html", ".htm") or looks_like_html(data):
            yield RawDocument(source=source, data=data, kind="html")
        else:
            yield RawDocument(source=source, data=data, kind="text")


def _suffix(name: str) -> str:
    """The known suffix of a file name, lowercased ('.html.gz', '.warc', '' when unknown)."""
    lower = name.lower()
    for ext in EXTENSIONS:
        for candidate in (ext + ".gz", ext):
            if lower.endswith(candidate):
                return candidate
    return ""


def _read_plain(path: Path, cap: int, source: str) -> bytes:
    size = path.stat().st_size
    if size > cap:
        raise TooLarge(f"file is {size} bytes, over the {cap}-byte cap (FetchOptions.max_bytes)", source=source)
    return path.read_bytes()


def _read_gzip(path: Path, cap: int, source: str) -> bytes:
    with gzip.open(path, "rb") as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise TooLarge(f"decompresses to over the {cap}-byte cap (a gzip bomb?); not read", source=source)
    return data


def _gunzip(data: bytes, cap: int, source: str) -> bytes:
    decompressor = zlib.decompressobj(wbits=47)  # gzip or zlib header, auto-detected
    try:
        out = decompressor.decompress(data, cap + 1)
    except zlib.error as exc:
        raise DecodeError(f"damaged gzip data ({exc})", source=source) from exc
    if len(out) > cap:
        raise TooLarge(f"decompresses to over the {cap}-byte cap (a gzip bomb?); not read", source=source)
    return out


def _kind_from_content(content_type: str, data: bytes) -> str:
    if "html" in content_type or "xml" in content_type:
        return "html"
    if content_type.startswith("text/plain"):
        return "text"
    return "html" if looks_like_html(data) else "text"


def _page(source: str, fetched, meta: dict | None = None) -> RawDocument:
    """The document a fetched response is, named `source`."""
    content_type = (fetched.content_type or "").lower()
    return RawDocument(
        source=source,
        data=fetched.data,
        kind=_kind_from_content(content_type, fetched.data),
        url=fetched.url,
        encoding=fetched.charset,
        fetched_at=fetched.fetched_at,
        meta=meta or {},
    )
