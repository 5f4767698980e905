"""Issue 12, the batch side: one bad input never stops a batch, line formats are read with a cap,
and the article page is drawn in linear time.

The memory bombs are built in a temporary folder in well under a second (a gzip member of one
repeated mebibyte, flushed so each repetition compresses to the same bytes) and read in a fresh
interpreter that reports its peak RSS (`conftest.measured`).
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import time
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.engine import ingest
from detente.store import Store
from detente.web.render import Mark, highlight

from .conftest import measured

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "tests" / "fixtures" / "article.html").read_bytes()
TEXT = ("Negotiators from Qatar and Egypt returned to Doha on Monday to resume talks on a ceasefire and the "
        "release of prisoners, mediators said in a short statement after the first round ended.")
MAX_RSS_MB = 300
GIB = 1 << 30


def nested(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


# -- 1. a nested JSON document, an invalid UTF-8 record ---------------------------------------------------


def test_ingest_stores_every_other_page_when_one_json_is_nested_and_resumes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(ARTICLE)
    (folder / "b.json").write_text('{"text": ' + nested() + "}")
    (folder / "c.jsonl").write_bytes(
        json.dumps({"text": TEXT, "url": "https://news.example/one"}).encode() + b"\n"
        + b'{"text": ' + nested().encode() + b"}\n"
        + b'{"text": "caf\xe9 ' + TEXT.encode() + b'"}\n'
        + json.dumps({"text": TEXT.replace("Monday", "Tuesday"), "url": "javascript:alert(document.domain)"}).encode() + b"\n")
    (folder / "d.txt").write_text("Talks in Doha\n\n" + TEXT + "\n")
    db = tmp_path / "x.duckdb"
    done = ingest([str(folder)], db=db, skip_stored=True)
    assert (done.documents, done.stored, done.failed) == (7, 4, 3), done.failures
    reasons = dict(done.failures)
    assert "nested too deeply" in reasons[str(folder / "b.json")]
    assert "nested too deeply" in reasons[f"{folder / 'c.jsonl'}#2"]
    assert "not UTF-8" in reasons[f"{folder / 'c.jsonl'}#3"]
    assert all("\n" not in r for r in reasons.values())
    with Store(db, read_only=True) as store:
        urls = dict(store.con.execute("SELECT source, url FROM articles").fetchall())
    assert urls[f"{folder / 'c.jsonl'}#1"] == "https://news.example/one"
    assert urls[f"{folder / 'c.jsonl'}#4"] is None  # not a link: only http(s) URLs are stored as links
    again = ingest([str(folder)], db=db, skip_stored=True)  # a re-run goes past the same bad documents again
    assert again.skipped == 4 and again.failed == 3


def test_detente_code_answers_every_line_even_nested_or_not_utf8(tmp_path):
    from detente.cli.main import main

    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([
        json.dumps({"id": "a", "text": "Russia criticized China on Monday."}).encode(),
        b'{"id": "deep", "text": ' + nested().encode() + b"}",
        b'{"id": "latin", "text": "Russia criticized China in the caf\xe9."}',
        b"[" * 600 + b"]" * 600,
        json.dumps({"id": "b", "text": "Iran threatened Israel."}).encode(),
    ]) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["code", str(src), "-o", str(out)]) == 1  # some records failed
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "line 2", "line 3", "line 4", "b"]
    assert rows[0]["error"] is None and rows[0]["events"] and rows[4]["error"] is None
    for row in rows[1:4]:
        assert row["events"] == [] and row["error"]["type"] == "DecodeError" and "\n" not in row["error"]["message"]
    assert "nested too deeply" in rows[1]["error"]["message"] and "not UTF-8" in rows[2]["error"]["message"]


def test_a_lone_surrogate_escape_is_mended_not_fatal(tmp_path):
    # JSON may escape half a surrogate pair ("\ud800"), which no UTF-8 text can hold: the character
    # becomes U+FFFD, as a lenient decoder's bad byte does, and the rest of the record is coded
    from detente.cli.main import main
    from detente.engine import analyze, code_records

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "text": "Russia criticized China on Monday.\\ud800 Iran threatened Israel."}\n'
                   '{"id": "b", "text": "Iran threatened Israel."}\n')
    out = tmp_path / "out.jsonl"
    assert main(["code", str(src), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["s", "b"] and all(r["error"] is None and r["events"] for r in rows)
    # the Python API mends its callers' strings too
    [row] = code_records([{"id": "p", "text": "Russia criticized China on Monday.\ud800"}])
    assert row["error"] is None and row["events"]
    page = tmp_path / "page.json"
    page.write_text('{"title": "T\\udc00", "text": "' + TEXT + ' \\udc00 ' + TEXT + '"}')
    [a] = analyze([str(page)])
    assert a.error is None and "\ufffd" in a.article.text and a.article.title == "T\ufffd"


# -- 4. memory bombs in line-based formats --------------------------------------------------------------


def gzip_member(head: bytes, fill: bytes, times: int, tail: bytes) -> bytes:
    """One gzip member of ``head + fill * times + tail``, built without compressing `fill` `times` times."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [c.compress(head), c.flush(zlib.Z_FULL_FLUSH)]
    block = c.compress(fill) + c.flush(zlib.Z_FULL_FLUSH)  # a full flush forgets the history: every block alike
    parts.append(block * times)
    parts += [c.compress(tail), c.flush()]
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(fill, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(fill) * times + len(tail)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"".join(parts) + struct.pack("<II", crc, size & 0xFFFFFFFF)


READ = """
from detente.ingest import iter_documents
result = [[type(d).__name__, d.source, getattr(d, "message", None)] for d in iter_documents([{path!r}])]
"""


def test_jsonl_gz_with_a_half_gibibyte_line_is_refused_in_bounded_memory(tmp_path):
    # Half a GiB keeps the test at a few seconds: an oversized line is skipped at the speed of
    # gunzip (about 3 s per GiB on two busy cores), so the lines after it are still read.
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip_member(b'{"text": "', b"a" * (1 << 20), GIB >> 21, b'"}\n')
                     + gzip.compress(json.dumps({"text": TEXT}).encode() + b"\n"))
    assert path.stat().st_size < 2_000_000
    got = measured(READ.format(path=str(path)), timeout=60)
    assert got.rss_mb < MAX_RSS_MB, f"peak RSS {got.rss_mb:.0f} MB"
    assert got.seconds < 30
    (kind, source, message), (kind2, source2, _) = got.result
    assert kind == "TooLarge" and source == f"{path}#1" and "20000000-byte cap" in message
    assert kind2 == "RawDocument" and source2 == f"{path}#2"  # the line after it is still read


def test_warc_gz_with_a_gibibyte_header_line_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/ok", "response", payload=io.BytesIO(ARTICLE),
                                                      http_headers=headers))
        out.write(gzip_member(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: ", b"a" * (1 << 20), GIB >> 20, b"\r\n\r\n"))
    got = measured(READ.format(path=str(path)), timeout=60)
    assert got.rss_mb < MAX_RSS_MB, f"peak RSS {got.rss_mb:.0f} MB"
    assert got.seconds < 30
    (kind, source, _), (kind2, source2, message) = got.result
    assert kind == "RawDocument" and source == f"{path}#1"
    assert kind2 == "TooLarge" and source2 == str(path) and "1,048,576-byte cap" in message


# -- 7. the article page is linear in the number of marks -------------------------------------------------


def naive_cover(marks: list[Mark], lo: int, hi: int) -> list[Mark]:
    return [m for m in marks if m.start <= lo and hi <= m.end]


def test_highlight_matches_the_definition_on_overlapping_marks():
    text = "".join(chr(97 + i % 26) for i in range(400))
    marks = [Mark(i, i + 1 + (i * 7) % 23, ("act", "ev", "quote")[i % 3], {"k": str(i % 5)}, f"t{i % 4}")
             for i in range(0, 380, 3)]
    marks += [Mark(0, 400, "ev", {"ev": "9"}), Mark(5, 5, "act"), Mark(390, 500, "act")]
    html = str(highlight(text, marks))
    good = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in good), *(m.end for m in good)})
    spans = html.count("<span ")
    assert spans == sum(1 for lo, hi in zip(cuts, cuts[1:]) if naive_cover(good, lo, hi))


def test_highlight_of_a_long_article_is_linear():
    text = ("The minister said the talks would resume. " * 4100)[:170_000]
    marks = [Mark(i, i + 5, "act", {"actor": f"A{i % 50}"}, "actor") for i in range(0, 170_000 - 8, 8)]  # 21,250 mentions
    marks += [Mark(i, i + 42, "ev", {"ev": str(i)}, "event") for i in range(0, 170_000 - 42, 420)]
    start = time.perf_counter()
    html = str(highlight(text, marks))
    seconds = time.perf_counter() - start
    assert html.count('class="anchor"') == len([m for m in marks if m.cls == "ev"])
    assert seconds < 2, f"{seconds:.1f} s for {len(marks)} marks: not linear"  # every piece x every mark: 40 s
