from datetime import date

import duckdb
import pytest

from detente.analytics import dyad_series, top_dyads
from detente.errors import StoreError
from detente.model import Actor, Analysis, Article, ErrorInfo, Event, Quote, Span
from detente.store import EventFilter, Store, events, failures, stats


def _event(src, tgt, cameo, goldstein, quad, modality="asserted", text="S."):
    return Event(source=src, target=tgt, cameo=cameo, plover="CONSULT", goldstein=goldstein,
                 quad_class=quad, modality=modality, text=text, start=0, end=len(text))


def _analysis(aid="a1", day=date(2025, 2, 20), evs=None, title="T"):
    art = Article(id=aid, source=f"{aid}.txt", text="Xi called Putin.", title=title, date=day)
    return Analysis(
        source=art.source, id=aid, article=art,
        actors=[Actor(code="CHNGOV", name="Xi Jinping", country="CHN", role="GOV", kind="person",
                      mentions=[Span("Xi", 0, 2)])],
        quotes=[Quote(text="We are friends.", start=0, end=5, speaker="Xi Jinping", speaker_actor="CHNGOV", cue="say")],
        events=evs if evs is not None else [_event("CHNGOV", "RUSGOV", "041", 1.0, 1)],
        tone={"tone": 1.5},
    )


def test_reingest_replaces_and_never_duplicates(tmp_path):
    db = tmp_path / "t.duckdb"
    with Store(db) as s:
        s.write([_analysis()])
        s.write([_analysis(title="T2", evs=[_event("CHNGOV", "RUSGOV", "041", 1.0, 1), _event("RUSGOV", "CHNGOV", "051", 3.4, 1)])])
        assert stats(s)["articles"] == 1
        assert stats(s)["events"] == 2
        assert s.query("SELECT title FROM articles")[0]["title"] == "T2"
        assert s.query("SELECT count(*) AS n FROM actors")[0]["n"] == 1


def test_failure_is_recorded_and_keeps_what_was_stored(tmp_path):
    db = tmp_path / "t.duckdb"
    with Store(db) as s:
        s.write([_analysis()])
        summary = s.write([Analysis(source="a1.txt", id="a1", error=ErrorInfo("EmptyDocument", "empty", "extract")),
                           Analysis(source="b.txt", id="b", error=ErrorInfo("DecodeError", "binary", "extract"))])
        assert summary.failed == 2
        st = stats(s)
        assert st["articles"] == 1 and st["events"] == 1 and st["failed"] == 2
        assert {f["type"] for f in failures(s)} == {"EmptyDocument", "DecodeError"}
        # a later success clears the failure record for that id
        s.write([_analysis(aid="b")])
        assert stats(s)["failed"] == 1


def test_event_filters_are_parameters_not_sql(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        s.write([_analysis(), _analysis(aid="a2", evs=[_event("USAGOV", "CHNGOV", "163", -8.0, 4)])])
        assert len(events(s, EventFilter(actor="CHN"))) == 2
        assert len(events(s, EventFilter(dyad=("RUS", "CHN")))) == 1
        assert len(events(s, EventFilter(cameo="16"))) == 1
        assert events(s, EventFilter(actor="x' OR 1=1 --")) == []
        assert len(events(s, EventFilter(since=date(2025, 3, 1)))) == 0


def test_dyad_series_counts_asserted_events_only(tmp_path):
    evs = [_event("CHNGOV", "RUSGOV", "041", 1.0, 1), _event("RUSGOV", "CHNGOV", "051", 3.4, 1),
           _event("CHNGOV", "RUSGOV", "190", -10.0, 4, modality="negated")]
    with Store(tmp_path / "t.duckdb") as s:
        s.write([_analysis(evs=evs), _analysis(aid="a2", day=date(2025, 3, 2), evs=[_event("RUS", "CHN", "112", -2.0, 3)])])
        pts = dyad_series(s, "CHN", "RUS", by="month")
        assert [(p.period, p.events) for p in pts] == [("2025-02-01", 2), ("2025-03-01", 1)]
        assert pts[0].goldstein_mean == pytest.approx(2.2)
        assert pts[1].verbal_conflict == 1
        top = top_dyads(s)
        assert top[0]["a"] == "CHN" and top[0]["b"] == "RUS" and top[0]["events"] == 3


def test_read_only_on_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="detente ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not duckdb" * 100)
    with pytest.raises(StoreError):
        Store(bad)
