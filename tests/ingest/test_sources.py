"""iter_documents over every input kind, and bad inputs that must not stop the batch."""

from __future__ import annotations

import gzip
import io
import json
import types

import httpx
import pytest
from warcio.warcwriter import WARCWriter

from detente.errors import BlockedURL, DecodeError, EmptyDocument, FetchError, InputError, SourceNotFound, TooLarge
from detente.extract import extract
from detente.ingest import FetchOptions, iter_documents
from detente.model import RawDocument

from .conftest import FIXTURES, fake_resolve, html_page, response_record, web

ARTICLE = (FIXTURES / "article.html").read_bytes()
TEXT = (
    "Talks resume in Doha\n\nNegotiators from both sides returned to Doha on Monday to resume talks on a "
    "ceasefire and the release of prisoners, mediators said in a short statement.\n"
).encode()


def docs(inputs, **kwargs):
    kwargs.setdefault("resolve", fake_resolve)
    return list(iter_documents(inputs, **kwargs))


def test_is_lazy_generator(tmp_path):
    (tmp_path / "a.html").write_bytes(ARTICLE)
    gen = iter_documents([str(tmp_path / "a.html"), "/definitely/missing"])
    assert isinstance(gen, types.GeneratorType)
    first = next(gen)
    assert isinstance(first, RawDocument)


def test_files_of_each_kind(tmp_path):
    (tmp_path / "a.html").write_bytes(ARTICLE)
    (tmp_path / "b.htm").write_bytes(ARTICLE)
    (tmp_path / "c.txt").write_bytes(TEXT)
    out = docs([str(tmp_path / n) for n in ("a.html", "b.htm", "c.txt")])
    assert [d.kind for d in out] == ["html", "html", "text"]
    assert out[0].source == str(tmp_path / "a.html") and out[0].data == ARTICLE
    assert extract(out[2]).title == "Talks resume in Doha"


def test_gzip_files(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(ARTICLE))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(TEXT))
    out = docs([str(tmp_path / "a.html.gz"), str(tmp_path / "c.txt.gz")])
    assert [(d.kind, d.data) for d in out] == [("html", ARTICLE), ("text", TEXT)]


def test_gzip_bomb_is_too_large(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000))
    (tmp_path / "ok.html").write_bytes(ARTICLE)
    out = docs([str(bomb), str(tmp_path / "ok.html")], fetch=FetchOptions(max_bytes=1_000_000))
    assert isinstance(out[0], TooLarge) and "gzip bomb" in out[0].message and out[0].source == str(bomb)
    assert isinstance(out[1], RawDocument)


def test_damaged_gzip(tmp_path):
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (out,) = docs([str(bad)])
    assert isinstance(out, DecodeError) and "gzip" in out.message


def test_plain_file_over_cap(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)
    (out,) = docs([str(tmp_path / "big.txt")], fetch=FetchOptions(max_bytes=100))
    assert isinstance(out, TooLarge)


def test_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.html").write_bytes(ARTICLE)
    (tmp_path / "a" / "y.txt").write_bytes(TEXT)
    (tmp_path / "a" / "x.html.gz").write_bytes(gzip.compress(ARTICLE))
    (tmp_path / "a" / "notes.md").write_text("ignored")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.html").write_bytes(ARTICLE)
    (tmp_path / ".git" / "c.html").write_bytes(ARTICLE)
    (tmp_path / "top.HTML").write_bytes(ARTICLE)
    out = docs([str(tmp_path)])
    names = [d.source[len(str(tmp_path)) + 1:] for d in out]
    assert names == ["top.HTML", "a/x.html.gz", "a/y.txt", "b/z.html"]


def test_stdin_sniffs_html_and_text():
    (html_doc,) = docs(["-"], stdin=io.BytesIO(ARTICLE))
    (text_doc,) = docs(["-"], stdin=io.BytesIO(TEXT))
    assert (html_doc.kind, html_doc.source) == ("html", "-")
    assert text_doc.kind == "text"
    (gz_doc,) = docs(["-"], stdin=io.BytesIO(gzip.compress(TEXT)))
    assert gz_doc.data == TEXT


def test_stdin_text_starting_with_bracket_stays_text():
    data = b"[Updated] Talks resume in Doha as negotiators return to the table on Monday morning."
    (doc,) = docs(["-"], stdin=io.BytesIO(data))
    assert doc.kind == "text" and doc.data == data


def test_json_object_and_array(tmp_path):
    one = {"text": TEXT.decode(), "url": "https://news.example/doha", "title": "Doha talks", "date": "2024-05-06"}
    (tmp_path / "one.json").write_text(json.dumps(one))
    many = [{"html": ARTICLE.decode()}, {"text": "x" * 50, "title": "T"}, {"nothing": 1}, 5]
    (tmp_path / "many.json").write_text(json.dumps(many))
    out = docs([str(tmp_path / "one.json"), str(tmp_path / "many.json")])
    assert out[0].kind == "text" and out[0].url == "https://news.example/doha"
    assert out[0].meta == {"title": "Doha talks", "date": "2024-05-06"} and out[0].source == str(tmp_path / "one.json")
    assert out[1].kind == "html" and out[1].source.endswith("many.json#1")
    assert out[2].meta == {"title": "T"}
    assert isinstance(out[3], EmptyDocument) and out[3].source.endswith("many.json#3")
    assert isinstance(out[4], DecodeError) and "got int" in out[4].message
    article = extract(out[0])
    assert article.title == "Doha talks" and article.date.isoformat() == "2024-05-06"


def test_jsonl_line_by_line_with_bad_lines(tmp_path):
    lines = [json.dumps({"text": TEXT.decode()}), "", "{not json", json.dumps({"html": ARTICLE.decode(), "url": "https://x.example/"})]
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    out = docs([str(path)])
    assert [type(d).__name__ for d in out] == ["RawDocument", "DecodeError", "RawDocument"]
    assert out[0].source == f"{path}#1" and out[1].source == f"{path}#3" and "line 3" in out[1].message
    assert out[2].url == "https://x.example/"


def test_invalid_json_file(tmp_path):
    (tmp_path / "bad.json").write_text('{"text": ')
    (out,) = docs([str(tmp_path / "bad.json")])
    assert isinstance(out, DecodeError) and "invalid JSON" in out.message


def _warc(path, records):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for uri, content_type, body, status in records:
            writer.write_record(response_record(writer, uri, body, content_type, status))
        writer.write_record(writer.create_warc_record("urn:x", "warcinfo", payload=io.BytesIO(b"software: test")))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses(tmp_path, name):
    path = tmp_path / name
    _warc(
        path,
        [
            ("https://news.example/vienna", "text/html; charset=utf-8", ARTICLE, "200 OK"),
            ("https://news.example/logo.png", "image/png", b"\x89PNG", "200 OK"),
            ("https://news.example/moved", "text/html", b"", "301 Moved"),
            ("https://news.example/two", "text/html", ARTICLE, "200 OK"),
        ],
    )
    out = docs([str(path)])
    assert [d.source for d in out] == [f"{path}#1", f"{path}#4"]
    assert out[0].url == "https://news.example/vienna" and out[0].encoding == "utf-8" and out[0].kind == "html"
    assert out[0].fetched_at
    assert "Vienna" in extract(out[0]).text


def test_damaged_warc(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file at all\r\n\r\n")
    (tmp_path / "ok.txt").write_bytes(TEXT)
    out = docs([str(path), str(tmp_path / "ok.txt")])
    assert isinstance(out[0], DecodeError) and "WARC" in out[0].message
    assert isinstance(out[1], RawDocument)


def test_rss_feed_fetches_links_and_falls_back_to_content():
    transport = web({"https://news.example/vienna": html_page()})
    path = str(FIXTURES / "rss.xml")
    out = docs([path], transport=transport)
    assert [type(d).__name__ for d in out] == ["RawDocument", "RawDocument", "FetchError"]
    first, second, third = out
    assert first.source == f"{path}#1" and first.url == "https://news.example/vienna"
    assert first.meta["title"] == "Ministers meet in Vienna on nuclear talks" and first.meta["date"] == "2024-11-05"
    assert first.meta["feed"] == "Example World News"
    assert second.meta["content_from"] == "feed" and second.url == "https://news.example/geneva-gone"
    assert "Canada and Mexico" in extract(second).text
    assert extract(second).date.isoformat() == "2024-11-06"
    assert third.source == f"{path}#3" and "HTTP 404" in third.message


def test_atom_feed_from_url():
    atom = httpx.Response(200, content=(FIXTURES / "atom.xml").read_bytes(), headers={"content-type": "application/atom+xml"})
    transport = web({"https://news.example/feed": atom, "https://news.example/vienna": html_page()})
    out = docs(["https://news.example/feed"], transport=transport)
    assert [d.source for d in out] == ["https://news.example/feed#1", "https://news.example/feed#2"]
    assert out[0].url == "https://news.example/vienna"
    assert out[1].meta["title"] == "Summit postponed after border clash" and out[1].url is None
    assert "India and China" in extract(out[1]).text


def test_feed_item_link_to_private_address_is_blocked_but_batch_goes_on(tmp_path):
    feed = (FIXTURES / "rss.xml").read_text().replace("https://news.example/missing", "http://meta.example/x")
    (tmp_path / "f.rss").write_text(feed)
    out = docs([str(tmp_path / "f.rss")], transport=web({"https://news.example/vienna": html_page()}))
    assert isinstance(out[2], BlockedURL) and out[2].source.endswith("f.rss#3")


def test_url_input_records_encoding_and_final_url():
    page = html_page(**{"content-type": "text/html; charset=windows-1252"})
    transport = web({"https://news.example/a": httpx.Response(301, headers={"location": "/b"}), "https://news.example/b": page})
    (doc,) = docs(["https://news.example/a"], transport=transport)
    assert doc.source == "https://news.example/a" and doc.url == "https://news.example/b"
    assert doc.encoding == "windows-1252" and doc.kind == "html" and doc.fetched_at


def test_bad_inputs_each_yield_one_error_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes(TEXT + "Déjà vu in the café, the envoy said.\n".encode("utf-8") + b"bad \xff\xfe byte\n")
    (tmp_path / "nav.html").write_bytes(b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>")
    (tmp_path / "good.html").write_bytes(ARTICLE)
    inputs = [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.html"),
        str(tmp_path / "missing.html"),
        "https://unreachable.example/page",
        "ftp://news.example/file.txt",
        str(tmp_path / "latin.txt"),
        str(tmp_path / "nav.html"),
        str(tmp_path / "good.html"),
    ]
    results = []
    for item in iter_documents(inputs, transport=web({}), resolve=fake_resolve):
        if isinstance(item, InputError):
            results.append(item)
            continue
        try:
            results.append(extract(item))
        except InputError as exc:
            results.append(exc)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["EmptyDocument", "DecodeError", "SourceNotFound", "FetchError", "BlockedURL", "Article", "EmptyDocument", "Article"]
    for r, given in zip(results, inputs):
        if isinstance(r, InputError):
            assert r.source == given
            assert "\n" not in str(r) and len(r.message) < 300
    assert "PDF" in results[1].message
    assert "could not resolve" in results[3].message
    assert "Déjà vu" in results[5].text and "\ufffd" in results[5].text
    assert results[6].message.startswith("no article text found")


def test_missing_path_and_schemes():
    out = docs(["/no/such/file.html", "javascript:alert(1)", "file:///etc/passwd"])
    assert isinstance(out[0], SourceNotFound)
    assert all(isinstance(e, BlockedURL) for e in out[1:])
    assert all(isinstance(e, FetchError) for e in out[1:])
