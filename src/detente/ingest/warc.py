"""WARC archives: one document per HTML response record, streamed record by record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from ..errors import DecodeError, EmptyDocument, InputError, TooLarge
from ..model import RawDocument
from .formats import looks_like_html, web_url

#: The longest WARC or HTTP header line read (bytes). warcio reads header lines whole, and
#: joins the pieces of a long one quadratically: one 2 GiB header line took 4.2 GB and 2 min 17 s.
#: Real header lines (long URLs, cookies, CSP) stay far below a mebibyte.
MAX_HEADER_LINE = 1 << 20


class _LineTooLong(Exception):
    pass


class _CappedReader(DecompressingBufferedReader):
    """warcio's reader with every ``readline`` capped at MAX_HEADER_LINE bytes."""

    def readline(self, length=None):
        limit = MAX_HEADER_LINE + 1 if length is None or length < 0 else min(length, MAX_HEADER_LINE + 1)
        line = super().readline(limit)
        if len(line) > MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise _LineTooLong()
        return line


def _archive_records(stream: BinaryIO) -> ArchiveIterator:
    records = ArchiveIterator(stream)
    records.reader = _CappedReader(records.fh, block_size=records.reader.block_size)  # nothing read yet
    return records


def warc_documents(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Yield the HTML ``response`` records of a WARC (gzipped or not) as ``source#n``.

    n counts every record in the file from 1, so ``#n`` finds the record again. Other record types,
    non-HTML payloads and non-2xx responses (redirects, error pages) are not articles and are passed.
    """
    number = found = 0
    try:
        for record in _archive_records(stream):
            number += 1
            if record.format != "warc":  # warcio also reads old ARC files, and takes garbage for one
                yield DecodeError(f"not a WARC file (record {number} has no WARC header)", source=source)
                return
            if record.rec_type != "response":
                continue
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                content_type = (http.get_header("Content-Type") or "").lower()
            else:
                content_type = ""
            item = f"{source}#{number}"
            payload = record.content_stream().read(max_bytes + 1)
            if content_type and "html" not in content_type:
                continue
            if not content_type and not looks_like_html(payload):
                continue
            if len(payload) > max_bytes:
                yield TooLarge(f"WARC record over the {max_bytes}-byte cap (FetchOptions.max_bytes)", source=item)
                continue
            charset = None
            if "charset=" in content_type:
                charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
            found += 1
            yield RawDocument(
                source=item,
                data=payload,
                kind="html",
                url=web_url(record.rec_headers.get_header("WARC-Target-URI")),  # a link only when http(s)
                encoding=charset,
                fetched_at=record.rec_headers.get_header("WARC-Date"),
            )
        if not found:
            yield EmptyDocument(f"WARC file has no HTML response records ({number} records read)", source=source)
    except _LineTooLong:
        yield TooLarge(f"WARC file has a header line over the {MAX_HEADER_LINE:,}-byte cap after record {number}; "
                       "the rest of the file is not read", source=source)
    except ArchiveLoadFailed as exc:
        reason = " ".join(str(exc).split())[:200]
        yield DecodeError(f"not a readable WARC file after record {number} ({reason})", source=source)
    except (OSError, EOFError, ValueError) as exc:  # truncated gzip member, bad record lengths
        yield DecodeError(f"WARC file is damaged after record {number} ({type(exc).__name__}: {exc})", source=source)
    except (AttributeError, TypeError, KeyError, IndexError) as exc:
        # warcio trips over records it does not expect (a response without WARC-Target-URI raises
        # AttributeError): the file is malformed, and only this file fails.
        reason = " ".join(str(exc).split())[:200]
        yield DecodeError(f"malformed WARC record after record {number} ({type(exc).__name__}: {reason})", source=source)
