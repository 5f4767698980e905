"""Property tests over wild input, beyond tests/extract/test_properties.py: dates, feeds, the coder,
and a fixed-length fuzz run of the whole `analyze` entry point over files.

Every run is reproducible (`derandomize=True`, fixed `max_examples`), so CI runs the same cases.
"""

from __future__ import annotations

import gzip
import json
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
from detente.ingest import iter_documents
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
bodies = st.one_of(
    st.lists(st.one_of(sentences, st.sampled_from(TAGS)), max_size=30).map(" ".join).map(str.encode),
    st.binary(max_size=400),
    wild.map(lambda s: s.encode("utf-8")),
    st.lists(sentences, max_size=5).map(lambda xs: json.dumps({"text": " ".join(xs), "url": "https://n.example/x"}).encode()),
    st.lists(sentences, max_size=4).map(lambda xs: "\n".join(json.dumps({"text": x}) for x in xs).encode() + b"\n{bad"),
    feeds.map(str.encode),
)
EXTS = [".html", ".htm", ".txt", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".html.gz", ".txt.gz", ".json.gz"]
files = st.lists(st.tuples(st.sampled_from(EXTS), bodies, st.booleans()), min_size=1, max_size=5)


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
        else:
            assert a.article.text and a.article.text == a.article.text.strip()
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
