"""Decoding: BOMs, declared charsets, UTF-8, the cp1252 fallback and binary refusal."""

from __future__ import annotations

import codecs

import pytest

from detente.errors import DecodeError, EmptyDocument
from detente.extract import extract
from detente.extract.decode import decode, sniff_charset
from detente.model import RawDocument

SENTENCE = "Le ministre a déclaré à Genève que les négociations reprendront “bientôt” – et c’est tout. "


@pytest.mark.parametrize(
    "bom, codec",
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
)
def test_bom(bom, codec):
    text, encoding = decode(bom + SENTENCE.encode(codec))
    assert text == SENTENCE and encoding == codec


def test_utf16_without_bom():
    text, encoding = decode(SENTENCE.encode("utf-16-le"))
    assert text == SENTENCE and encoding == "utf-16-le"


def test_declared_charset_wins_over_utf8_guess():
    data = "Ελλάδα και Τουρκία".encode("iso-8859-7")
    assert decode(data, "iso-8859-7") == ("Ελλάδα και Τουρκία", "iso8859-7")


def test_latin1_label_reads_as_cp1252():
    data = "“quoted” café".encode("cp1252")
    assert decode(data, "ISO-8859-1")[0] == "“quoted” café"


def test_meta_charset_is_sniffed():
    page = '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'.encode("cp1251")
    assert sniff_charset(page) == "windows-1251"
    assert "Москва" in decode(page)[0]
    assert "Москва" in decode(page.replace(b'<meta charset="windows-1251">', b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))[0]


def test_wrong_declaration_falls_back():
    data = SENTENCE.encode("utf-8")
    assert decode(data, "no-such-charset") == (SENTENCE, "utf-8")
    assert decode(data, "utf-8") == (SENTENCE, "utf-8")


def test_cp1252_fallback():
    data = SENTENCE.encode("cp1252")
    text, encoding = decode(data)
    assert text == SENTENCE and encoding == "cp1252"


def test_invalid_utf8_inside_utf8_text_is_replaced_not_fatal():
    data = SENTENCE.encode("utf-8") * 3 + b"\xff\xfe broken \xc3" + SENTENCE.encode("utf-8")
    text, encoding = decode(data)
    assert encoding == "utf-8" and text.count("déclaré") == 4 and "\ufffd" in text


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 50, "executable"),
        (bytes(range(256)) * 20, "NUL"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 200, "control"),
    ],
)
def test_binary_is_refused(data, what):
    with pytest.raises(DecodeError, match=what) as info:
        decode(data)
    assert "give HTML, text, JSON or WARC" in info.value.message


def test_extract_names_source_on_binary_and_empty():
    with pytest.raises(DecodeError) as info:
        extract(RawDocument(source="scan.pdf", data=b"%PDF-1.7 ...", kind="text"))
    assert info.value.source == "scan.pdf"
    with pytest.raises(EmptyDocument, match="empty"):
        extract(RawDocument(source="blank.txt", data=b" \n\t\n", kind="text"))


def test_stray_nul_bytes_are_tolerated():
    data = (SENTENCE * 50).encode() + b"\x00" + (SENTENCE * 50).encode()
    text, _ = decode(data)
    assert "\x00" not in text and text.startswith("Le ministre")
