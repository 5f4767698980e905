"""Hostile inputs that once stopped a whole batch or reached the dashboard (issue 12, items 1-4).

Each fails its one document (or record, or line) with a one-line reason; every other document
of the batch is still read.
"""

from __future__ import annotations

import gzip
import io
import json

import httpx
import pytest
from warcio.warcwriter import WARCWriter

from detente.errors import DecodeError, FetchError, InputError, TooLarge
from detente.ingest import FetchOptions, fetch, iter_documents
from detente.ingest.formats import jsonl_records, web_url
from detente.ingest.lines import capped_lines
from detente.ingest.warc import MAX_HEADER_LINE
from detente.model import RawDocument

from .conftest import FIXTURES, fake_resolve, html_page, response_record, web

ARTICLE = (FIXTURES / "article.html").read_bytes()
TEXT = "Negotiators returned to Doha on Monday to resume talks on a ceasefire, mediators said."
DEEP = 100_000  # far past any recursion limit


def nested(depth: int = DEEP) -> str:
    return "[" * depth + "]" * depth


def docs(inputs, **kwargs):
    kwargs.setdefault("resolve", fake_resolve)
    return list(iter_documents(inputs, **kwargs))


def one_line(item: InputError) -> None:
    assert item.message and "\n" not in item.message


# -- 1. nested JSON ---------------------------------------------------------------------------------


def test_nested_json_fails_its_document_and_the_folder_goes_on(tmp_path):
    (tmp_path / "a.json").write_text(nested())
    (tmp_path / "b.json").write_text('[{"text": "' + TEXT + '"}, {"text": ' + nested() + "}]")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": TEXT}) + "\n" + '{"text": ' + nested() + "}\n"
                                      + json.dumps({"text": TEXT + " Again."}) + "\n")
    (tmp_path / "d.html").write_bytes(ARTICLE)
    out = docs([str(tmp_path)])
    by = {item.source.replace(str(tmp_path) + "/", ""): item for item in out}
    assert isinstance(by["a.json"], DecodeError) and "nested too deeply" in by["a.json"].message
    assert isinstance(by["b.json"], DecodeError) and "nested too deeply" in by["b.json"].message
    assert isinstance(by["c.jsonl#1"], RawDocument) and isinstance(by["c.jsonl#3"], RawDocument)
    assert isinstance(by["c.jsonl#2"], DecodeError) and "line 2" in by["c.jsonl#2"].message
    assert isinstance(by["d.html"], RawDocument) and by["d.html"].data == ARTICLE
    for item in out:
        if isinstance(item, InputError):
            one_line(item)


def test_nested_json_on_stdin_is_one_failure():
    (item,) = docs(["-"], stdin=io.BytesIO(('{"text": ' + nested() + "}").encode()))
    assert isinstance(item, (RawDocument, InputError))  # read as text or refused; never raised


def test_json_metadata_keeps_strings_only(tmp_path):
    obj = {"text": TEXT, "title": json.loads("[" * 500 + "]" * 500), "date": 20240506, "author": "A. Writer"}
    (tmp_path / "m.json").write_text(json.dumps(obj))
    (doc,) = docs([str(tmp_path / "m.json")])
    assert doc.meta == {"author": "A. Writer"}


# -- 2. malformed redirects -------------------------------------------------------------------------

MALFORMED = ["http:\\\\host\\x", "http:x", "http://xn--/", "https://xn--ls8h.example/", "http://[::1", "http://a b/",
             "http://\x7f/", "https:", "http://%zz/", "http://xn--a.example/", "http://" + "a" * 300 + ".example/"]


@pytest.mark.parametrize("location", MALFORMED)
def test_malformed_redirect_is_a_fetch_error(location):
    pages = {"https://news.example/a": httpx.Response(302, headers={"location": location})}
    with pytest.raises(FetchError) as info:
        fetch("https://news.example/a", transport=web(pages), resolve=fake_resolve)
    assert info.value.source == "https://news.example/a"
    one_line(info.value)


@pytest.mark.parametrize("url", ["http://xn--/", "https://xn--ls8h.example/", "http://xn--a.example/"])
def test_malformed_host_given_directly_is_a_fetch_error(url):
    with pytest.raises(FetchError):
        fetch(url, transport=web({}), resolve=fake_resolve)


def test_feed_and_page_list_go_on_past_malformed_redirects(tmp_path):
    feed = (FIXTURES / "rss.xml").read_text()
    (tmp_path / "f.rss").write_text(feed)
    pages = {"https://news.example/vienna": httpx.Response(302, headers={"location": "http://xn--/"}),
             "https://news.example/bad": httpx.Response(301, headers={"location": "http:\\\\host\\x"}),
             "https://news.example/good": html_page()}
    out = docs([str(tmp_path / "f.rss"), "https://news.example/bad", "https://news.example/good"], transport=web(pages))
    kinds = [type(d).__name__ for d in out]
    assert kinds[0] == "RawDocument" or kinds[0] == "FetchError"  # the item falls back to its feed content
    assert kinds[-2:] == ["FetchError", "RawDocument"]
    assert out[-2].source == "https://news.example/bad"


# -- 3. only http(s) URLs are links ----------------------------------------------------------------------

HOSTILE_URLS = ["javascript:alert(document.domain)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/x",
                "file:///etc/passwd", "http:x", "https://", "http://ok.example/\nx", "urn:uuid:1", ""]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_non_web_urls_are_not_links(url):
    assert web_url(url) is None


@pytest.mark.parametrize("url", ["https://news.example/a?b=c#d", "HTTP://News.Example/A", "http://127.0.0.1:8000/x",
                                 " https://news.example/padded "])
def test_web_urls_are_kept(url):
    assert web_url(url) == url.strip()


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_json_and_jsonl_inputs_store_no_script_url(tmp_path, url):
    (tmp_path / "a.json").write_text(json.dumps({"text": TEXT, "url": url}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT, "url": url}) + "\n")
    out = docs([str(tmp_path / "a.json"), str(tmp_path / "b.jsonl")])
    assert [d.url for d in out] == [None, None]


def test_warc_target_uri_that_is_not_http_is_not_a_link(tmp_path):
    path = tmp_path / "x.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri in ("javascript:alert(document.domain)", "https://news.example/ok"):
            writer.write_record(response_record(writer, uri, ARTICLE))
    out = docs([str(path)])
    assert [d.url for d in out] == [None, "https://news.example/ok"]


def test_warc_response_without_target_uri_fails_its_file_only(tmp_path):
    path = tmp_path / "nouri.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        record = response_record(writer, "https://x.example/", ARTICLE)
        record.rec_headers.remove_header("WARC-Target-URI")  # warcio then raised AttributeError
        writer.write_record(record)
    (tmp_path / "ok.html").write_bytes(ARTICLE)
    out = docs([str(path), str(tmp_path / "ok.html")])
    assert isinstance(out[0], DecodeError) and "malformed WARC" in out[0].message
    assert isinstance(out[1], RawDocument)


# -- 4. lines read with a cap --------------------------------------------------------------------------


def test_capped_lines_never_hold_an_oversized_line():
    data = b"short\n" + b"x" * 5000 + b"\nafter\n" + b"y" * 5000
    got = list(capped_lines(io.BytesIO(data), 100, chunk=64))
    assert got[0] == b"short\n" and got[2] == b"after\n"
    assert got[1].size == 5001 and got[3].size == 5000  # LongLine: the size, not the bytes


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 20])
def test_capped_lines_split_like_splitlines(chunk):
    data = b"a\n\nbb\r\nccc\n" + b"d" * 10 + b"\nlast"
    got = list(capped_lines(io.BytesIO(data), 1000, chunk=chunk))
    assert got == data.splitlines(keepends=True)


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
def test_jsonl_line_over_the_cap_fails_alone(tmp_path, name):
    body = (json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": TEXT + "!"}) + "\n").encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(body) if name.endswith(".gz") else body)
    out = docs([str(path)], fetch=FetchOptions(max_bytes=1000))
    assert [type(d).__name__ for d in out] == ["RawDocument", "TooLarge", "RawDocument"]
    assert "1000-byte cap" in out[1].message and "line 2" in out[1].message and out[1].source == f"{path}#2"


def test_warc_header_line_over_the_cap_is_refused_with_the_records_before_it(tmp_path):
    path = tmp_path / "long.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(response_record(writer, "https://news.example/ok", ARTICLE))
        out.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: " + b"a" * (MAX_HEADER_LINE * 3) + b"\r\n\r\n"))
    out = docs([str(path)])
    assert isinstance(out[0], RawDocument) and out[0].url == "https://news.example/ok"
    assert isinstance(out[1], TooLarge) and f"{MAX_HEADER_LINE:,}-byte" in out[1].message
    one_line(out[1])


# -- `detente code` input ------------------------------------------------------------------------------


def test_code_records_fail_line_by_line():
    lines = [
        json.dumps({"id": "a", "text": TEXT}).encode(),
        b'{"id": "deep", "text": ' + nested(5000).encode() + b"}",
        b'{"id": "latin", "text": "caf\xe9"}',
        b"",
        b"{not json",
        json.dumps({"id": json.loads("[" * 500 + "]" * 500), "text": TEXT}).encode(),
        json.dumps({"id": "big", "text": "x" * 30_000}).encode(),
        b"[1, 2]",
        json.dumps({"id": 7, "text": TEXT, "date": "2024-05-06"}).encode(),
    ]
    out = list(jsonl_records(io.BytesIO(b"\n".join(lines) + b"\n"), max_bytes=20_000))
    assert len(out) == 8  # the blank line is no record
    assert out[0] == {"id": "a", "text": TEXT}
    assert out[-1]["id"] == 7
    errors = out[1:7]
    assert [type(e).__name__ for e in errors] == ["DecodeError", "DecodeError", "DecodeError", "DecodeError", "TooLarge",
                                                  "DecodeError"]
    assert [e.source for e in errors] == ["line 2", "line 3", "line 5", "line 6", "line 7", "line 8"]
    assert "nested too deeply" in errors[0].message and "not UTF-8" in errors[1].message
    assert "'id'" in errors[3].message and "20000-byte cap" in errors[4].message
    for e in errors:
        one_line(e)
