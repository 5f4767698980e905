"""Reviews through the store: written by the Python API, read by every read door through the
overlay, still attached after a re-analysis, detached (and kept) when their event is gone."""

import pytest

from detente.analytics import top_dyads
from detente.errors import ReviewError, ReviewNotFound
from detente.review import ADDED_BASE, add, history, review
from detente.review.table import current
from detente.store import EventFilter, Store, events

from .conftest import TEXT, coder_events, doc, ev


def _read(path, **kw):
    with Store(path, read_only=True) as s:
        return events(s, EventFilter(min_confidence=0, sort="date", **kw))


def _by_idx(rows):
    return {r["idx"]: r for r in rows}


def test_reviewed_truth_wins(db):
    with Store(db) as s:
        review(s, "art1", 0, "confirm", reviewer="ana")
        review(s, "art1", 1, "reject", reviewer="ana", note="a headline, not an event")
        review(s, "art1", 2, "correct", reviewer="bo", changes={"cameo": "0311", "target": "usagov"})
        added = add(s, "art1", start=TEXT.index("Nothing"), end=TEXT.index("Nothing") + 3, cameo="190",
                    source="RUSGOV", target="UKRGOV", reviewer="bo")
    rows = _by_idx(_read(db))
    assert 1 not in rows  # rejected
    assert rows[0]["reviewed"] and rows[0]["review"] == "confirm" and rows[0]["cameo"] == "040"
    assert rows[2]["cameo"] == "0311" and rows[2]["target"] == "USAGOV" and rows[2]["review"] == "correct"
    assert rows[3]["reviewed"] is False and rows[3]["review"] is None
    new = rows[ADDED_BASE + added.id]
    assert new["text"] == "Nothing else happened." and new["cameo"] == "190" and new["review"] == "add"
    # relations read the same view: the rejected CHN-JPN dyad is gone, the added RUS-UKR one is there
    with Store(db, read_only=True) as s:
        pairs = {(d["a"], d["b"]): d["events"] for d in top_dyads(s, min_confidence=0)}
    assert ("CHN", "JPN") not in pairs and ("RUS", "UKR") in pairs
    assert pairs[("CHN", "RUS")] == 2  # met and one signed; the other signed is now RUS-USA
    # the writer's connection sees the coder's rows, untouched
    with Store(db) as s:
        assert len(events(s, EventFilter(min_confidence=0))) == 4


def test_history_keeps_who_when_and_previous_value(db):
    with Store(db) as s:
        first = review(s, "art1", 2, "correct", reviewer="ana", changes={"cameo": "036"})
        second = review(s, "art1", 2, "correct", reviewer="bo", changes={"cameo": "0311"})
        reviews = history(s.con, "art1")
    assert [r.reviewer for r in reviews] == ["ana", "bo"] and first.at <= second.at
    assert reviews[0].before["cameo"] == "057" and reviews[1].before["cameo"] == "036"
    assert reviews[1].coded["cameo"] == "057"
    assert _by_idx(_read(db))[2]["cameo"] == "0311"


def test_reviews_survive_reanalysis_and_moved_sentences(db):
    with Store(db) as s:
        review(s, "art1", 1, "reject", reviewer="ana")
        review(s, "art1", 3, "correct", reviewer="ana", changes={"modality": "future"})
    # a newer coder: an extra sentence in front moves every offset, and the event order changes
    text = "Breaking. " + TEXT
    evs = list(reversed(coder_events(text)))
    with Store(db) as s:
        s.write([doc(evs, text=text)])
    rows = _read(db)
    assert not [r for r in rows if r["cameo"] == "112"]
    fixed = [r for r in rows if r["review"] == "correct"]
    assert len(fixed) == 1 and fixed[0]["source"] == "CHNGOV" and fixed[0]["modality"] == "future"
    with Store(db, read_only=True) as s:
        ov, _ = current(s.con)
    assert not ov.detached


def test_detached_when_the_event_is_gone_or_changed(db):
    with Store(db) as s:
        review(s, "art1", 0, "confirm", reviewer="ana")
        review(s, "art1", 1, "reject", reviewer="ana")
    evs = coder_events()
    evs[0] = ev("CHNGOV", "RUSGOV", "036", "Xi met Putin in Moscow.", "met")  # a confirmed event recoded
    del evs[1]  # the rejected one no longer coded
    with Store(db) as s:
        s.write([doc(evs)])
    with Store(db, read_only=True) as s:
        ov, _ = current(s.con)
        rows = events(s, EventFilter(min_confidence=0))
    assert sorted(r.action for r in ov.detached) == ["confirm", "reject"]
    assert not any(r["reviewed"] for r in rows)


def test_added_event_can_be_corrected_and_retracted(db):
    with Store(db) as s:
        a = add(s, "art1", start=0, end=2, cameo="040", source="CHNGOV", target="RUSGOV", trigger="met", reviewer="ana")
        assert a.sentence == "Xi met Putin in Moscow." and a.trigger_start == 3
        review(s, "art1", ADDED_BASE + a.id, "correct", reviewer="bo", changes={"cameo": "036"})
    assert _by_idx(_read(db))[ADDED_BASE + a.id]["cameo"] == "036"
    with Store(db) as s:
        review(s, "art1", ADDED_BASE + a.id, "reject", reviewer="bo")
    assert ADDED_BASE + a.id not in _by_idx(_read(db))


@pytest.mark.parametrize("call, error", [
    (lambda s: review(s, "nope", 0, "confirm", reviewer="a"), ReviewNotFound),
    (lambda s: review(s, "art1", 99, "confirm", reviewer="a"), ReviewNotFound),
    (lambda s: review(s, "art1", 0, "approve", reviewer="a"), ReviewError),
    (lambda s: review(s, "art1", 0, "confirm", reviewer=" "), ReviewError),
    (lambda s: review(s, "art1", 0, "correct", reviewer="a", changes={"cameo": "999"}), ReviewError),
    (lambda s: review(s, "art1", 0, "correct", reviewer="a", changes={"source": "x y"}), ReviewError),
    (lambda s: review(s, "art1", 0, "correct", reviewer="a", changes={"goldstein": 3}), ReviewError),
    (lambda s: review(s, "art1", 0, "correct", reviewer="a", changes={"modality": "maybe"}), ReviewError),
    (lambda s: add(s, "art1", start=5, end=2, cameo="040", reviewer="a"), ReviewError),
    (lambda s: add(s, "art1", start=0, end=5, cameo="040", trigger="zzz", reviewer="a"), ReviewError),
])
def test_bad_reviews_store_nothing(db, call, error):
    with Store(db) as s:
        with pytest.raises(error):
            call(s)
        assert history(s.con) == []


def test_exports_use_the_reviewed_events(db):
    import io
    import json

    from detente.store.export import ExportOptions, export

    with Store(db) as s:
        review(s, "art1", 1, "reject", reviewer="ana")
        review(s, "art1", 2, "correct", reviewer="ana", changes={"cameo": "0311"})
    with Store(db, read_only=True) as s:
        out = io.StringIO()
        export(s, "plover", out, options=ExportOptions(min_confidence=0))
        records = [json.loads(line) for line in out.getvalue().splitlines()]
        tsv = io.StringIO()
        export(s, "gdelt-events", tsv, options=ExportOptions(min_confidence=0))
    # the fixture's coder events carry no PLOVER type (not exported there); the correction derived one
    assert [r["event_type"] for r in records] == ["AGREE"]
    rows = [line.split("\t") for line in tsv.getvalue().splitlines()]
    assert len(rows) == 3
    codes = [r[26] for r in rows]  # GDELT's EventCode column (DATEADDED may hold "112" by the clock)
    assert "112" not in codes and "0311" in codes


def test_stats_share_confirmed_per_root_and_band(db):
    from detente.review.report import stats

    with Store(db) as s:
        review(s, "art1", 0, "confirm", reviewer="ana")  # 040, coder 0.8
        review(s, "art1", 1, "reject", reviewer="ana")  # 112, coder 0.4
        review(s, "art1", 2, "confirm", reviewer="ana")  # 057, coder 0.6
        review(s, "art1", 3, "correct", reviewer="ana", changes={"cameo": "036"})  # 057, coder 0.6
    with Store(db, read_only=True) as s:
        st = stats(s)
    assert (st["reviewed"], st["confirmed"], st["rejected"], st["corrected"]) == (4, 2, 1, 1)
    assert st["share_confirmed"] == 0.5
    assert st["by_root"]["05"] == {"reviewed": 2, "confirmed": 1, "share_confirmed": 0.5}
    assert st["by_root"]["11"]["share_confirmed"] == 0.0 and st["by_root"]["04"]["share_confirmed"] == 1.0
    assert st["by_confidence"]["0.30-0.50"]["confirmed"] == 0 and st["by_confidence"]["0.50-0.70"]["reviewed"] == 2


def test_added_evidence_is_a_whole_sentence():
    from detente.review.service import _sentence_around

    text = "Since the war began, the U.S. has sent aid to Kyiv. Mr. Smith said so! Then\nanother line."
    cut = lambda a, b, known=(): text[slice(*_sentence_around(text, a, b, known))]  # noqa: E731
    assert cut(30, 33) == "Since the war began, the U.S. has sent aid to Kyiv."
    assert cut(56, 60) == "Mr. Smith said so!"
    assert cut(text.index("another"), text.index("another") + 3) == "another line."
    assert cut(30, 33, [(21, 50)]) == text[21:50]  # a sentence the coder found wins


def test_a_review_records_which_coder_made_the_event(db):
    with Store(db) as s:
        r = review(s, "art1", 0, "confirm", reviewer="ana")
    assert r.coded["version"] and r.coded["confidence"] == 0.8 and r.before["cameo"] == "040"


def test_a_reject_can_be_taken_back(db):
    with Store(db) as s:
        review(s, "art1", 1, "reject", reviewer="ana")
    assert 1 not in _by_idx(_read(db))
    with Store(db) as s:
        back = review(s, "art1", 1, "confirm", reviewer="bo", note="it was an event after all")
    assert back.before["review"] == "reject"
    assert _by_idx(_read(db))[1]["review"] == "confirm"


def test_the_sql_view_and_the_pure_overlay_agree(db):
    from detente.review import article_events

    with Store(db) as s:
        review(s, "art1", 0, "confirm", reviewer="ana")
        review(s, "art1", 1, "reject", reviewer="ana")
        review(s, "art1", 3, "correct", reviewer="ana", changes={"target": "USAGOV", "modality": "future"})
        a = add(s, "art1", start=TEXT.index("Nothing"), end=TEXT.index("Nothing") + 2, cameo="190", reviewer="bo")
        review(s, "art1", ADDED_BASE + a.id, "correct", reviewer="bo", changes={"source": "RUSGOV"})
    keys = ("idx", "source", "target", "cameo", "modality", "confidence", "reviewed", "review")
    with Store(db, read_only=True) as s:
        sql = sorted(tuple(r[k] for k in keys) for r in events(s, EventFilter(min_confidence=0)))
        pure = sorted(tuple(r[k] for k in keys) for r in article_events(s.con, "art1"))
    assert sql == pure and len(sql) == 4
