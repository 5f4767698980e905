"""Property tests over wild input, beyond tests/extract/test_properties.py: dates, feeds, the coder,
and a fixed-length fuzz run of the whole `analyze` entry point over files (nested JSON, invalid
UTF-8 records and hostile links among them), then lines over the cap, malformed redirects and
WARC records with missing or hostile headers.

Every run is reproducible (`derandomize=True`, fixed `max_examples`), so CI runs the same cases.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
import string
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente import errors
from detente.engine import analyze, code_records, parse_date
from detente.errors import FetchError, InputError
from detente.extract.dates import parse_date as parse_page_date
from detente.ingest import FetchOptions, iter_documents
from detente.ingest.feeds import feed_documents
from detente.ingest.formats import looks_like_feed
from detente.model import RawDocument
from detente.store import Store

INPUT_ERRORS = {c.__name__ for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.InputError)}


def fixed(n: int):
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.filter_too_much])


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp.pipeline import load

    return load()


# -- vocabularies that reach deep into the readers -------------------------------------------------

DATE_WORDS = ["Monday", "last", "next", "Tuesday", "March", "3", "31st", "of", "2019", "1990s", "week", "month", "year",
              "ago", "two", "will", "on", "in", "since", "mid-2020", "2024-02-30", "2024-02-29", "Sept.", "Dec", "0",
              "9999", "1000", "early", "late", "the", "recent", "years", ",", ".", "yesterday", "today", "tomorrow"]
NEWS_WORDS = ["Russia", "China", "Iran", "Israel", "President", "Putin", "Xi", "minister", "said", "criticized", "met",
              "will", "not", "threatened", "sanctions", "against", "“", "”", '"', "'", "(", ")", "U.S.", "the", "of",
              "troops", "attack", "talks", "agreed", "to", "on", "Monday", "he", "she", "it", "\n", ".", ",", "—", "NATO",
              "Ukraine", "accused", "of", "refused", "urged", "may", "could", "deny", "didn't", "Mr.", "Lavrov", "Biden"]
wild = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=120)
sentences = st.one_of(
    st.lists(st.sampled_from(NEWS_WORDS), max_size=40).map(" ".join),
    st.tuples(st.lists(st.sampled_from(NEWS_WORDS), max_size=25).map(" ".join), wild).map("".join),
)
days = st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(1, 1, 7), date(9999, 12, 25), date(2024, 2, 29)]))


# -- dates ----------------------------------------------------------------------------------------------


@fixed(250)
@given(st.one_of(st.lists(st.sampled_from(DATE_WORDS), max_size=15).map(" ".join), wild), st.one_of(st.none(), days))
def test_find_dates_never_raises_and_spans_match(nlp, text, on):
    from detente.nlp.dates import find_dates

    doc = nlp(text)
    for found in find_dates(doc, on=on):
        assert doc.text[found["start"]:found["end"]] == found["text"]
        assert found["resolution"] in (None, "day", "week", "month", "year")
        value = found["value"]
        if value is not None:
            assert found["resolution"] is not None
            {"day": date.fromisoformat, "week": date.fromisoformat, "month": lambda v: date.fromisoformat(v + "-01"),
             "year": lambda v: date(int(v), 1, 1)}[found["resolution"]](value)


@fixed(300)
@given(st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(), days, st.binary(max_size=10),
                 st.lists(st.integers(), max_size=3), st.from_regex(r"\A[0-9]{4}-?[0-9]{2}-?[0-9]{2}\Z")))
def test_parse_date_is_a_date_none_or_a_value_error(value):
    try:
        got = parse_date(value)
    except ValueError as exc:
        assert repr(str(value).strip()) in str(exc)
        return
    assert got is None or isinstance(got, date)


@fixed(200)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_parse_date_reads_both_forms_back(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%Y%m%d")) == day


@fixed(300)
@given(st.one_of(wild, st.lists(st.sampled_from(DATE_WORDS + ["/", "-", "T", "Z", "+02:00", "12:30"]), max_size=12).map(" ".join)))
def test_page_dates_are_a_date_or_none(value):
    got = parse_page_date(value)
    assert got is None or isinstance(got, date)


# -- feeds ----------------------------------------------------------------------------------------------

link = st.one_of(st.sampled_from(["https://news.example/a", "http://x/", "javascript:alert(1)", "file:///etc/passwd",
                                  "urn:uuid:1", "", "//no-scheme", "https://news.example/" + "a" * 3000]), wild)
field_text = st.one_of(wild, st.sampled_from(["<![CDATA[<p>Russia criticized China.</p>]]>", "&amp;", "&nbsp;", "&#0;",
                                              "&#xD800;", "&undefined;", "<p>x</p>", "Mon, 32 Foo 2024 25:61:00 +9999"]))


def rss_item(parts) -> str:
    title, url, date_text, content = parts
    return (f"<item><title>{title}</title><link>{url}</link><pubDate>{date_text}</pubDate>"
            f"<content:encoded>{content}</content:encoded></item>")


def atom_entry(parts) -> str:
    title, url, date_text, content = parts
    return f"<entry><title>{title}</title><link href='{url}'/><updated>{date_text}</updated><content type='html'>{content}</content></entry>"


item_parts = st.tuples(field_text, link, field_text, field_text)
feeds = st.one_of(
    st.lists(item_parts.map(rss_item), max_size=6).map(
        lambda items: "<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
        "<channel><title>F</title>" + "".join(items) + "</channel></rss>"),
    st.lists(item_parts.map(atom_entry), max_size=6).map(
        lambda items: "<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>" + "".join(items) + "</feed>"),
)
feed_bytes = st.one_of(
    feeds.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(feeds.map(str.encode), st.integers(0, 2000)).map(lambda t: t[0][: t[1]]),  # cut off anywhere
    st.binary(max_size=500).map(lambda b: b"<?xml version='1.0'?><rss><channel><item>" + b),
    st.binary(max_size=500),
)


@fixed(200)
@given(feed_bytes)
def test_feeds_yield_documents_or_input_errors_numbered_in_order(data):
    asked: list[str] = []

    def fetch_item(url: str, item: str) -> RawDocument:
        asked.append(url)
        if "news.example" in url:
            return RawDocument(source=item, data=b"<p>fetched</p>", kind="html", url=url)
        raise FetchError("refused in this test", source=url)

    out = list(feed_documents("feed.xml", data, fetch_item))
    assert out, "a feed gives at least one document or one error"
    for n, item in enumerate(out, 1):
        assert isinstance(item, (RawDocument, InputError))
        assert item.source in ("feed.xml", f"feed.xml#{n}")
        if isinstance(item, InputError):
            assert item.message and "\n" not in item.message


@fixed(80)
@given(feed_bytes)
def test_feed_files_through_the_reader_never_raise(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("feed") / "feed.xml"
    path.write_bytes(data)
    refuse = httpx.MockTransport(lambda request: httpx.Response(503))
    for item in iter_documents([str(path)], transport=refuse):
        assert isinstance(item, (RawDocument, InputError)) and item.source.startswith(str(path))


# -- the coder ---------------------------------------------------------------------------------------------

records = st.lists(
    st.fixed_dictionaries(
        {"id": st.one_of(st.integers(), st.text(max_size=8), st.none()),
         "text": st.one_of(sentences, wild, st.none(), st.integers(), st.just(""), st.just("   \n")),
         "date": st.one_of(st.none(), st.sampled_from(["20190101", "2019-01-01", "2019-13-45", "yesterday", "", "0"]),
                           days.map(date.isoformat))},
    ),
    max_size=6,
)


@fixed(60)
@given(records)
def test_code_records_answers_every_record_in_order(recs):
    out = list(code_records(recs))
    assert [o["id"] for o in out] == [r["id"] for r in recs]
    for rec, o in zip(recs, out):
        if o["error"] is not None:
            assert set(o["error"]) == {"type", "message"} and o["events"] == []
            assert o["error"]["type"] in INPUT_ERRORS | {"ValueError"}, o["error"]  # never a reader's crash
            continue
        text = rec["text"]
        for m in o["actors"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for e in o["events"]:
            assert 0 <= e["start"] < e["end"] <= len(text) and e["cameo"].isdigit()
            assert e["modality"] in ("asserted", "negated", "future", "hypothetical")
            if e["trigger_start"] is not None:
                assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        json.dumps(o, ensure_ascii=False).encode("utf-8")


# -- fuzz: the analyze entry point over files --------------------------------------------------------------

TAGS = ["<p>", "</p>", "<div>", "</div>", "<article>", "<script>", "</script>", "<br>", "<h1>", "<title>", "</title>",
        "<meta charset='latin-1'>", "<!--", "-->", "<![CDATA[", "]]>", "<table><tr><td>", "<ul><li>", "&amp;", "&#0;", "<"]
depths = st.sampled_from([1, 50, 999, 1000, 5000, 100_000])


def _nest(depth: int, open_: str = "[", close: str = "]") -> str:
    return open_ * depth + close * depth


# JSON nested past the recursion limit (arrays, objects, inside "text" or "url"), as a whole file or a line
nested_json = st.one_of(
    depths.map(_nest),
    depths.map(lambda d: '{"text": ' + _nest(d) + "}"),
    depths.map(lambda d: '{"text": "Russia met China.", "url": ' + _nest(d, '{"a":', "}").replace("}", "1}", 1) + "}"),
    depths.map(lambda d: '[{"text": "ok"}, ' + _nest(d) + "]"),
).map(str.encode)
# JSON Lines whose lines are good, nested, not UTF-8, not JSON or hostile links
jsonl_lines = st.lists(st.one_of(
    sentences.map(lambda x: json.dumps({"text": x}).encode()),
    nested_json,
    st.binary(max_size=40).map(lambda b: b'{"text": "' + b.replace(b"\n", b"") + b'"}'),  # often not UTF-8
    st.sampled_from([b"\xff\xfe{", b'{"text": "caf\xe9 talks"}', b"{bad", b"[]", b"null",
                     b'{"text": "Iran met Iraq.", "url": "javascript:alert(document.domain)"}']),
), max_size=6).map(lambda lines: b"\n".join(lines) + b"\n")
bodies = st.one_of(
    st.lists(st.one_of(sentences, st.sampled_from(TAGS)), max_size=30).map(" ".join).map(str.encode),
    st.binary(max_size=400),
    wild.map(lambda s: s.encode("utf-8")),
    st.lists(sentences, max_size=5).map(lambda xs: json.dumps({"text": " ".join(xs), "url": "https://n.example/x"}).encode()),
    st.lists(sentences, max_size=4).map(lambda xs: "\n".join(json.dumps({"text": x}) for x in xs).encode() + b"\n{bad"),
    feeds.map(str.encode),
)
EXTS = [".html", ".htm", ".txt", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".html.gz", ".txt.gz", ".json.gz",
        ".jsonl.gz"]
# Nested JSON and hostile JSON Lines go to the JSON readers (and stdin-like sniffing); as .html or .txt
# their whitespace-free runs only time spaCy's tokenizer, which is not what this run is about.
files = st.lists(st.one_of(st.tuples(st.sampled_from(EXTS), bodies, st.booleans()),
                           st.tuples(st.sampled_from([".json", ".jsonl", ".json.gz", ".jsonl.gz"]),
                                     st.one_of(nested_json, jsonl_lines), st.booleans())),
                 min_size=1, max_size=5)


@fixed(150)
@given(files)
def test_fuzz_every_file_gives_analyses_and_only_recorded_reasons(tmp_path_factory, spec):
    folder = tmp_path_factory.mktemp("fuzz")
    paths = []
    for n, (ext, data, damaged) in enumerate(spec):
        if ext.endswith(".gz"):
            data = gzip.compress(data)
            data = data[: len(data) // 2] if damaged else data
        path = folder / f"doc{n}{ext}"
        path.write_bytes(data)
        paths.append(str(path))
    offline = httpx.MockTransport(lambda request: httpx.Response(503))
    out = list(analyze(paths, transport=offline))
    by_file: dict[str, list] = {p: [] for p in paths}
    for a in out:
        by_file[a.source.split("#", 1)[0]].append(a)
        if a.error:
            assert a.error.type in INPUT_ERRORS, f"{a.source}: {a.error}"  # no reader crashed
            assert "unexpected" not in a.error.message, f"{a.source}: {a.error}"  # nor did the net under them catch one
            assert "\n" not in a.error.message
        else:
            assert a.article.text and a.article.text == a.article.text.strip()
            assert a.article.url is None or a.article.url.lower().startswith(("http://", "https://")), a.article.url
            for e in a.events:
                assert a.article.text[e.start:e.end] == e.text
        json.dumps(a.to_dict(), ensure_ascii=False).encode("utf-8")
    with Store(folder / "fuzz.duckdb") as store:  # and all of it can be stored
        summary = store.write(out)
    assert summary.articles + summary.failed == len(out)
    for path, analyses in by_file.items():
        assert analyses, f"{path} gave no Analysis at all"
        data = Path(path).read_bytes()
        if path.endswith((".html", ".htm", ".txt")) and not looks_like_feed(data):
            assert len(analyses) == 1, path  # one page, one Analysis (a sniffed feed gives one per item)
        assert len({a.source for a in analyses}) == len(analyses), "each document once"


# -- oversized lines: JSON Lines and `detente code` input read with a cap ----------------------------------

CAP = 200
line_bytes = st.one_of(
    st.integers(0, 3 * CAP).map(lambda n: json.dumps({"text": "w" * n}).encode()),  # under, at and over the cap
    st.binary(max_size=2 * CAP).map(lambda b: b.replace(b"\n", b" ")),
    st.just(b""),
    st.just(b"   "),
)


@fixed(150)
@given(st.lists(line_bytes, max_size=8), st.booleans(), st.booleans(), st.sampled_from([1, 7, 64, 1 << 20]))
def test_lines_over_the_cap_fail_alone_and_every_other_line_is_read(tmp_path_factory, lines, gz, final_newline, chunk):
    from detente.ingest import lines as capped
    from detente.ingest.formats import jsonl_records

    data = b"\n".join(lines) + (b"\n" if final_newline else b"")
    path = tmp_path_factory.mktemp("lines") / ("in.jsonl.gz" if gz else "in.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    segments = data.split(b"\n")
    size = {n: len(line) + (n < len(segments)) for n, line in enumerate(segments, 1)}  # with its newline
    numbered = [(n, line) for n, line in enumerate(segments, 1) if line.strip() or size[n] > CAP]
    expected = {n: size[n] > CAP for n, _ in numbered}
    old_chunk = capped.CHUNK
    capped.CHUNK = chunk
    try:
        docs = list(iter_documents([str(path)], fetch=FetchOptions(max_bytes=CAP)))
        records = list(jsonl_records(io.BytesIO(data), max_bytes=CAP))
    finally:
        capped.CHUNK = old_chunk
    if not numbered:
        assert [type(d).__name__ for d in docs] == ["EmptyDocument"] and records == []
        return
    assert [d.source for d in docs] == [f"{path}#{n}" for n, _ in numbered]  # one item per line, in order
    assert len(records) == len(numbered)
    for (n, line), doc, rec in zip(numbered, docs, records):
        if expected[n]:
            assert isinstance(doc, errors.TooLarge) and f"{CAP}-byte cap" in doc.message
            assert isinstance(rec, errors.TooLarge) and rec.source == f"line {n}"
        else:
            assert not isinstance(doc, errors.TooLarge) and not isinstance(rec, errors.TooLarge)
            assert isinstance(doc, (RawDocument, InputError)) and isinstance(rec, (dict, InputError))


@fixed(100)
@given(st.lists(st.one_of(line_bytes, nested_json, jsonl_lines), max_size=6))
def test_code_input_gives_one_record_or_one_error_per_line(recs):
    from detente.ingest.formats import jsonl_records

    data = b"\n".join(r.replace(b"\n", b" ") for r in recs) + b"\n"
    out = list(jsonl_records(io.BytesIO(data), max_bytes=20_000))
    assert len(out) == sum(1 for line in data.split(b"\n") if line.strip())
    for item in out:
        assert isinstance(item, (dict, InputError))
        if isinstance(item, InputError):
            assert item.source.startswith("line ") and "\n" not in item.message and "unexpected" not in item.message
        else:
            json.dumps(item)  # what `detente code` writes back out can be written


# -- malformed redirects ------------------------------------------------------------------------------------

def _dns(host, port, *args, **kwargs):
    known = {"news.example": "93.184.216.34", "other.example": "93.184.216.35", "loop.example": "127.0.0.1"}
    if host not in known:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (known[host], port))]


locations = st.one_of(
    st.builds("{}{}{}{}".format,
              st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", "", "h", "xn--"]),
              st.sampled_from(["://", ":", ":\\\\", ":/", "//", ":///", "", "\\\\"]),
              st.one_of(st.sampled_from(["xn--", "xn--a", "xn--ls8h", "xn--ls8h.example", "[::1", "[::1]", "[x]", "%zz",
                                         "a b", "..", "-x-", "127.0.0.1", "news.example", "other.example", "loop.example",
                                         "a" * 70 + ".example", "\u2100", "é.example", "💩.example", "ex\u00adample", ""]),
                        st.text(max_size=12)),
              st.sampled_from(["", "/", "/x", "\\x", "?a", "#b", ":99999", ":-1", ":abc", ":80", "/../../etc"])),
    st.text(max_size=40),
).map(lambda text: text.encode("utf-8", "surrogatepass")).filter(lambda b: not any(c in b for c in b"\r\n\x00"))


def _redirecting(location: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/start":
            return httpx.Response(302, headers=[(b"location", location)])
        return httpx.Response(200, content=b"<html><body><p>A page.</p></body></html>", headers={"content-type": "text/html"})

    return httpx.MockTransport(handler)


@fixed(300)
@given(locations)
def test_any_redirect_location_gives_a_page_or_a_fetch_error(location):
    from detente.ingest import fetch

    try:
        got = fetch("https://news.example/start", transport=_redirecting(location), resolve=_dns)
    except FetchError as exc:
        assert exc.source == "https://news.example/start" and "\n" not in exc.message
        return
    assert got.url.startswith(("http://", "https://"))


@fixed(60)
@given(locations)
def test_page_lists_and_feeds_go_on_past_any_redirect(tmp_path_factory, location):
    feed = tmp_path_factory.mktemp("redir") / "f.rss"
    feed.write_text("<rss version='2.0'><channel><title>F</title>"
                    "<item><title>a</title><link>https://news.example/start</link></item>"
                    "<item><title>b</title><link>https://other.example/fine</link></item></channel></rss>")
    out = list(iter_documents([str(feed), "https://news.example/start", "https://other.example/fine"],
                              transport=_redirecting(location), resolve=_dns))
    assert [d.source for d in out] == [f"{feed}#1", f"{feed}#2", "https://news.example/start", "https://other.example/fine"]
    for item in out:
        assert isinstance(item, (RawDocument, FetchError)), item
        if isinstance(item, InputError):
            assert "unexpected" not in item.message


# -- WARC records with missing or hostile headers --------------------------------------------------------

warc_header = st.sampled_from([
    ("WARC-Type", "response"), ("WARC-Type", "resource"), ("WARC-Type", "request"), ("WARC-Type", ""),
    ("WARC-Target-URI", "https://news.example/a"), ("WARC-Target-URI", "javascript:alert(document.domain)"),
    ("WARC-Target-URI", ""), ("WARC-Date", "2024-01-01T00:00:00Z"), ("WARC-Date", "yesterday"),
    ("Content-Type", "application/http; msgtype=response"), ("Content-Type", "text/html"), ("Content-Type", ""),
    ("WARC-Record-ID", "<urn:uuid:1>"), ("Content-Length", "-1"), ("Content-Length", "x"),
])
warc_payload = st.sampled_from([
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Russia met China.</p></body></html>",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\nzz\r\nxx",
    b"HTTP/1.1 301 Moved\r\nLocation: http:x\r\n\r\n", b"<p>no http headers</p>", b"", b"HTTP/1.1\r\n\r\n",
    b"GARBAGE\r\n: :\r\n\r\n",
])


@fixed(150)
@given(st.lists(st.tuples(st.lists(warc_header, max_size=6), warc_payload, st.booleans()), min_size=1, max_size=3),
       st.booleans())
def test_warc_records_with_any_headers_never_end_the_batch(tmp_path_factory, records, gz):
    folder = tmp_path_factory.mktemp("warc")
    raw = io.BytesIO()
    for headers, payload, honest_length in records:
        head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
        if honest_length:
            head += f"Content-Length: {len(payload)}\r\n"
        member = head.encode("utf-8") + b"\r\n" + payload + b"\r\n\r\n"
        raw.write(gzip.compress(member) if gz else member)
    path = folder / ("x.warc.gz" if gz else "x.warc")
    path.write_bytes(raw.getvalue())
    (folder / "y.txt").write_text("After the archive, a page.\n\nRussia met China on Monday in Moscow for talks.\n")
    out = list(iter_documents([str(path), str(folder / "y.txt")]))
    assert out and out[-1].source == str(folder / "y.txt") and isinstance(out[-1], RawDocument)
    for item in out[:-1]:
        assert isinstance(item, (RawDocument, InputError)) and item.source.startswith(str(path))
        if isinstance(item, InputError):
            assert "unexpected" not in item.message and "\n" not in item.message
        else:
            assert item.url is None or item.url.startswith("https://")
