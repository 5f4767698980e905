"""Bytes to text: BOM, declared charset, UTF-8, then a careful cp1252 fallback; binary refused."""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError

_SAMPLE = 65536

# File signatures of formats people feed a news engine by mistake (PDFs, images, archives, office).
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip data (name the file .gz so it is decompressed)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old MS Office document"),
    (b"\x7fELF", "an executable"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WEBP)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\x00asm", "a WebAssembly module"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG: browsers decode pages labelled Latin-1/ASCII as windows-1252, and so do we.
_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.+-]+)""")
# C0 controls other than tab/newline/formfeed/CR, DEL, and the C1 range: not in real prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares for itself (``<meta charset>`` or an XML declaration)."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte; say which half."""
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.7 and even < 0.1:
        return "utf-16-le"
    if even > 0.7 and odd < 0.1:
        return "utf-16-be"
    return None


def _binary(what: str) -> DecodeError:
    return DecodeError(f"binary content ({what}), not a text or HTML page; give HTML, text, JSON or WARC input")


def decode(data: bytes, declared: str | None = None, *, sniff_meta: bool = True) -> tuple[str, str]:
    """Decode document bytes to text; returns ``(text, encoding)``.

    Order: BOM, the declared charset (HTTP header, else ``<meta charset>`` when `sniff_meta`),
    strict UTF-8, then a fallback that keeps mostly-UTF-8 text as UTF-8 with U+FFFD for the bad
    bytes and otherwise reads cp1252. Raises `DecodeError` for binary content.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _binary(what)
    text = encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            text, encoding = data[len(bom):].decode(name, errors="replace"), name
            break
    if text is None:
        sample = data[:_SAMPLE]
        utf16 = _utf16_without_bom(sample) if b"\x00" in sample else None
        if utf16:
            text, encoding = data.decode(utf16, errors="replace"), utf16
        elif sample.count(0) > max(2, len(sample) // 1000):
            raise _binary("NUL bytes")
    if text is None:
        data = data.replace(b"\x00", b"")  # a few stray NULs in a real page: drop them
        for label in (declared, sniff_charset(data) if sniff_meta else None):
            name = _codec(label)
            # A UTF-16/32 label on bytes without a BOM or NULs is a lie (WHATWG reads it as UTF-8).
            if name and not name.startswith(("utf-16", "utf-32")):
                try:
                    text, encoding = data.decode(name), name
                    break
                except (UnicodeDecodeError, LookupError):
                    continue
    if text is None:
        text, encoding = _fallback(data)
    sample_text = text[:_SAMPLE]
    if sample_text and len(_CONTROL.findall(sample_text)) > max(8, len(sample_text) // 50):
        raise _binary("control characters")
    return text, encoding


def _fallback(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    # Valid multi-byte sequences outnumbering broken ones means UTF-8 with a few bad bytes;
    # cp1252 would turn every good one into mojibake ("â€™"), so replace the bad ones instead.
    if good >= bad:
        return lenient, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"
