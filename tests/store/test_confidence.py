"""Confidence through the store: stored, filtered by default everywhere, exported, and old
databases without the column still open."""

import io
import json
from datetime import date

import duckdb
import pytest

from detente.analytics import dyad_timeline, top_dyads
from detente.analytics.geo import country_counts
from detente.analytics.network import actor_network, actor_profile
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE
from detente.model import Actor, Analysis, Article, Event, Quote, Span
from detente.store import EventFilter, QuoteFilter, Store, events, quotes
from detente.store.export import ExportOptions, export

LOW = DEFAULT_MIN_CONFIDENCE / 2
HIGH = (1 + DEFAULT_MIN_CONFIDENCE) / 2


def _ev(src, tgt, cameo="042", g=1.9, quad=1, conf=1.0, text="Xi met Putin."):
    return Event(source=src, target=tgt, cameo=cameo, plover="CONSULT", goldstein=g, quad_class=quad,
                 modality="asserted", text=text, start=0, end=len(text), confidence=conf,
                 source_text="Xi", target_text="Putin", trigger="met", trigger_start=3, trigger_end=6)


def _doc(aid, day, evs, quotes_=()):
    art = Article(id=aid, source=f"{aid}.txt", text="Xi met Putin. They talked.", title=aid, date=day)
    return Analysis(source=art.source, id=aid, article=art, events=list(evs), quotes=list(quotes_),
                    actors=[Actor(code="CHNGOV", name="Xi Jinping", country="CHN", role="GOV", kind="person",
                                  mentions=[Span("Xi", 0, 2)])])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.duckdb") as s:
        s.write([
            _doc("jan", date(2019, 1, 10), [_ev("CHNGOV", "RUSGOV", conf=HIGH), _ev("RUSGOV", "CHNGOV", conf=LOW, g=-5, quad=3, cameo="112")],
                 [Quote(text="We are friends.", start=14, end=26, speaker="Xi Jinping", speaker_actor="CHNGOV", confidence=0.9),
                  Quote(text="Maybe.", start=0, end=5, speaker="Someone", confidence=0.2)]),
            _doc("mar", date(2019, 3, 2), [_ev("RUSGOV", "CHNGOV", conf=HIGH, cameo="036", g=4.0)]),
            _doc("undated", None, [_ev("CHN", "RUS", conf=HIGH)]),
            _doc("eu", date(2019, 3, 5), [_ev("IGOEUREEC", "GBR", conf=HIGH, cameo="111", g=-2, quad=3),
                                          _ev("IGOUNO", "GBR", conf=HIGH), _ev("GOV", "EDU", conf=HIGH)]),
        ])
        yield s


def test_confidence_is_stored_and_the_default_threshold_filters(store):
    assert {round(r["confidence"], 3) for r in events(store, EventFilter(min_confidence=0))} == {round(LOW, 3), round(HIGH, 3)}
    kept = events(store)  # the default EventFilter keeps events at or above DEFAULT_MIN_CONFIDENCE
    assert kept and all(r["confidence"] >= DEFAULT_MIN_CONFIDENCE for r in kept)
    assert len(events(store, EventFilter(min_confidence=0))) == len(kept) + 1
    assert len(events(store, EventFilter(min_confidence=LOW))) == len(kept) + 1  # "at or above"


def test_analytics_keep_confident_events_by_default(store):
    top = {(d["a"], d["b"]): d for d in top_dyads(store)}
    assert top[("CHN", "RUS")]["events"] == 3 and top[("CHN", "RUS")]["conflict"] == 0
    assert top_dyads(store, min_confidence=0)[0]["events"] == 4
    t = dyad_timeline(store, "CHN", "RUS")
    assert t.totals["events"] == 3 and t.totals["verbal_conflict"] == 0
    net = actor_network(store, level="actor")
    assert {n["id"] for n in net["nodes"]} >= {"CHNGOV", "RUSGOV"}
    assert "GOV" not in {n["id"] for n in net["nodes"]}, "an actor with no country is no hub"
    assert actor_profile(store, "RUS")["events"] == 3
    assert actor_profile(store, "RUS", min_confidence=0)["events"] == 4
    counts = {c["country"]: c["events"] for c in country_counts(store)}
    assert counts["CHN"] == 3 and counts["RUS"] == 3 and counts["GBR"] == 2


def test_dyads_match_whole_codes_not_three_letter_prefixes(store):
    eu = events(store, EventFilter(dyad=("IGOEUREEC", "GBR")))
    assert [r["source"] for r in eu] == ["IGOEUREEC"]
    assert events(store, EventFilter(dyad=("IGO", "GBR"))) == [], "IGO is no prefix of every organisation"
    assert len(events(store, EventFilter(actor="CHN"))) == 3  # a country still covers its actors
    prof = actor_profile(store, "IGOEUREEC")
    assert [p["partner"] for p in prof["partners"]] == ["GBR"] and prof["events"] == 1


def test_timeline_fills_empty_periods_and_keeps_undated_apart(store):
    t = dyad_timeline(store, "CHN", "RUS", by="month")
    assert [p.period for p in t.points] == ["2019-01-01", "2019-02-01", "2019-03-01"]
    assert [p.label for p in t.points] == ["Jan 2019", "Feb 2019", "Mar 2019"]
    feb = t.points[1]
    assert feb.events == 0 and feb.goldstein_mean is None
    assert t.undated is not None and t.undated.events == 1 and t.totals["undated"] == 1
    assert (t.points[0].a_to_b, t.points[0].b_to_a) == (1, 0) and (t.points[2].a_to_b, t.points[2].b_to_a) == (0, 1)
    ranged = dyad_timeline(store, "CHN", "RUS", since=date(2018, 11, 15), until=date(2019, 4, 1))
    assert ranged.points[0].label == "Nov 2018" and ranged.points[-1].label == "Apr 2019" and ranged.undated is None


def test_quote_confidence_is_stored_and_filtered(store):
    assert quotes(store)["total"] == 2
    sure = quotes(store, QuoteFilter(min_confidence=0.5))
    assert [q["speaker"] for q in sure["items"]] == ["Xi Jinping"] and sure["items"][0]["confidence"] == pytest.approx(0.9)
    assert quotes(store, QuoteFilter(actor="CHN"))["total"] == 1
    assert quotes(store, QuoteFilter(speaker="xi"))["total"] == 1
    assert quotes(store, QuoteFilter(q="friends"))["total"] == 1


def _lines(store, fmt, **kw):
    buf = io.StringIO()
    export(store, fmt, buf, options=ExportOptions(**kw))
    return buf.getvalue().splitlines()


def test_every_export_carries_confidence_and_keeps_the_threshold(store, tmp_path):
    docs = [json.loads(x) for x in _lines(store, "jsonl")]
    evs = [e for d in docs for e in d["events"]]
    assert evs and all(e["confidence"] >= DEFAULT_MIN_CONFIDENCE for e in evs)
    assert len([e for d in (json.loads(x) for x in _lines(store, "jsonl", min_confidence=0)) for e in d["events"]]) == len(evs) + 1
    assert {q["confidence"] for d in docs for q in d["quotes"]} == {0.9, 0.2}
    plover = [json.loads(x) for x in _lines(store, "plover")]
    assert plover and all(r["confidence"] >= DEFAULT_MIN_CONFIDENCE for r in plover)
    gd = _lines(store, "gdelt-events")
    assert len(gd) == len(evs) and len(_lines(store, "gdelt-events", min_confidence=0)) == len(evs) + 1
    mentions = [row.split("\t") for row in _lines(store, "gdelt-mentions")]
    assert len(mentions) == len(gd) and all(len(m) == 16 for m in mentions)
    assert {m[11] for m in mentions} == {str(round(100 * HIGH))}, "Confidence is 0-100 as in GDELT Mentions"
    assert [m[0] for m in mentions] == [g.split("\t")[0] for g in gd], "joins gdelt-events on GlobalEventID"
    out = tmp_path / "pq"
    export(store, "parquet", str(out))
    con = duckdb.connect()
    got = con.execute(f"SELECT min(confidence), count(*) FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning=true)").fetchone()
    assert got[0] >= DEFAULT_MIN_CONFIDENCE and got[1] == len(evs)
    assert con.execute(f"SELECT count(confidence) FROM read_parquet('{out}/quotes/**/*.parquet', hive_partitioning=true)").fetchone()[0] == 2


def test_a_database_made_before_confidence_still_opens(tmp_path, store):
    old = tmp_path / "old.duckdb"
    with Store(old) as s:  # today's schema, then made old: the confidence columns dropped
        s.write([_doc("jan", date(2019, 1, 10), [_ev("CHNGOV", "RUSGOV")], [Quote(text="Hi.", start=0, end=3)])])
        s.con.execute("ALTER TABLE events DROP COLUMN confidence")
        s.con.execute("ALTER TABLE events DROP COLUMN confidence_factors")
        s.con.execute("ALTER TABLE quotes DROP COLUMN confidence")
    with Store(old, read_only=True) as s:  # read-only: the columns read as NULL and the event is kept
        rows = events(s)
        assert len(rows) == 1 and rows[0]["confidence"] is None and rows[0]["confidence_factors"] is None
        assert top_dyads(s)[0]["events"] == 1
        assert quotes(s, QuoteFilter(min_confidence=0.5))["total"] == 1
    with Store(old) as s:  # read-write: the column is added
        cols = {r[0] for r in s.con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'events'").fetchall()}
        assert "confidence" in cols
        s.write([_doc("feb", date(2019, 2, 1), [_ev("CHNGOV", "RUSGOV", conf=LOW)])])
        assert len(events(s)) == 1 and len(events(s, EventFilter(min_confidence=0))) == 2


def test_columns_added_in_another_order_still_take_their_own_values(tmp_path):
    """A database whose later columns came back in another order (confidence dropped and added
    again after confidence_factors) is written by column name, not by position."""
    path = tmp_path / "moved.duckdb"
    with Store(path) as s:
        s.con.execute("ALTER TABLE events DROP COLUMN confidence")
        s.con.execute("ALTER TABLE events ADD COLUMN confidence DOUBLE")
        ev = _ev("CHNGOV", "RUSGOV", conf=LOW)
        ev.confidence_factors = "trigger.verb 0.9; source.context 0.8"
        s.write([_doc("jan", date(2019, 1, 10), [ev])])
        (row,) = events(s, EventFilter(min_confidence=0))
        assert row["confidence"] == LOW and row["confidence_factors"] == "trigger.verb 0.9; source.context 0.8"
