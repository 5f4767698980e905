import csv
import io
import json
from datetime import date

import pyarrow.dataset as ds
import pytest

from detente.errors import DetenteError
from detente.model import Actor, Analysis, Article, Entity, ErrorInfo, Event, Quote, Span
from detente.store import Store
from detente.store.export import ExportOptions, analyses, columns, export


def _ev(src, tgt, cameo, plover, g, quad, modality="asserted", start=0):
    return Event(source=src, target=tgt, cameo=cameo, plover=plover, goldstein=g, quad_class=quad, modality=modality,
                 text="Xi met Putin in Moscow.", start=start, end=start + 10, trigger="met", trigger_start=3, trigger_end=6,
                 source_text="Xi", target_text="Putin")


def _a(aid, day, events, url=None):
    text = "Xi met Putin in Moscow.\nLater, Biden\tcriticised China."
    art = Article(id=aid, source=f"/p/{aid}.html", text=text, url=url, title="Summit\tnews", date=day, site="example.org")
    return Analysis(
        source=art.source, id=aid, article=art,
        actors=[Actor(code="CHNGOV", name="Xi Jinping", country="CHN", role="GOV", kind="person", mentions=[Span("Xi", 0, 2)]),
                Actor(code="RUSGOV", name="Vladimir Putin", country="RUS", role="GOV", kind="person", mentions=[Span("Putin", 7, 12)]),
                Actor(code="RUS", name="Russia", country="RUS", kind="country", mentions=[Span("Moscow", 16, 22)])],
        entities=[Entity("Reuters", "ORG", 30, 37)],
        quotes=[Quote(text="We are friends", start=24, end=38, speaker="Xi Jinping", speaker_actor="CHNGOV", cue="said")],
        events=events, tone={"tone": -1.25}, themes=[{"theme": "DIPLOMACY", "count": 1, "mentions": [{"text": "met", "start": 3, "end": 6}]}],
        dates=[{"text": "20 February 2025", "value": "2025-02-20", "resolution": "day", "start": 40},
               {"text": "2035", "value": "2035", "resolution": "year", "start": 50}],
        amounts=[{"value": 3.0, "object": "ships", "start": 12}],
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "x.duckdb")
    s.write([
        _a("a1", date(2025, 2, 20), [_ev("CHNGOV", "RUSGOV", "042", "CONSULT", 1.9, 1),
                                     _ev("USAGOV", "CHNGOV", "111", "ACCUSE", -2.0, 3, start=24),
                                     _ev("CHNGOV", "RUSGOV", "190", "ASSAULT", -10.0, 4, modality="negated")],
           url="https://example.org/a1"),
        _a("a2", None, [_ev("RUSGOV", None, "010", "STATEMENT", 0.0, 1)]),
        Analysis(source="/p/bad.html", id="bad", error=ErrorInfo("EmptyDocument", "no article text", "extract")),
    ])
    yield s
    s.close()


def _tsv(store, fmt, **kw):
    buf = io.StringIO()
    n = export(store, fmt, buf, **kw)
    rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == n
    return rows


def test_gdelt_events_have_61_columns_in_codebook_order(store):
    names = columns("gdelt_events")
    assert len(names) == 61 and names[0] == "GlobalEventID" and names[26] == "EventCode" and names[-1] == "SOURCEURL"
    rows = _tsv(store, "gdelt-events")
    assert len(rows) == 3  # asserted only: the negated 190 is left out
    assert all(len(r) == 61 for r in rows)
    r = {names[i]: v for i, v in enumerate(rows[0])}
    assert r["Day"] == "20250220" and r["MonthYear"] == "202502" and r["Year"] == "2025"
    assert r["FractionDate"] == f"{2025 + 51 / 365:.4f}"
    assert (r["Actor1Code"], r["Actor1Name"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == ("CHNGOV", "XI JINPING", "CHN", "GOV")
    assert (r["Actor2Code"], r["Actor2CountryCode"]) == ("RUSGOV", "RUS")
    assert (r["EventCode"], r["EventBaseCode"], r["EventRootCode"], r["QuadClass"]) == ("042", "042", "04", "1")
    assert r["GoldsteinScale"] == "1.9" and r["AvgTone"] == "-1.25" and r["IsRootEvent"] == "1"
    assert r["QuadClass"] == "1" and r["NumMentions"] == "1"
    assert r["SOURCEURL"] == "https://example.org/a1" and len(r["DATEADDED"]) == 14
    second = {names[i]: v for i, v in enumerate(rows[1])}
    # no actor of that code in the article: the name falls back to the text it was coded from
    assert second["IsRootEvent"] == "0" and second["Actor1Name"] == "XI" and second["Actor1Code"] == "USAGOV"
    assert len({row[0] for row in rows}) == 3  # GlobalEventIDs are unique
    assert len(_tsv(store, "gdelt-events", options=ExportOptions(all_modalities=True))) == 4


def test_gkg_has_27_columns_and_one_row_per_article(store):
    names = columns("gdelt_gkg")
    assert len(names) == 27 and names[0] == "GKGRECORDID" and names[15] == "V1.5TONE"
    rows = _tsv(store, "gdelt-gkg")
    assert len(rows) == 2 and all(len(r) == 27 for r in rows)
    r = {names[i]: v for i, v in enumerate(next(row for row in rows if row[4].startswith("https")))}
    assert r["V2SOURCECOMMONNAME"] == "example.org"
    assert r["V1PERSONS"] == "Xi Jinping;Vladimir Putin"
    assert r["V1ORGANIZATIONS"] == "Reuters"
    assert r["V1LOCATIONS"].startswith("1#Russia#RUS#RUS#")
    assert r["V1.5TONE"].split(",")[0] == "-1.25"
    assert r["V2.1QUOTATIONS"] == "24|14|said|We are friends"
    assert r["V1THEMES"] == "DIPLOMACY" and r["V2ENHANCEDTHEMES"] == "DIPLOMACY,3"
    assert r["V2.1ENHANCEDDATES"] == "4#2#20#2025#40;1#0#0#2035#50" and r["V2.1AMOUNTS"] == "3,ships,12"
    assert r["V2EXTRASXML"] == "<PAGE_TITLE>Summit news</PAGE_TITLE>"  # the tab inside the title is gone
    assert r["V2GCAM"] == ""


def test_plover_records(store):
    buf = io.StringIO()
    export(store, "plover", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    # asserted events with a PLOVER type: the CAMEO 01 statement has none, the negated assault is left out
    assert [r["event_type"] for r in recs] == ["CONSULT", "ACCUSE"]
    r = recs[0]
    assert (r["actor1"], r["actor1_name"], r["actor2"], r["actor2_country"]) == ("CHNGOV", "Xi Jinping", "RUSGOV", "RUS")
    assert r["date"] == "2025-02-20" and r["event_text"] == "met" and r["cameo"] == "042"
    assert {"id", "event_type", "mode", "context", "actor1", "actor2", "text"} <= set(r)


def test_jsonl_rebuilds_the_analyze_contract(store):
    buf = io.StringIO()
    assert export(store, "jsonl", buf) == 3
    docs = [json.loads(line) for line in buf.getvalue().splitlines()]
    by_id = {d["id"]: d for d in docs}
    original = _a("a1", date(2025, 2, 20), [])
    got = by_id["a1"]
    assert got["actors"] == [x.to_dict() for x in original.actors]
    assert got["quotes"][0]["speaker_actor"] == "CHNGOV" and got["entities"][0]["label"] == "ORG"
    assert [e["cameo"] for e in got["events"]] == ["042", "111", "190"]
    assert got["events"][0]["trigger_start"] == 3 and got["tone"] == {"tone": -1.25}
    assert by_id["bad"]["error"]["type"] == "EmptyDocument" and by_id["bad"]["text"] == ""
    assert set(got) == set(Analysis(source="s", id="i").to_dict())
    assert sum(1 for _ in analyses(store)) == 3


def test_parquet_dataset_is_partitioned_by_date(store, tmp_path):
    out = tmp_path / "pq"
    assert export(store, "parquet", out) > 0
    events = ds.dataset(out / "events", partitioning="hive").to_table()
    assert events.num_rows == 4 and "date" in events.column_names
    assert sorted(p.name for p in (out / "events").iterdir()) == ["date=2025-02-20", "date=__HIVE_DEFAULT_PARTITION__"]
    assert ds.dataset(out / "actors", partitioning="hive").to_table().num_rows == 6
    import duckdb

    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/quotes/**/*.parquet', hive_partitioning=true) "
                   "WHERE date = DATE '2025-02-20'").fetchall()[0][0]
    assert n == 1
    # a second export replaces the first: no duplicates
    export(store, "parquet", out)
    assert ds.dataset(out / "events", partitioning="hive").to_table().num_rows == 4


def test_unknown_format_and_parquet_to_stdout_are_refused(store):
    with pytest.raises(DetenteError, match="unknown export format"):
        export(store, "csv", io.StringIO())
    with pytest.raises(DetenteError, match="directory"):
        export(store, "parquet", "-")


# -- on a store built from real pages ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    import gzip
    from pathlib import Path

    from detente.engine import ingest

    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scrapinghub-dev" / "html"
    pages = sorted(corpus.glob("*.html.gz"))[:8]
    if not pages:
        pytest.skip("../shared/corpus is not here")
    folder = tmp_path_factory.mktemp("pages")
    for p in pages:
        (folder / p.name[:-3]).write_bytes(gzip.decompress(p.read_bytes()))
    db = folder / "real.duckdb"
    ingest([str(folder)], db=db)
    with Store(db, read_only=True) as s:
        yield s


def test_every_format_reads_back_from_real_pages(real_store, tmp_path):
    s = real_store
    one = lambda sql: s.con.execute(sql).fetchall()[0][0]  # noqa: E731
    from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

    sure = f"coalesce(confidence, 1) >= {DEFAULT_MIN_CONFIDENCE}"  # every export keeps the default threshold
    articles, asserted = one("SELECT count(*) FROM articles"), one(f"SELECT count(*) FROM events WHERE modality = 'asserted' AND {sure}")
    assert articles >= 6 and asserted > 0
    ev = _tsv(s, "gdelt-events")
    assert len(ev) == asserted and {len(r) for r in ev} == {61}
    stored = {(r["article_id"], r["cameo"]) for r in s.query(f"SELECT article_id, cameo FROM events WHERE modality = 'asserted' AND {sure}")}
    assert {r[26] for r in ev} == {c for _, c in stored} and all(r[27] == r[26][:3] and r[28] == r[26][:2] for r in ev)
    assert all(r[60].startswith("/") or "://" in r[60] for r in ev)  # SOURCEURL: the URL or the page's path
    gkg = _tsv(s, "gdelt-gkg")
    assert len(gkg) == articles and {len(r) for r in gkg} == {27}
    assert any(r[11] for r in gkg)  # V1PERSONS found somewhere in eight news pages
    assert all(r[15].split(",")[0] for r in gkg) and any(r[16] for r in gkg)  # V1.5TONE, V2.1ENHANCEDDATES
    buf = io.StringIO()
    export(s, "jsonl", buf)
    docs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(docs) == articles + one("SELECT count(*) FROM failures")
    assert sum(len(d["events"]) for d in docs) == one(f"SELECT count(*) FROM events WHERE {sure}")
    assert sum(len(d["quotes"]) for d in docs) == one("SELECT count(*) FROM quotes")
    buf = io.StringIO()
    export(s, "plover", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert all(r["event_type"] and r["event_type"] != "STATEMENT" for r in recs)
    assert len(recs) == one(f"SELECT count(*) FROM events WHERE modality = 'asserted' AND plover <> 'STATEMENT' AND {sure}")
    export(s, "parquet", tmp_path / "pq")
    for table in ("articles", "events", "actors", "quotes"):
        got = ds.dataset(tmp_path / "pq" / table, partitioning="hive").to_table().num_rows
        assert got == one(f"SELECT count(*) FROM {table}" + (f" WHERE {sure}" if table == "events" else "")), table
